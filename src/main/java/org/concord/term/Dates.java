package org.concord.term;

import java.util.List;

/** Created and modified dates of one level, read from its transacGrps (origination, modification). */
final class Dates {
    final String created;
    final String modified;

    private Dates(String created, String modified) {
        this.created = created;
        this.modified = modified;
    }

    static Dates of(List<Info> info, String fallback) {
        String created = null;
        String modified = null;
        for (Info i : info) {
            if (!i.element().equals("transacGrp")) continue;
            String kind = i.child("transac", null);
            String date = i.child("date", null);
            if (date == null) continue;
            if ("origination".equals(kind) && (created == null || date.compareTo(created) < 0)) created = date;
            if ("modification".equals(kind) && (modified == null || date.compareTo(modified) > 0)) modified = date;
        }
        if (created == null) created = modified != null ? modified : fallback;
        if (modified == null) modified = created;
        return new Dates(created, modified);
    }
}

package org.concord.check;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextUnit;
import net.sf.okapi.lib.terminology.simpletb.SimpleTB;
import net.sf.okapi.lib.verification.Issue;
import net.sf.okapi.lib.verification.TermChecker;
import org.concord.term.Concept;
import org.concord.term.Term;

/**
 * The baseline: Okapi CheckMate's term checker (okapi-lib-verification 1.47.0) set up as a CheckMate user would, with
 * a glossary of every approved source term paired with the preferred target term, and string search (CheckMate's
 * term mode only matches one-word target terms).
 */
final class OkapiTermCheck {

    /** An Okapi issue on a pair, with its source span (coded-text offsets; our texts have no codes). */
    record OkapiIssue(String pairId, int sourceStart, int sourceEnd, String message) {}

    private final TermChecker checker = new TermChecker();
    private final LocaleId tgt;

    OkapiTermCheck(List<Concept> concepts, String srcLang, String tgtLang) {
        LocaleId src = LocaleId.fromString(srcLang);
        tgt = LocaleId.fromString(tgtLang);
        SimpleTB tb = new SimpleTB(src, tgt);
        int entries = 0;
        for (Concept c : concepts) {
            var preferred = c.preferred(tgtLang).filter(t -> t.status().approved());
            if (preferred.isEmpty()) continue;
            for (Term s : c.terms(srcLang)) {
                if (!s.status().approved()) continue;
                tb.addEntry(s.text(), preferred.get().text());
                entries++;
            }
        }
        checker.initialize(tb, src, tgt, true, false);
        this.entries = entries;
    }

    private final int entries;

    int entries() {
        return entries;
    }

    List<OkapiIssue> check(List<SegmentPair> pairs) {
        List<OkapiIssue> out = new ArrayList<>();
        URI doc = URI.create("concord:benchmark");
        for (SegmentPair p : pairs) {
            ITextUnit tu = new TextUnit(p.id(), p.source());
            tu.setTarget(tgt, new TextContainer(p.target()));
            checker.verify(doc, null, tu, tu.getSource().getFirstSegment(), tu.getTarget(tgt).getFirstSegment());
            for (Issue i : checker.getIssues()) {
                out.add(new OkapiIssue(p.id(), i.getSourceStart(), i.getSourceEnd(), i.getMessage()));
            }
        }
        return out;
    }
}

package org.concord.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.concord.InputException;
import org.concord.Languages;
import org.concord.account.Role;
import org.concord.account.User;
import org.concord.review.Edit;
import org.concord.review.HistoryEntry;
import org.concord.review.ProposalClosed;
import org.concord.review.Proposal;
import org.concord.review.StaleVersion;
import org.concord.review.TermEditing;
import org.concord.tm.Origin;
import org.concord.tm.Unit;
import org.concord.tm.Variant;

/**
 * The team server's own API: sessions, term edits (applied or proposed by role), proposals, history, and memory
 * confirmations. The router has already checked the session and the CSRF token of writes; each write checks the role.
 */
final class TeamApi {

    private static final System.Logger LOG = System.getLogger(TeamApi.class.getName());
    static final int MAX_TEXT = 2000;

    private final Team team;
    final Sessions sessions;
    private final LoginThrottle throttle;

    TeamApi(Team team) {
        this.team = team;
        this.sessions = new Sessions(team.signIns(), team.clock());
        this.throttle = new LoginThrottle(team.signIns(), team.clock());
    }

    java.util.Set<String> trustedProxies() {
        return team.trustedProxies();
    }

    // ------------------------------------------------------------------ sessions

    record Login(String user, String password) {}

    Reply login(Request req) {
        Login login = JsonBody.read(req.body(), Login.class);
        if (login.user() == null || login.user().isBlank()) throw new FieldError(400, "user", "missing");
        if (login.password() == null) throw new FieldError(400, "password", "missing");
        if (!throttle.allows(login.user())) {
            LOG.log(Level.WARNING, "sign-in refused for a locked-out user name");
            return Reply.error(429, "too many failed sign-ins for this user: try again in 15 minutes")
                .header("Retry-After", String.valueOf(LoginThrottle.WINDOW.toSeconds()));
        }
        char[] password = login.password().toCharArray();
        Optional<User> user;
        try {
            user = team.accounts().authenticate(login.user(), password);
        } finally {
            Arrays.fill(password, '\0');
        }
        if (user.isEmpty()) {
            throttle.failed(login.user());
            return Reply.error(401, "wrong user name or password");
        }
        throttle.succeeded(login.user());
        // A new id at every login: whatever id the browser held before (perhaps planted) is ended, never kept.
        sessions.end(req.cookie(Sessions.COOKIE));
        Sessions.Session s = sessions.create(user.get().name());
        return Reply.json(Map.of("csrf", s.csrf(), "user", user.get().name(), "role", user.get().role().code()))
            .header("Set-Cookie", Request.cookieHeader(s.id(), req.secure(), false));
    }

    Reply logout(Request req) {
        sessions.end(req.cookie(Sessions.COOKIE));
        return Reply.json(Map.of("signedOut", true)).header("Set-Cookie", Request.cookieHeader("", req.secure(), true));
    }

    /** How long an account read from the database is trusted: a role change or removal takes effect within this. */
    static final java.time.Duration ACCOUNT_FRESHNESS = java.time.Duration.ofSeconds(2);

    private record Fetched(Optional<User> user, java.time.Instant at) {}

    /** Accounts recently read, so that 50 readers do not queue on the accounts' one connection at every request. */
    private final Map<String, Fetched> recent = new java.util.concurrent.ConcurrentHashMap<>();

    /** The signed-in user as the account is now (at most {@link #ACCOUNT_FRESHNESS} old); empty when it was removed. */
    Optional<User> user(Sessions.Session s) {
        java.time.Instant now = team.clock().instant();
        Fetched f = recent.get(s.user());
        if (f == null || f.at().plus(ACCOUNT_FRESHNESS).isBefore(now)) {
            f = new Fetched(team.accounts().find(s.user()), now);
            recent.put(s.user(), f);
        }
        if (f.user().isEmpty()) sessions.end(s.id());
        return f.user();
    }

    Reply me(User user, Sessions.Session s) {
        return Reply.json(Map.of("user", user.name(), "role", user.role().code(), "csrf", s.csrf()));
    }

    // ------------------------------------------------------------------ routing

    /** Answers the team API's paths; empty for paths it does not own. */
    Optional<Reply> answer(Request req, User user) {
        String[] p = req.path().substring(1).split("/", -1); // "api", ...
        String m = req.method();
        try {
            if (p.length >= 2 && p[1].equals("concepts")) return Optional.of(concepts(req, user, p, m));
            if (p.length >= 2 && p[1].equals("proposals")) return Optional.of(proposals(req, user, p, m));
            if (p.length >= 2 && p[1].equals("units")) return Optional.of(units(req, user, p, m));
        } catch (FieldError e) {
            return Optional.of(e.reply());
        } catch (StaleVersion e) {
            return Optional.of(Reply.error(412, e.getMessage()).header("ETag", etag(e.current())));
        } catch (NoSuchElementException e) {
            String msg = String.valueOf(e.getMessage());
            int colon = msg.indexOf(": ");
            return Optional.of(new FieldError(404, colon > 0 ? msg.substring(0, colon) : "id", colon > 0 ? msg.substring(colon + 2) : msg).reply());
        } catch (ProposalClosed e) {
            return Optional.of(Reply.error(409, e.getMessage()));
        }
        return Optional.empty();
    }

    private static FieldError noRoute(String m, String path) {
        return new FieldError(405, null, m + " is not allowed on " + path);
    }

    // ------------------------------------------------------------------ concepts

    record NewConcept(String id, String subjectField, String definition, String source) {}

    record ConceptPatch(String subjectField, String definition, String source) {}

    record NewTerm(String lang, String text, String status, String note) {}

    record TermPatch(String text, String status, String note) {}

    private Reply concepts(Request req, User user, String[] p, String m) {
        TermEditing terms = team.terms();
        if (p.length == 2) {
            if (!m.equals("POST")) throw noRoute(m, req.path());
            NewConcept body = JsonBody.read(req.body(), NewConcept.class);
            String id = body.id() == null ? null : conceptId(body.id());
            Edit edit = new Edit(Edit.Op.CREATE_CONCEPT, id, null, null, null, null, null,
                optionalText("subjectField", body.subjectField()), optionalText("definition", body.definition()),
                optionalText("source", body.source()));
            if (id != null && terms.concept(id).isPresent()) throw new FieldError(409, "id", "concept '" + id + "' exists already");
            return write(user, edit, null);
        }
        String id = p[2];
        if (p.length == 3) {
            if (m.equals("GET") || m.equals("HEAD")) {
                TermEditing.Versioned v = terms.concept(id).orElseThrow(() -> new FieldError(404, "id", "no concept '" + id + "'"));
                return Reply.json(v.concept()).header("ETag", etag(v.version()));
            }
            if (!m.equals("PATCH")) throw noRoute(m, req.path());
            ConceptPatch body = JsonBody.read(req.body(), ConceptPatch.class);
            Edit edit = new Edit(Edit.Op.UPDATE_CONCEPT, id, null, null, null, null, null, optionalText("subjectField", body.subjectField()),
                optionalText("definition", body.definition()), optionalText("source", body.source()));
            return write(user, edit, version(req, id));
        }
        if (p.length == 4 && p[3].equals("history")) {
            if (!m.equals("GET") && !m.equals("HEAD")) throw noRoute(m, req.path());
            if (terms.concept(id).isEmpty()) throw new FieldError(404, "id", "no concept '" + id + "'");
            return Reply.json(Map.of("conceptId", id, "changes", terms.history(id).stream().map(TeamApi::historyView).toList()));
        }
        if (p.length == 4 && p[3].equals("terms")) {
            if (!m.equals("POST")) throw noRoute(m, req.path());
            NewTerm body = JsonBody.read(req.body(), NewTerm.class);
            Edit edit = new Edit(Edit.Op.ADD_TERM, id, null, lang(body.lang()), requiredText("text", body.text()),
                body.status() == null ? "admitted" : status(body.status()), optionalText("note", body.note()), null, null, null);
            return write(user, edit, version(req, id));
        }
        if (p.length == 5 && p[3].equals("terms")) {
            String termId = p[4];
            if (m.equals("PATCH")) {
                TermPatch body = JsonBody.read(req.body(), TermPatch.class);
                if (body.text() == null && body.status() == null && body.note() == null) {
                    throw new FieldError(400, "body", "nothing to change: give text, status or note");
                }
                Edit edit = new Edit(Edit.Op.UPDATE_TERM, id, termId, null, body.text() == null ? null : requiredText("text", body.text()),
                    body.status() == null ? null : status(body.status()), optionalText("note", body.note()), null, null, null);
                return write(user, edit, version(req, id));
            }
            if (m.equals("DELETE")) {
                return write(user, new Edit(Edit.Op.DELETE_TERM, id, termId, null, null, null, null, null, null, null), version(req, id));
            }
            throw noRoute(m, req.path());
        }
        throw new FieldError(404, null, "no such API: " + req.path());
    }

    /** Terminologists and admins apply; translators propose; readers may not. */
    private Reply write(User user, Edit edit, Long version) {
        TermEditing terms = team.terms();
        if (user.role().atLeast(Role.TERMINOLOGIST)) {
            if (edit.termId() != null) requireTerm(edit.conceptId(), edit.termId());
            TermEditing.Applied a = terms.apply(edit, user.name(), version, null);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("concept", a.concept());
            if (a.termId() != null) body.put("termId", a.termId());
            body.put("version", a.version());
            int status = edit.op() == Edit.Op.CREATE_CONCEPT || edit.op() == Edit.Op.ADD_TERM ? 201 : 200;
            return Reply.json(status, body).header("ETag", etag(a.version()));
        }
        if (user.role() == Role.TRANSLATOR) {
            if (edit.termId() != null) requireTerm(edit.conceptId(), edit.termId());
            long id = terms.propose(edit, user.name(), version);
            return Reply.json(202, Map.of("proposal", id));
        }
        throw new FieldError(403, null, "a " + user.role().code() + " may not change the termbase");
    }

    private void requireTerm(String conceptId, String termId) {
        TermEditing.Versioned v = team.terms().concept(conceptId)
            .orElseThrow(() -> new FieldError(404, "id", "no concept '" + conceptId + "'"));
        if (v.concept().terms().stream().noneMatch(t -> t.id().equals(termId))) {
            throw new FieldError(404, "termId", "no term '" + termId + "' in concept '" + conceptId + "'");
        }
    }

    /** The version named by If-Match: required (428) on writes to an existing concept. */
    private Long version(Request req, String conceptId) {
        String ifMatch = req.header("If-Match");
        if (team.terms().concept(conceptId).isEmpty()) throw new FieldError(404, "id", "no concept '" + conceptId + "'");
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new FieldError(428, "If-Match", "required: GET the concept and send its ETag back");
        }
        String v = ifMatch.strip();
        if (v.startsWith("W/")) v = v.substring(2);
        v = v.replace("\"", "");
        if (!v.startsWith("v")) throw new FieldError(400, "If-Match", "not a version of this server: " + ifMatch);
        try {
            return Long.parseLong(v.substring(1));
        } catch (NumberFormatException e) {
            throw new FieldError(400, "If-Match", "not a version of this server: " + ifMatch);
        }
    }

    static String etag(long version) {
        return "\"v" + version + "\"";
    }

    private static Map<String, Object> historyView(HistoryEntry h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.id());
        m.put("user", h.user());
        m.put("at", h.at());
        m.put("action", h.action());
        m.put("before", tree(h.before()));
        m.put("after", tree(h.after()));
        m.put("proposal", h.proposalId());
        m.put("proposedBy", h.proposedBy());
        return m;
    }

    private static JsonNode tree(String json) {
        if (json == null) return null;
        try {
            return Reply.JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ proposals

    record Decision(String comment) {}

    private Reply proposals(Request req, User user, String[] p, String m) {
        if (!user.role().atLeast(Role.TERMINOLOGIST)) {
            throw new FieldError(403, null, "only terminologists and admins review proposals");
        }
        if (p.length == 2) {
            if (!m.equals("GET") && !m.equals("HEAD")) throw noRoute(m, req.path());
            List<Map<String, Object>> out = new ArrayList<>();
            for (Proposal pr : team.terms().openProposals()) out.add(proposalView(pr));
            return Reply.json(Map.of("proposals", out));
        }
        long id;
        try {
            id = Long.parseLong(p[2]);
        } catch (NumberFormatException e) {
            throw new FieldError(404, "id", "no proposal '" + p[2] + "'");
        }
        if (p.length == 4 && m.equals("POST") && (p[3].equals("approve") || p[3].equals("reject"))) {
            Decision d = JsonBody.read(req.body(), Decision.class);
            String comment = optionalText("comment", d.comment());
            team.terms().proposal(id).orElseThrow(() -> new FieldError(404, "id", "no proposal " + id));
            if (p[3].equals("approve")) {
                TermEditing.Applied a = team.terms().approve(id, user.name(), comment);
                return Reply.json(Map.of("proposal", id, "state", "approved", "concept", a.concept(), "version", a.version()))
                    .header("ETag", etag(a.version()));
            }
            team.terms().reject(id, user.name(), comment);
            return Reply.json(Map.of("proposal", id, "state", "rejected"));
        }
        throw noRoute(m, req.path());
    }

    private Map<String, Object> proposalView(Proposal pr) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", pr.id());
        m.put("conceptId", pr.conceptId());
        m.put("proposedBy", pr.proposedBy());
        m.put("proposedAt", pr.proposedAt());
        m.put("op", pr.edit().op().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        m.put("edit", pr.edit());
        m.put("current", pr.conceptId() == null ? null : team.terms().concept(pr.conceptId()).map(TermEditing.Versioned::concept).orElse(null));
        return m;
    }

    // ------------------------------------------------------------------ memory units

    record UnitPatch(String lang, String text) {}

    private Reply units(Request req, User user, String[] p, String m) {
        if (p.length < 3) throw new FieldError(404, null, "no such API: " + req.path());
        long id;
        try {
            id = Long.parseLong(p[2]);
        } catch (NumberFormatException e) {
            throw new FieldError(404, "id", "no unit '" + p[2] + "'");
        }
        var memory = team.memory();
        if (p.length == 3 && (m.equals("GET") || m.equals("HEAD"))) return Reply.json(unitView(unit(id)));
        if (!user.role().atLeast(Role.TRANSLATOR)) throw new FieldError(403, null, "a reader may not change the memory");
        if (p.length == 4 && p[3].equals("confirm") && m.equals("POST")) {
            unit(id);
            synchronized (memory) {
                memory.confirm(id, user.name());
            }
            return Reply.json(unitView(unit(id)));
        }
        if (p.length == 3 && m.equals("PATCH")) {
            UnitPatch body = JsonBody.read(req.body(), UnitPatch.class);
            String lang = lang(body.lang());
            String text = requiredText("text", body.text());
            Unit u = unit(id);
            if (u.variant(lang) == null) throw new FieldError(404, "lang", "unit " + id + " has no " + lang + " text");
            synchronized (memory) {
                memory.correct(id, lang, text, user.name());
            }
            return Reply.json(unitView(unit(id)));
        }
        throw noRoute(m, req.path());
    }

    private Unit unit(long id) {
        Unit u;
        synchronized (team.memory()) {
            u = team.memory().unit(id);
        }
        if (u == null) throw new FieldError(404, "id", "no unit " + id);
        return u;
    }

    private static Map<String, Object> unitView(Unit u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", u.id());
        m.put("docSymbol", u.docSymbol());
        m.put("confirmed", u.origin() == Origin.CONFIRMED);
        m.put("changed", u.changed().toString());
        m.put("changedBy", u.changedBy());
        List<Map<String, String>> variants = new ArrayList<>();
        for (Variant v : u.variants()) variants.add(Map.of("lang", v.lang(), "text", v.text()));
        m.put("variants", variants);
        return m;
    }

    // ------------------------------------------------------------------ field checks

    private static String lang(String lang) {
        if (lang == null) throw new FieldError(400, "lang", "missing");
        try {
            return Languages.require(lang);
        } catch (InputException e) {
            throw new FieldError(400, "lang", e.getMessage());
        }
    }

    private static String status(String status) {
        String s = status.strip().toLowerCase(Locale.ROOT);
        if (!List.of("preferred", "admitted", "deprecated", "superseded").contains(s)) {
            throw new FieldError(400, "status", "unknown status '" + status + "' (preferred, admitted, deprecated or superseded)");
        }
        return s;
    }

    private static String requiredText(String field, String text) {
        if (text == null || text.isBlank()) throw new FieldError(400, field, "empty");
        return optionalText(field, text);
    }

    private static String optionalText(String field, String text) {
        if (text == null) return null;
        String t = text.strip();
        if (t.length() > MAX_TEXT) throw new FieldError(400, field, "longer than " + MAX_TEXT + " characters");
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t') throw new FieldError(400, field, "control character");
        }
        return t;
    }

    private static String conceptId(String id) {
        String t = id.strip();
        if (!t.matches("[\\p{L}\\p{N}_][\\p{L}\\p{N}._-]{0,99}")) {
            throw new FieldError(400, "id", "use letters, digits, '.', '_' and '-' (at most 100)");
        }
        return t;
    }
}

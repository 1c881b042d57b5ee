package org.concord.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.InputException;

/** Reads a --db value (see {@link DbLocation#parse}); refusals never repeat the value's password. */
final class DbUrls {
    private DbUrls() {}

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://");
    private static final Pattern POSTGRES = Pattern.compile("^(?:([^@/]*)@)?(\\[[^\\]]+\\]|[^:/?\\[\\]]+)(?::([0-9]{1,5}))?/([^?/]+)(?:\\?(.*))?$");

    static DbLocation parse(String value, Map<String, String> env) {
        if (value == null || value.isBlank()) throw new InputException("--db: empty; give " + DbLocation.FORMS);
        String v = value.strip();
        Matcher scheme = SCHEME.matcher(v);
        if (!scheme.find()) return new DbLocation.SqliteFile(Path.of(v));
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        String rest = v.substring(scheme.end());
        if (!name.equals("postgresql") && !name.equals("postgres")) {
            throw new InputException("--db " + name + "://" + withoutUserInfo(rest) + ": Concord keeps its data in SQLite or "
                + "PostgreSQL, not in a " + name + ":// database; give " + DbLocation.FORMS);
        }
        Matcher m = POSTGRES.matcher(rest);
        if (!m.matches()) {
            throw new InputException("--db postgresql://" + withoutUserInfo(rest) + ": not a PostgreSQL URL; give "
                + "postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME");
        }
        String user = System.getProperty("user.name");
        String password = null;
        if (m.group(1) != null) {
            String[] userInfo = m.group(1).split(":", 2);
            if (!userInfo[0].isEmpty()) user = decode(userInfo[0]);
            if (userInfo.length > 1) password = decode(userInfo[1]);
        }
        if (password == null) {
            String fromEnv = env.get("PGPASSWORD");
            if (fromEnv != null && !fromEnv.isEmpty()) password = fromEnv;
        }
        String host = m.group(2).startsWith("[") ? m.group(2).substring(1, m.group(2).length() - 1) : m.group(2);
        int port = m.group(3) == null ? 5432 : Integer.parseInt(m.group(3));
        if (port < 1 || port > 65535) throw new InputException("--db " + withoutUserInfo(rest) + ": port " + port + " is out of range");
        return new DbLocation.Postgres(user, password, host, port, decode(m.group(4)), m.group(5) == null ? "" : m.group(5));
    }

    /** The part of a URL after its scheme with any USER:PASSWORD@ left out, for messages. */
    private static String withoutUserInfo(String afterScheme) {
        // The last '@' of all: a password may hold an unencoded '/' (which the URL then refuses), never to be shown.
        int at = afterScheme.lastIndexOf('@');
        return at < 0 ? afterScheme : afterScheme.substring(at + 1);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}

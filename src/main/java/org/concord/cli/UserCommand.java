package org.concord.cli;

import org.concord.store.DbLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.concord.InputException;
import org.concord.account.Accounts;
import org.concord.account.Role;
import org.concord.account.SqlAccountStore;
import org.concord.account.User;
import org.concord.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "user", mixinStandardHelpOptions = true,
    description = {"Accounts of the team server (concord serve): once a database has users, every page and API call needs a sign-in.",
        "Passwords are read from standard input, never from the command line, and stored only as Argon2id hashes."},
    subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Remove.class, UserCommand.SetRole.class,
        UserCommand.ResetPassword.class})
final class UserCommand implements Runnable {
    static final String ROLES = "reader, translator, terminologist or admin";

    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options every subcommand shares. */
    abstract static class Base implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--db", paramLabel = DbOption.LABEL, defaultValue = DbOption.DEFAULT, converter = DbOption.Converter.class,
            description = "Concord database." + DbOption.FORMS)
        DbLocation db;

        @Override
        public Integer call() {
            try (Database database = Database.open(db)) {
                return run(new Accounts(new SqlAccountStore(database)));
            }
        }

        abstract int run(Accounts accounts);

        void say(String line) {
            spec.commandLine().getOut().println(line);
            spec.commandLine().getOut().flush();
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user; the password is the first line of standard input.")
    static final class Add extends Base {
        @Parameters(paramLabel = "NAME") String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "One of " + ROLES + ".") String role;

        @Override
        int run(Accounts accounts) {
            Role r = Role.parse(role);
            char[] password = readPassword(System.in);
            try {
                accounts.add(name, r, password);
            } finally {
                Arrays.fill(password, '\0');
            }
            say("Added " + name + " (" + r.code() + ") to " + db);
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List users and their roles.")
    static final class ListUsers extends Base {
        @Option(names = "--json", description = "One JSON array, for scripts.") boolean json;

        @Override
        int run(Accounts accounts) {
            List<User> users = accounts.list();
            if (json) {
                List<Map<String, String>> rows = users.stream().map(u -> {
                    Map<String, String> m = new LinkedHashMap<>();
                    m.put("name", u.name());
                    m.put("role", u.role().code());
                    m.put("created", u.created().toString());
                    return m;
                }).toList();
                try {
                    say(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(rows));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
                return 0;
            }
            if (users.isEmpty()) {
                say("No users: concord serve runs as a single-user tool on loopback.");
                return 0;
            }
            int width = Math.max(4, users.stream().mapToInt(u -> u.name().length()).max().orElse(4));
            say(String.format("%-" + width + "s  %-13s  %s", "name", "role", "created"));
            say("-".repeat(width) + "  " + "-".repeat(13) + "  " + "-".repeat(20));
            for (User u : users) say(String.format("%-" + width + "s  %-13s  %s", u.name(), u.role().code(), u.created()));
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a user.")
    static final class Remove extends Base {
        @Parameters(paramLabel = "NAME") String name;

        @Override
        int run(Accounts accounts) {
            accounts.remove(name);
            say("Removed " + name);
            return 0;
        }
    }

    @Command(name = "set-role", mixinStandardHelpOptions = true, description = "Change a user's role.")
    static final class SetRole extends Base {
        @Parameters(index = "0", paramLabel = "NAME") String name;

        @Parameters(index = "1", paramLabel = "ROLE", description = "One of " + ROLES + ".") String role;

        @Override
        int run(Accounts accounts) {
            Role r = Role.parse(role);
            accounts.setRole(name, r);
            say(name + " is now " + r.code());
            return 0;
        }
    }

    @Command(name = "reset-password", mixinStandardHelpOptions = true,
        description = "Set a new password, read from the first line of standard input.")
    static final class ResetPassword extends Base {
        @Parameters(paramLabel = "NAME") String name;

        @Override
        int run(Accounts accounts) {
            char[] password = readPassword(System.in);
            try {
                accounts.resetPassword(name, password);
            } finally {
                Arrays.fill(password, '\0');
            }
            say("New password set for " + name);
            return 0;
        }
    }

    /** The first line of standard input without its line end; from a terminal, asked for without echo. */
    static char[] readPassword(InputStream in) {
        if (System.console() != null && in == System.in) {
            char[] typed = System.console().readPassword("Password: ");
            if (typed == null) throw new InputException("empty password: give the password on standard input");
            return typed;
        }
        try {
            byte[] bytes = in.readNBytes(4096);
            String text = new String(bytes, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String line = end < 0 ? text : text.substring(0, end);
            if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            return line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

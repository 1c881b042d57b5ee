package org.concord.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven writes into the jar, so it never drifts from the pom. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/org/concord/version.properties")) {
            if (in != null) p.load(in);
        }
        return new String[] {
            "concord " + p.getProperty("version", "unknown"),
            "Java " + System.getProperty("java.version") + ", Okapi " + p.getProperty("okapi", "unknown")
        };
    }
}

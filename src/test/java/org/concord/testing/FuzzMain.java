package org.concord.testing;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs one fuzz test ("org.concord.read.DocumentsFuzzTest#docx") on the JUnit platform, for .ci/fuzz: it runs from a
 * copy of the compiled classes, so that building in the worktree meanwhile cannot pull classes from under it.
 * Exit 0 when the test passed, 1 when it failed (a finding), 2 on bad usage.
 */
public final class FuzzMain {
    private FuzzMain() {}

    public static void main(String[] args) throws ClassNotFoundException {
        if (args.length != 1 || !args[0].contains("#")) {
            System.err.println("usage: FuzzMain CLASS#METHOD");
            System.exit(2);
        }
        String[] target = args[0].split("#", 2);
        Class<?> type = Class.forName(target[0]);
        Method method = Arrays.stream(type.getDeclaredMethods()).filter(m -> m.getName().equals(target[1])).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no method " + args[0]));
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectMethod(type, method)).build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(request, summary);
        TestExecutionSummary s = summary.getSummary();
        s.getFailures().forEach(f -> {
            System.out.println("FAILED " + f.getTestIdentifier().getDisplayName() + ": " + f.getException());
            f.getException().printStackTrace(System.out);
        });
        System.out.println("fuzz target " + args[0] + ": " + s.getTestsSucceededCount() + " passed, " + s.getTestsFailedCount() + " failed");
        System.exit(s.getTotalFailureCount() == 0 ? 0 : 1);
    }
}

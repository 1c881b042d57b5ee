package org.concord.web;

import java.net.InetSocketAddress;
import java.util.Locale;

/**
 * Refuses requests whose Host header names anything but a loopback address while the server listens on loopback, so
 * a web site cannot reach the local API through DNS rebinding. A server bound elsewhere (--bind) accepts any Host.
 */
final class HostGuard {
    private final boolean loopbackOnly;

    private HostGuard(boolean loopbackOnly) {
        this.loopbackOnly = loopbackOnly;
    }

    static HostGuard forAddress(InetSocketAddress bound) {
        return new HostGuard(bound.getAddress().isLoopbackAddress());
    }

    boolean allows(String hostHeader) {
        if (!loopbackOnly || hostHeader == null) return true;
        String host = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            return close > 0 && host.substring(1, close).equals("::1");
        }
        int colon = host.indexOf(':');
        if (colon >= 0) host = host.substring(0, colon);
        return host.equals("localhost") || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
}

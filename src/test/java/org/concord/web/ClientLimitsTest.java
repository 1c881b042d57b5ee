package org.concord.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ClientLimitsTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final ClientLimits limits = new ClientLimits(now::get);

    @Test
    void aClientOverTheRateWaitsWhileAnotherIsServed() {
        int granted = 0;
        for (int i = 0; i < 100; i++) {
            ClientLimits.Permit p = limits.admit("10.0.0.1");
            if (p != null) {
                granted++;
                p.close();
            }
        }
        assertThat(granted).as("a burst, then nothing within the same instant").isEqualTo((int) ClientLimits.BURST);
        assertThat(limits.admit("10.0.0.2")).as("another address is not held back").isNotNull();
        now.addAndGet(1_000_000_000L);
        int after = 0;
        for (int i = 0; i < 100; i++) {
            ClientLimits.Permit p = limits.admit("10.0.0.1");
            if (p != null) {
                after++;
                p.close();
            }
        }
        assertThat(after).as("a second later, a second's worth").isEqualTo((int) ClientLimits.PER_SECOND);
    }

    @Test
    void aClientHasAtMostItsShareInFlight() {
        List<ClientLimits.Permit> held = new ArrayList<>();
        for (int i = 0; i < ClientLimits.IN_FLIGHT; i++) held.add(limits.admit("10.0.0.1"));
        assertThat(held).doesNotContainNull();
        assertThat(limits.admit("10.0.0.1")).isNull();
        assertThat(limits.admit("10.0.0.2")).isNotNull();
        held.remove(0).close();
        assertThat(limits.admit("10.0.0.1")).as("a place freed is a place given").isNotNull();
    }
}

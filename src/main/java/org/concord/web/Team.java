package org.concord.web;

import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import org.concord.account.Accounts;
import org.concord.account.SignInStore;
import org.concord.review.TermEditing;
import org.concord.tm.TranslationMemory;

/**
 * What turns the page into the section's server: accounts to sign in with, their sessions and failed sign-ins, term
 * editing with review and history, and the memory to confirm and correct. {@code trustedProxies} are addresses whose X-Forwarded-Proto is believed.
 */
public record Team(Accounts accounts, SignInStore signIns, TermEditing terms, TranslationMemory memory, Set<String> trustedProxies,
                   Clock clock) {
    public Team {
        Objects.requireNonNull(accounts);
        Objects.requireNonNull(signIns);
        Objects.requireNonNull(terms);
        Objects.requireNonNull(memory);
        trustedProxies = Set.copyOf(trustedProxies);
        Objects.requireNonNull(clock);
    }

    public Team(Accounts accounts, SignInStore signIns, TermEditing terms, TranslationMemory memory, Set<String> trustedProxies) {
        this(accounts, signIns, terms, memory, trustedProxies, Clock.systemUTC());
    }
}

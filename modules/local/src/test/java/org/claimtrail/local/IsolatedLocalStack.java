package org.claimtrail.local;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives the tests that send thousands of requests one {@link LocalStack} of their own, apart from
 * {@link SharedLocalStack}'s: they propose hundreds of claims, which would crowd the lists and read-table rebuilds
 * other tests look at. It remembers verified passwords, or bcrypt would spend a tenth of a second on each of those
 * requests. Started on first use with a fresh data directory and free ports, and closed by JUnit when every test has
 * run.
 */
public class IsolatedLocalStack extends SharedLocalStack {

    private static final String VERIFIED_PASSWORD_TTL = "claimtrail.security.verified-password-ttl";

    @Override
    protected ExtensionContext.Namespace namespace() {
        return ExtensionContext.Namespace.create(IsolatedLocalStack.class);
    }

    @Override
    protected LocalStack start() {
        // System properties rank above the local stack's own: they are how a test configures the server beyond it.
        System.setProperty(VERIFIED_PASSWORD_TTL, "5m");
        try {
            return super.start();
        } finally {
            System.clearProperty(VERIFIED_PASSWORD_TTL);
        }
    }
}

package org.claimtrail.server.security;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.stream.Stream;

/**
 * Outside the local stack, an account whose password is a well-known default (the demo password among them) or its
 * own username stops the server from starting: such an account is open to anyone who has read the README.
 */
final class DefaultPasswords {

    private static final List<String> KNOWN = List.of(
            "claimtrail", "password", "admin", "changeme", "secret", "123456", "letmein");

    private DefaultPasswords() {
    }

    static void refuse(List<AccountProperties.Account> accounts) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        List<String> weak = accounts.stream()
                .filter(account -> Stream.concat(KNOWN.stream(), Stream.of(account.username()))
                        .anyMatch(candidate -> encoder.matches(candidate, account.password())))
                .map(AccountProperties.Account::username)
                .toList();
        if (!weak.isEmpty()) {
            throw new IllegalStateException("Accounts " + weak + " have a default password or their username as "
                    + "password; give them their own (claimtrail.security.users[i].password). Only the local stack "
                    + "may run with demo accounts (claimtrail.security.demo-accounts-allowed).");
        }
    }
}

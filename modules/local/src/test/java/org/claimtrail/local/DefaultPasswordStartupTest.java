package org.claimtrail.local;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Outside the local stack, accounts with a well-known default password keep the server from starting. */
class DefaultPasswordStartupTest {

    @ParameterizedTest
    @ValueSource(strings = {"claimtrail", "password", "admin"})
    void theServerRefusesToStartWithADefaultPassword(String password) throws IOException {
        LocalSettings settings = new LocalSettings(Files.createTempDirectory("claimtrail-test"), 0, 0, 0, password);
        // As outside the local stack; system properties rank above the local stack's own.
        System.setProperty("claimtrail.security.demo-accounts-allowed", "false");
        try {
            assertThatThrownBy(() -> LocalStack.start(settings).close())
                    .hasStackTraceContaining("have a default password or their username as password")
                    .hasStackTraceContaining("contributor");
        } finally {
            System.clearProperty("claimtrail.security.demo-accounts-allowed");
        }
    }
}

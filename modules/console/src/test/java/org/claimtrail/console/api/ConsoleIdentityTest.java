package org.claimtrail.console.api;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsoleIdentityTest {

    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    private static final byte[] KEY = new byte[32];

    static {
        Arrays.fill(KEY, (byte) 7);
    }

    private static ConsoleIdentity at(Instant instant, byte[] key) {
        return new ConsoleIdentity(key, Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void aSignedUserIsVerifiedWithItsRoles() {
        String header = at(NOW, KEY).sign("reviewer1", List.of("REVIEWER", "AUDITOR"));
        assertThat(at(NOW.plusSeconds(59), KEY).verify(header))
                .contains(new ConsoleIdentity.User("reviewer1", List.of("REVIEWER", "AUDITOR")));
        assertThat(at(NOW, KEY).verify(at(NOW, KEY).sign("nobody", List.of())))
                .contains(new ConsoleIdentity.User("nobody", List.of()));
    }

    @Test
    void itHoldsForAMinute() {
        String header = at(NOW, KEY).sign("reviewer1", List.of("REVIEWER"));
        assertThat(at(NOW.plus(Duration.ofMinutes(1)), KEY).verify(header)).isPresent();
        assertThat(at(NOW.plus(Duration.ofMinutes(1)).plusSeconds(1), KEY).verify(header)).isEmpty();
    }

    @Test
    void aChangedNameRoleOrKeyIsRefused() {
        String header = at(NOW, KEY).sign("reviewer1", List.of("REVIEWER"));
        String[] parts = header.split("\\.");
        String asAdmin = parts[0] + ".ADMIN." + parts[2] + "." + parts[3];
        String asEditor = Base64.getUrlEncoder().withoutPadding().encodeToString("editor".getBytes())
                + "." + parts[1] + "." + parts[2] + "." + parts[3];
        byte[] otherKey = KEY.clone();
        otherKey[0] = 8;

        assertThat(at(NOW, KEY).verify(asAdmin)).isEmpty();
        assertThat(at(NOW, KEY).verify(asEditor)).isEmpty();
        assertThat(at(NOW, otherKey).verify(header)).isEmpty();
        assertThat(at(NOW, KEY).verify(null)).isEmpty();
        assertThat(at(NOW, KEY).verify("no-signature")).isEmpty();
        assertThat(at(NOW, KEY).verify(parts[0] + ".REVIEWER." + parts[2] + ".%%%")).isEmpty();
    }

    @Test
    void aKeyIsThirtyTwoBytesOrMore() {
        assertThatThrownBy(() -> ConsoleIdentity.withKey(Base64.getEncoder().encodeToString(new byte[31])))
                .isInstanceOf(IllegalArgumentException.class);
        String header = ConsoleIdentity.withKey(Base64.getEncoder().encodeToString(KEY)).sign("a", List.of("ADMIN"));
        assertThat(at(Instant.now(), KEY).verify(header)).isPresent();
        assertThat(ConsoleIdentity.withKey("").verify(header)).isEmpty();
    }
}

package org.claimtrail.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wrong passwords cannot keep the server hashing, nor lock anyone out: failures are counted per name and address
 * together and slowed down step by step, and each address has a bucket of its own. Each client here has a loopback
 * address of its own ({@link LoopbackClient}); the local stack trusts no proxy, so X-Forwarded-For is ignored.
 */
@ExtendWith(SharedLocalStack.class)
class SignInThrottleTest {

    private static final String CLAIMS = "/api/v1/claims";

    private final LocalStack stack;

    SignInThrottleTest(LocalStack stack) {
        this.stack = stack;
    }

    @Test
    void repeatedFailedSignInsOfOneNameFromOneAddressAreThrottled() {
        LoopbackClient guesser = new LoopbackClient("127.0.0.2", stack);
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.get(CLAIMS, "guesser", "guess-" + i).status()).isEqualTo(401);
        }
        LoopbackClient.Answer throttled = guesser.get(CLAIMS, "guesser", "guess-5");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Content-Type")).startsWith("application/problem+json");
        assertThat(throttled.body()).contains("urn:claimtrail:problem:too-many-failed-sign-ins");
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 300L);
    }

    @Test
    void aFloodOfWrongPasswordsForAdminFromOneAddressDoesNotStopAdminAtAnother() {
        LoopbackClient attacker = new LoopbackClient("127.0.0.3", stack);
        int refused = 0;
        for (int i = 0; i < 30; i++) {
            int status = attacker.get(CLAIMS, "admin", "guess-" + i).status();
            assertThat(status).isIn(401, 429);
            refused += status == 429 ? 1 : 0;
        }
        // Slowed down: after five failures the attacker mostly waits instead of being checked.
        assertThat(refused).isGreaterThanOrEqualTo(20);
        LoopbackClient admin = new LoopbackClient("127.0.0.4", stack);
        assertThat(admin.get(CLAIMS, "admin", SharedLocalStack.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aFloodFromOneAddressDoesNotStopOtherUsers() {
        LoopbackClient sprayer = new LoopbackClient("127.0.0.5", stack);
        // One wrong password for each of many names: no name is slowed, the address's bucket empties.
        int attempts = 0;
        int status;
        do {
            status = sprayer.get(CLAIMS, "sprayed-" + attempts, "guess").status();
            attempts++;
        } while (status == 401 && attempts < 200);
        assertThat(status).isEqualTo(429);
        assertThat(attempts).as("failures before the address is slowed").isGreaterThan(50);
        // The address is slowed for every name it tries ...
        assertThat(sprayer.get(CLAIMS, "reviewer1", SharedLocalStack.PASSWORD + "-wrong").status()).isEqualTo(429);
        // ... and nobody else is.
        for (String user : new String[]{"reviewer1", "contributor", "admin"}) {
            assertThat(new LoopbackClient("127.0.0.6", stack).get(CLAIMS, user, SharedLocalStack.PASSWORD).status())
                    .as(user).isEqualTo(200);
        }
    }

    @Test
    void xForwardedForFromAnAddressThatIsNoTrustedProxyIsIgnored() {
        LoopbackClient client = new LoopbackClient("127.0.0.7", stack);
        int status = 0;
        for (int i = 0; i < 8 && status != 429; i++) {
            // Were the header believed, each attempt would come from an address of its own and never be slowed.
            status = client.get(CLAIMS, "forwarding-guesser", "guess-" + i, "X-Forwarded-For", "203.0.113." + i)
                    .status();
        }
        assertThat(status).isEqualTo(429);
    }
}

package org.claimtrail.server.edge;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a trusted proxy (here the test itself, as docker-compose.yml trusts its HAProxy) each client's failed
 * sign-ins count at the address the proxy forwards, so clients behind one proxy do not share a count.
 */
@TestPropertySource(properties = "server.tomcat.remoteip.internal-proxies=127.0.0.1/32,::1/128")
class ForwardedHeadersEdgeTest extends EdgeTest {

    private static final String NOTES = "/api/v1/edge/notes";

    @Test
    void aTrustedProxysClientsCountAtTheirOwnAddresses() {
        for (int i = 0; i < 5; i++) {
            assertThat(send("GET", NOTES, "reviewer:guess-" + i, null, "X-Forwarded-For", "203.0.113.1").status())
                    .isEqualTo(401);
        }
        assertThat(send("GET", NOTES, "reviewer:guess", null, "X-Forwarded-For", "203.0.113.1").status())
                .isEqualTo(429);
        // Another client behind the same proxy.
        assertThat(send("GET", NOTES, "reviewer", null, "X-Forwarded-For", "203.0.113.2").status()).isEqualTo(200);
        // An address the client put in front of the one the proxy added is not believed.
        assertThat(send("GET", NOTES, "reviewer:guess", null, "X-Forwarded-For", "198.51.100.9, 203.0.113.1")
                .status()).isEqualTo(429);
    }
}

package org.claimtrail.local;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A server that accepts bearer tokens without an issuer and an audience to check would take tokens meant for other
 * applications: it refuses to start, and says which property to set.
 */
class TokenStartupTest {

    private static final String JWT = "spring.security.oauth2.resourceserver.jwt.";

    static Stream<Arguments> halfConfigured() throws IOException, NoSuchAlgorithmException {
        Path key = Files.createTempFile("claimtrail-jwt", ".pem");
        Files.writeString(key, "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(
                KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        return Stream.of(
                Arguments.of(Map.of(JWT + "jwk-set-uri", "http://127.0.0.1:9/jwks", JWT + "issuer-uri", "https://issuer.example"),
                        "no audience is checked: set " + JWT + "audiences"),
                Arguments.of(Map.of(JWT + "jwk-set-uri", "http://127.0.0.1:9/jwks", JWT + "audiences", "claimtrail"),
                        "no issuer is checked: set " + JWT + "issuer-uri"),
                Arguments.of(Map.of(JWT + "public-key-location", key.toUri().toString(), JWT + "audiences", "claimtrail"),
                        JWT + "public-key-location cannot be used"));
    }

    @ParameterizedTest
    @MethodSource("halfConfigured")
    void theServerRefusesToStartWithoutAnIssuerAndAnAudience(Map<String, String> properties, String message) {
        // System properties rank above the local stack's own: they are how a test configures the server beyond it.
        properties.forEach(System::setProperty);
        try {
            assertThatThrownBy(() -> LocalStack.start(SharedLocalStack.freshSettings()).close())
                    .hasStackTraceContaining(message);
        } finally {
            properties.keySet().forEach(System::clearProperty);
        }
    }
}

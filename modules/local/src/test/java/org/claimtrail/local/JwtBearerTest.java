package org.claimtrail.local;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JWT bearer tokens beside HTTP Basic: the server trusts the public key it is configured with, names the user by the
 * token's subject, and reads the roles from the configured claim. The test makes its own RSA keys and signs its own
 * tokens. On a stack of its own, which also runs as production does: demo accounts not allowed, so their (non-default)
 * password must pass the default-password check.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JwtBearerTest {

    private static final Map<String, String> PROPERTIES = Map.of(
            "claimtrail.security.demo-accounts-allowed", "false",
            "claimtrail.security.jwt.roles-claim", "realm_access.roles");

    private final KeyPair trusted = rsa();
    private final KeyPair stranger = rsa();
    private LocalStack stack;
    private RawHttp http;

    @BeforeAll
    void startWithThePublicKey() throws IOException {
        Path key = Files.createTempFile("claimtrail-jwt", ".pem");
        Files.writeString(key, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(trusted.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        // System properties rank above the local stack's own: they are how a test configures the server beyond it.
        System.setProperty("spring.security.oauth2.resourceserver.jwt.public-key-location", key.toUri().toString());
        PROPERTIES.forEach(System::setProperty);
        try {
            stack = LocalStack.start(SharedLocalStack.freshSettings());
        } finally {
            System.clearProperty("spring.security.oauth2.resourceserver.jwt.public-key-location");
            PROPERTIES.keySet().forEach(System::clearProperty);
        }
        http = new RawHttp(stack);
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(PrivateKey key, String subject, List<String> roles, Instant expires) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer("https://issuer.example")
                .issueTime(Date.from(Instant.now().minusSeconds(60)))
                .expirationTime(Date.from(expires))
                .claim("realm_access", Map.of("roles", roles))
                // The default roles claim is not the one configured: it must grant nothing.
                .claim("roles", List.of("ADMIN", "EDITOR"))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private String token(String subject, String... roles) {
        return token(trusted.getPrivate(), subject, List.of(roles), Instant.now().plusSeconds(300));
    }

    @Test
    void aTokenNamesTheActorAndItsRolesDecideWhatItMayDo() {
        RawHttp.Answer proposed = http.post("/api/v1/claims", RawHttp.proposal("Proposed with a token.", null))
                .bearer(token("oidc-contributor", "contributor")).send();
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        assertThat(proposed.json().get("proposedBy").asString()).isEqualTo("oidc-contributor");
        String claim = proposed.json().get("id").asString();

        RawHttp.Answer judged = http.post("/api/v1/claims/" + claim + "/verdicts",
                RawHttp.verdict("DISPUTE", "By token.")).bearer(token("oidc-reviewer", "Reviewer")).send();
        assertThat(judged.status()).as(judged.body()).isEqualTo(200);
        assertThat(judged.json().at("/verdicts/0/reviewer").asString()).isEqualTo("oidc-reviewer");

        http.post("/api/v1/claims/" + claim + "/verdicts", RawHttp.verdict("DENY", "Not a reviewer."))
                .bearer(token("oidc-contributor", "contributor")).send().assertProblem(403);
        http.get("/api/v1/claims/" + claim + "/history").bearer(token("oidc-nobody")).send().assertProblem(403);
        RawHttp.Answer read = http.get("/api/v1/claims/" + claim).bearer(token("oidc-nobody")).send();
        assertThat(read.status()).as("any authenticated user reads claims").isEqualTo(200);
        assertThat(http.get("/api/v1/claims/" + claim + "/history").bearer(token("oidc-auditor", "auditor", "unknown-role"))
                .send().json().findValuesAsString("actor")).containsExactly("oidc-contributor", "oidc-reviewer");
    }

    @Test
    void tokensThatAreNotTrustedAreUnauthenticated() {
        List<String> untrusted = List.of(
                token(stranger.getPrivate(), "oidc-editor", List.of("editor"), Instant.now().plusSeconds(300)),
                token(trusted.getPrivate(), "oidc-editor", List.of("editor"), Instant.now().minusSeconds(600)),
                token("oidc-editor", "editor").replaceFirst("\\.[^.]+$", ".c2lnbmF0dXJl"),
                "eyJhbGciOiJub25lIn0.eyJzdWIiOiJvaWRjLWVkaXRvciJ9.",
                "not-a-token");
        for (String token : untrusted) {
            RawHttp.Answer answer = http.get("/api/v1/claims").bearer(token).send().assertProblem(401);
            assertThat(answer.raw().headers().allValues("WWW-Authenticate")).anyMatch(value -> value.startsWith("Bearer"));
        }
    }

    @Test
    void httpBasicWorksBesideTokens() {
        assertThat(http.get("/api/v1/claims").as("auditor").send().status()).isEqualTo(200);
        RawHttp.Answer anonymous = http.get("/api/v1/claims").send().assertProblem(401);
        assertThat(anonymous.raw().headers().allValues("WWW-Authenticate"))
                .anyMatch(value -> value.startsWith("Basic")).anyMatch(value -> value.startsWith("Bearer"));
    }
}

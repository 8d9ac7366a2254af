package org.claimtrail.local;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JWT bearer tokens beside HTTP Basic, and only those meant for claimtrail: the server trusts the keys of the issuer it
 * is configured with, found through the issuer's OpenID metadata as with Keycloak, for the configured audience, with
 * the pinned algorithm (RS256, though the keys would allow RS384 too); it names the user by the token's subject and
 * reads the roles from the client-scoped claim {@code resource_access.claimtrail.roles}, exactly. The test makes its
 * own RSA keys, serves the issuer's metadata and the public key as a JWK set, and signs its own tokens. On a stack of
 * its own, which also runs as production does: demo accounts not allowed, so their (non-default) password must pass
 * the default-password check.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JwtBearerTest {

    private static final String AUDIENCE = "claimtrail";

    private final KeyPair trusted = OidcProvider.rsa();
    private final KeyPair stranger = OidcProvider.rsa();
    private HttpServer issuer;
    private String issuerUrl;
    private LocalStack stack;
    private RawHttp http;

    @BeforeAll
    void startWithTheIssuerAndAudience() throws IOException {
        issuer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        issuerUrl = "http://127.0.0.1:" + issuer.getAddress().getPort() + "/realms/newsroom";
        serve("/realms/newsroom/.well-known/openid-configuration", """
                {"issuer": "%s", "jwks_uri": "%s/certs", "subject_types_supported": ["public"],
                 "response_types_supported": ["code"], "id_token_signing_alg_values_supported": ["RS256", "RS384"]}
                """.formatted(issuerUrl, issuerUrl));
        serve("/realms/newsroom/certs",
                new JWKSet(new RSAKey.Builder((RSAPublicKey) trusted.getPublic()).keyID("trusted").build()).toString());
        issuer.start();
        Map<String, String> properties = Map.of(
                "claimtrail.security.demo-accounts-allowed", "false",
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", issuerUrl,
                "spring.security.oauth2.resourceserver.jwt.audiences", AUDIENCE);
        // System properties rank above the local stack's own: they are how a test configures the server beyond it.
        properties.forEach(System::setProperty);
        try {
            stack = LocalStack.start(SharedLocalStack.freshSettings());
        } finally {
            properties.keySet().forEach(System::clearProperty);
        }
        http = new RawHttp(stack);
    }

    private void serve(String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        issuer.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
        if (issuer != null) {
            issuer.stop(0);
        }
    }

    /** A token as the issuer makes them for claimtrail, with these client roles. */
    private JWTClaimsSet.Builder claims(String subject, List<String> roles) {
        return new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(issuerUrl)
                .audience(AUDIENCE)
                .issueTime(Date.from(Instant.now().minusSeconds(60)))
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .claim("resource_access", Map.of(AUDIENCE, Map.of("roles", roles)));
    }

    private static String signed(JWSAlgorithm algorithm, JWSSigner signer, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID("trusted").build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private String token(UnaryOperator<JWTClaimsSet.Builder> change, String subject, String... roles) {
        return signed(JWSAlgorithm.RS256, new RSASSASigner(trusted.getPrivate()),
                change.apply(claims(subject, List.of(roles))).build());
    }

    private String token(String subject, String... roles) {
        return token(UnaryOperator.identity(), subject, roles);
    }

    @Test
    void aTokenNamesTheActorAndItsRolesDecideWhatItMayDo() {
        RawHttp.Answer proposed = http.post("/api/v1/claims", RawHttp.proposal("Proposed with a token.", null))
                .bearer(token("oidc-contributor", "CONTRIBUTOR")).send();
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        assertThat(proposed.json().get("proposedBy").asString()).isEqualTo("oidc-contributor");
        String claim = proposed.json().get("id").asString();

        RawHttp.Answer judged = http.post("/api/v1/claims/" + claim + "/verdicts",
                RawHttp.verdict("DISPUTE", "By token.")).bearer(token("oidc-reviewer", "REVIEWER")).send();
        assertThat(judged.status()).as(judged.body()).isEqualTo(200);
        assertThat(judged.json().at("/verdicts/0/reviewer").asString()).isEqualTo("oidc-reviewer");

        http.post("/api/v1/claims/" + claim + "/verdicts", RawHttp.verdict("DENY", "Not a reviewer."))
                .bearer(token("oidc-contributor", "CONTRIBUTOR")).send().assertProblem(403);
        // Role names match exactly: "Reviewer" and "reviewer" are no REVIEWER.
        http.post("/api/v1/claims/" + claim + "/verdicts", RawHttp.verdict("DENY", "Not in this case."))
                .bearer(token("oidc-lowercase", "reviewer", "Reviewer")).send().assertProblem(403);
        http.get("/api/v1/claims/" + claim + "/history").bearer(token("oidc-nobody")).send().assertProblem(403);
        RawHttp.Answer read = http.get("/api/v1/claims/" + claim).bearer(token("oidc-nobody")).send();
        assertThat(read.status()).as("any authenticated user reads claims").isEqualTo(200);
        assertThat(http.get("/api/v1/claims/" + claim + "/history").bearer(token("oidc-auditor", "AUDITOR", "unknown-role"))
                .send().json().findValuesAsString("actor")).containsExactly("oidc-contributor", "oidc-reviewer");
    }

    @Test
    void rolesComeOnlyFromClaimtrailsOwnClientClaim() {
        assertThat(http.get("/api/v1/admin/projections").bearer(token("oidc-admin", "ADMIN")).send().status())
                .isEqualTo(200);
        // An issuer-wide admin: realm roles, a top-level roles claim, another client's ADMIN role, and a lower-case
        // admin in claimtrail's own claim. None is claimtrail's ADMIN.
        String realmAdmin = token(claims -> claims
                        .claim("realm_access", Map.of("roles", List.of("admin", "ADMIN")))
                        .claim("roles", List.of("ADMIN"))
                        .claim("resource_access", Map.of(AUDIENCE, Map.of("roles", List.of("admin")),
                                "other-app", Map.of("roles", List.of("ADMIN")))),
                "realm-admin");
        assertThat(http.get("/api/v1/claims").bearer(realmAdmin).send().status()).isEqualTo(200);
        http.get("/api/v1/admin/projections").bearer(realmAdmin).send().assertProblem(403);
        http.post("/api/v1/admin/projections/claims/rebuild", "{}").bearer(realmAdmin).send().assertProblem(403);
        http.post("/api/v1/admin/kafka/replay", "{}").bearer(realmAdmin).send().assertProblem(403);
    }

    @Test
    void tokensThatAreNotMeantForClaimtrailAreUnauthenticated() {
        byte[] publicKeyAsSecret = Arrays.copyOf(trusted.getPublic().getEncoded(), 64);
        MACSigner hmac;
        try {
            hmac = new MACSigner(publicKeyAsSecret);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> untrusted = Map.ofEntries(
                Map.entry("signed by another key", signed(JWSAlgorithm.RS256, new RSASSASigner(stranger.getPrivate()),
                        claims("oidc-editor", List.of("EDITOR")).build())),
                Map.entry("expired", token(c -> c.expirationTime(Date.from(Instant.now().minusSeconds(600))),
                        "oidc-editor", "EDITOR")),
                Map.entry("signature changed", token("oidc-editor", "EDITOR").replaceFirst("\\.[^.]+$", ".c2lnbmF0dXJl")),
                Map.entry("for another audience", token(c -> c.audience("newsroom-wiki"), "oidc-editor", "EDITOR")),
                Map.entry("for no audience", token(c -> c.audience((String) null), "oidc-editor", "EDITOR")),
                Map.entry("from another issuer", token(c -> c.issuer(issuerUrl.replace("newsroom", "other")),
                        "oidc-editor", "EDITOR")),
                Map.entry("naming no user", token(c -> c.subject(null), "oidc-editor", "EDITOR")),
                Map.entry("RS384, not the pinned RS256", signed(JWSAlgorithm.RS384,
                        new RSASSASigner(trusted.getPrivate()), claims("oidc-editor", List.of("EDITOR")).build())),
                Map.entry("HS256 keyed with the public key", signed(JWSAlgorithm.HS256, hmac,
                        claims("oidc-editor", List.of("EDITOR")).build())),
                Map.entry("unsigned (alg none)", "eyJhbGciOiJub25lIn0." + Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(claims("oidc-editor", List.of("EDITOR")).build().toString()
                                .getBytes(StandardCharsets.UTF_8)) + "."),
                Map.entry("not a token", "not-a-token"));
        untrusted.forEach((why, token) -> {
            RawHttp.Answer answer = http.get("/api/v1/claims").bearer(token).send();
            assertThat(answer.status()).as(why).isEqualTo(401);
            answer.assertProblem(401);
            assertThat(answer.raw().headers().allValues("WWW-Authenticate")).as(why)
                    .anyMatch(value -> value.startsWith("Bearer"));
        });
    }

    @Test
    void httpBasicWorksBesideTokens() {
        assertThat(http.get("/api/v1/claims").as("auditor").send().status()).isEqualTo(200);
        RawHttp.Answer anonymous = http.get("/api/v1/claims").send().assertProblem(401);
        assertThat(anonymous.raw().headers().allValues("WWW-Authenticate"))
                .anyMatch(value -> value.startsWith("Basic")).anyMatch(value -> value.startsWith("Bearer"));
    }
}

package org.claimtrail.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A hostile page opened by a signed-in admin cannot make the browser run the API's writes: a write whose Origin or
 * Sec-Fetch-Site names another site is refused with 403, every write must be application/json (which no form can
 * send) or have no body and no type, and a browser is never asked for a Basic password it would then send on its own.
 */
@ExtendWith(SharedLocalStack.class)
class CrossSiteWritesTest {

    private static final String REBUILD = "/api/v1/admin/projections/claims/rebuild";
    private static final String EVIL = "https://evil.example";

    private final LocalStack stack;
    private final RawHttp http;
    private final JdbcClient jdbc;

    CrossSiteWritesTest(LocalStack stack) {
        this.stack = stack;
        this.http = new RawHttp(stack);
        this.jdbc = stack.server().getBean(JdbcClient.class);
    }

    @Test
    void aFormPostedCrossSiteToRebuildIsRefusedAndNothingIsRebuilt() throws InterruptedException {
        String claim = http.propose("contributor", "A claim whose read table no hostile page may rebuild.");
        await().atMost(Duration.ofSeconds(30)).until(() -> state(claim) != null);
        // Only a rebuild would set this row back: it fills the read tables from the events alone.
        jdbc.sql("UPDATE claim_view SET state = 'DENIED' WHERE claim_id = CAST(? AS uuid)").param(claim).update();
        try {
            byte[] form = "confirm=yes".getBytes(StandardCharsets.UTF_8);
            // What a hidden form on a hostile page sends, with the Basic credentials the browser holds.
            http.call("POST", REBUILD).body("application/x-www-form-urlencoded", form).header("Origin", EVIL)
                    .header("Sec-Fetch-Site", "cross-site").header("Sec-Fetch-Mode", "navigate").as("admin").send()
                    .assertProblem(403, "cross-site-request");
            // A browser too old to send either header: no form can send JSON, nor can fetch() without asking.
            http.call("POST", REBUILD).body("application/x-www-form-urlencoded", form).as("admin").send()
                    .assertProblem(415, "unsupported-media-type");
            http.call("POST", REBUILD).body("text/plain", form).as("admin").send()
                    .assertProblem(415, "unsupported-media-type");
            http.call("POST", "/api/v1/admin/kafka/replay").body("multipart/form-data; boundary=x", form)
                    .as("admin").send().assertProblem(415, "unsupported-media-type");
            // What a script on a hostile page sends without a body: no type, but the page's Origin.
            http.call("POST", REBUILD).header("Origin", EVIL).as("admin").send()
                    .assertProblem(403, "cross-site-request");
            // A rebuild runs in the background; give one the time to have emptied the table.
            Thread.sleep(2_000);
            assertThat(http.get("/api/v1/admin/projections").as("admin").send().json().at("/0/rebuilding")
                    .asBoolean()).isFalse();
            assertThat(state(claim)).isEqualTo("DENIED");
        } finally {
            jdbc.sql("UPDATE claim_view SET state = 'PROPOSED' WHERE claim_id = CAST(? AS uuid)").param(claim).update();
        }
    }

    @Test
    void aJsonWriteFromAnotherSiteIsRefused() {
        long before = http.proposals();
        String proposal = RawHttp.proposal("Sent by a hostile page.", null);
        http.post("/api/v1/claims", proposal).header("Origin", EVIL).as("contributor").send()
                .assertProblem(403, "cross-site-request");
        // A sandboxed frame's origin is "null".
        http.post("/api/v1/claims", proposal).header("Origin", "null").as("contributor").send()
                .assertProblem(403, "cross-site-request");
        http.post("/api/v1/claims", proposal).header("Sec-Fetch-Site", "cross-site").as("contributor").send()
                .assertProblem(403, "cross-site-request");
        http.post("/api/v1/claims", proposal).header("Sec-Fetch-Site", "same-site").as("contributor").send()
                .assertProblem(403, "cross-site-request");
        http.call("DELETE", "/api/v1/claims/" + UUID.randomUUID() + "/verdicts/mine").json("")
                .header("Origin", EVIL).as("reviewer1").send().assertProblem(403, "cross-site-request");
        assertThat(http.proposals()).isEqualTo(before);
    }

    @Test
    void theServersOwnPagesAndClientsThatAreNoBrowserStillWrite() {
        assertThat(http.post("/api/v1/claims", RawHttp.proposal("Sent by the server's own page.", null))
                .header("Origin", stack.httpUrl()).header("Sec-Fetch-Site", "same-origin").as("contributor").send()
                .status()).isEqualTo(201);
        assertThat(http.post("/api/v1/claims", RawHttp.proposal("Sent by curl.", null)).as("contributor").send()
                .status()).isEqualTo(201);
        // A write without a body from curl (-X DELETE) names no type: it reaches its endpoint.
        http.call("DELETE", "/api/v1/claims/" + UUID.randomUUID() + "/verdicts/mine").as("reviewer1").send()
                .assertProblem(404, "not-found");
        // Reads are not writes: a link from another site still opens them.
        assertThat(http.get("/api/v1/claims").header("Sec-Fetch-Site", "cross-site").as("contributor").send()
                .status()).isEqualTo(200);
    }

    @Test
    void aBrowserIsNotAskedForABasicPassword() {
        RawHttp.Answer browser = http.get("/api/v1/claims").header("Sec-Fetch-Mode", "navigate")
                .header("Sec-Fetch-Site", "none").header("Accept", "text/html,application/xhtml+xml").send()
                .assertProblem(401, "unauthenticated");
        assertThat(browser.raw().headers().allValues("WWW-Authenticate")).noneMatch(value -> value.startsWith("Basic"));
        RawHttp.Answer curl = http.get("/api/v1/claims").send().assertProblem(401, "unauthenticated");
        assertThat(curl.raw().headers().allValues("WWW-Authenticate")).anyMatch(value -> value.startsWith("Basic"));
    }

    private String state(String claim) {
        return jdbc.sql("SELECT state FROM claim_view WHERE claim_id = CAST(? AS uuid)").param(claim)
                .query(String.class).optional().orElse(null);
    }
}

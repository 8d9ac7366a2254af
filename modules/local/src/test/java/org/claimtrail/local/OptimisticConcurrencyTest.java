package org.claimtrail.local;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Optimistic concurrency: a change that carries {@code If-Match} applies only to the version it names (else 412,
 * nothing changed), and changes without it that race each other are all applied, one after the other.
 */
@ExtendWith(IsolatedLocalStack.class)
class OptimisticConcurrencyTest {

    private final RawHttp http;

    OptimisticConcurrencyTest(LocalStack stack) {
        this.http = new RawHttp(stack);
    }

    @Test
    void aVerdictOnTheCurrentVersionIsTaken() {
        String claim = http.propose("contributor", "A claim judged on its current version.");

        RawHttp.Answer answer = http.post("/api/v1/claims/" + claim + "/verdicts",
                RawHttp.verdict("DISPUTE", "Seen at version 0.")).as("reviewer1").header("If-Match", "\"0\"")
                .send();

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void aClaimReadRightAfterEachWriteShowsThatWrite() {
        String claim = http.propose("contributor", "A claim read back at once.");
        for (int i = 0; i < 20; i++) {
            long version = http.verdict(i % 2 == 0 ? "reviewer1" : "reviewer2", claim, i % 4 < 2 ? "DISPUTE" : "CORROBORATE");
            RawHttp.Answer read = http.get("/api/v1/claims/" + claim).as("auditor").send();
            assertThat(read.json().get("version").asLong()).as("read after the write of version %d", version)
                    .isEqualTo(version);
            assertThat(read.header("ETag")).isEqualTo("\"" + version + "\"");
        }
    }

    @Test
    void everyGuardedChangeOnAStaleVersionFailsThePreconditionAndChangesNothing() {
        String claim = http.propose("contributor", "A claim changed under a reviewer's feet.");
        String seen = "\"0\"";
        http.verdict("reviewer1", claim, "CORROBORATE");
        http.verdict("reviewer2", claim, "CORROBORATE");
        long events = http.eventsOf(claim);
        String path = "/api/v1/claims/" + claim;

        List<RawHttp.Call> stale = List.of(
                http.post(path + "/verdicts", RawHttp.verdict("DENY", "Seen at version 0.")).as("reviewer1"),
                http.call("DELETE", path + "/verdicts/mine").as("reviewer1"),
                http.post(path + "/evidence", RawHttp.evidence("Seen at version 0.")).as("contributor"),
                http.post(path + "/reopen", "{\"reason\": \"Seen at version 0.\"}").as("editor"));
        for (RawHttp.Call call : stale) {
            RawHttp.Answer answer = call.header("If-Match", seen).send().assertProblem(412);
            assertThat(answer.json().get("type").asString()).isEqualTo("urn:claimtrail:problem:stale-version");
        }

        assertThat(http.eventsOf(claim)).isEqualTo(events);
        assertThat(http.get(path).as("auditor").send().json().get("state").asString()).isEqualTo("CORROBORATED");
    }

    @Test
    void aVersionAheadOfTheClaimFailsThePrecondition() {
        String claim = http.propose("contributor", "A claim with a version from the future.");
        http.post("/api/v1/claims/" + claim + "/evidence", RawHttp.evidence("From the future."))
                .as("reviewer1").header("If-Match", "\"7\"").send().assertProblem(412);
        assertThat(http.eventsOf(claim)).isEqualTo(1);
    }

    @Test
    void guardedChangesOnTheCurrentVersionAreTaken() {
        String claim = http.propose("contributor", "A claim changed step by step.");
        String path = "/api/v1/claims/" + claim;
        long version = http.verdict("reviewer1", claim, "CORROBORATE");
        RawHttp.Answer decided = http.post(path + "/verdicts", RawHttp.verdict("CORROBORATE", "Agreed."))
                .as("reviewer2").header("If-Match", "\"" + version + "\"").send();
        assertThat(decided.json().get("state").asString()).isEqualTo("CORROBORATED");

        RawHttp.Answer reopened = http.post(path + "/reopen", "{\"reason\": \"New footage.\"}").as("editor")
                .header("If-Match", decided.header("ETag")).send();
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
        RawHttp.Answer evidence = http.post(path + "/evidence", RawHttp.evidence("More footage."))
                .as("contributor").header("If-Match", reopened.header("ETag")).send();
        assertThat(evidence.status()).as(evidence.body()).isEqualTo(200);
        version = http.verdict("reviewer1", claim, "DISPUTE");
        RawHttp.Answer withdrawn = http.call("DELETE", path + "/verdicts/mine").as("reviewer1")
                .header("If-Match", "\"" + version + "\"").send();
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        RawHttp.Answer anyVersion = http.post(path + "/evidence", RawHttp.evidence("Any version."))
                .as("contributor").header("If-Match", "*").send();
        assertThat(anyVersion.status()).as(anyVersion.body()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "W/\"0\"", "\"x\"", "\"-1\"", "\"0\", \"1\"", "\"99999999999999999999\"", "\"\""})
    void aMalformedIfMatchIsABadRequest(String ifMatch) {
        String claim = http.propose("contributor", "A claim with a garbled precondition.");
        http.post("/api/v1/claims/" + claim + "/verdicts", RawHttp.verdict("DENY", "Garbled."))
                .as("reviewer1").header("If-Match", ifMatch).send().assertInvalidField("If-Match");
        assertThat(http.eventsOf(claim)).isEqualTo(1);
    }

    /** Both reviewers are answered 200, and the claim is what the rules make of both verdicts. */
    @RepeatedTest(5)
    void twoReviewersDecidingAtTheSameInstantAreBothApplied() throws Exception {
        String claim = http.propose("contributor", "A claim two reviewers decide at once.");
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<RawHttp.Answer>> answers = List.of("reviewer1", "reviewer2").stream()
                    .map(reviewer -> {
                        RawHttp.Call call = http.post("/api/v1/claims/" + claim + "/verdicts",
                                RawHttp.verdict("CORROBORATE", "Confirmed by " + reviewer + ".")).as(reviewer);
                        return CompletableFuture.supplyAsync(() -> {
                            await(start);
                            return call.send();
                        }, threads);
                    })
                    .toList();
            List<RawHttp.Answer> done = answers.stream().map(CompletableFuture::join).toList();

            assertThat(done).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(200));
            assertThat(done).map(answer -> answer.json().get("state").asString()).contains("CORROBORATED");
        } finally {
            threads.shutdown();
        }
        RawHttp.Answer claimNow = http.get("/api/v1/claims/" + claim + "/history").as("auditor").send();
        assertThat(claimNow.json().findValuesAsString("type"))
                .containsExactly("ClaimProposed", "VerdictSubmitted", "VerdictSubmitted");
        assertThat(claimNow.json().get(2).at("/payload/state").asString()).isEqualTo("CORROBORATED");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

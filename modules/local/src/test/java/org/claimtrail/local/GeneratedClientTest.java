package org.claimtrail.local;

import org.claimtrail.client.ApiClient;
import org.claimtrail.client.ApiException;
import org.claimtrail.client.ApiResponse;
import org.claimtrail.client.api.ClaimsApi;
import org.claimtrail.client.api.HistoryApi;
import org.claimtrail.client.api.VerdictsApi;
import org.claimtrail.client.model.ClaimReview;
import org.claimtrail.client.model.ClaimView;
import org.claimtrail.client.model.HistoryEntry;
import org.claimtrail.client.model.Problem;
import org.claimtrail.client.model.ProposeClaimRequest;
import org.claimtrail.client.model.QuantityRequest;
import org.claimtrail.client.model.Source;
import org.claimtrail.client.model.SubmitVerdictRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The API as a newsroom meets it: through a Java client generated at build time from the committed OpenAPI document
 * (which {@link OpenApiDocumentTest} holds equal to the served one). Each answer, problems included, must read into
 * the generated types.
 */
@ExtendWith(SharedLocalStack.class)
class GeneratedClientTest {

    private final LocalStack stack;

    GeneratedClientTest(LocalStack stack) {
        this.stack = stack;
    }

    @Test
    void proposesAndReadsAClaim() throws ApiException {
        ApiResponse<ClaimView> proposed = claims("contributor").proposeClaimWithHttpInfo(proposal("proposes"), null);

        assertThat(proposed.getStatusCode()).isEqualTo(201);
        ClaimView claim = proposed.getData();
        assertThat(header(proposed.getHeaders(), "ETag")).isEqualTo("\"0\"");
        assertThat(header(proposed.getHeaders(), "Location")).endsWith("/api/v1/claims/" + claim.getId());
        assertThat(claim.getState()).isEqualTo(ClaimView.StateEnum.PROPOSED);
        assertThat(claim.getQuantity().getLower()).isEqualByComparingTo("3000");
        assertThat(claim.getQuantity().getUpper()).isNull();
        assertThat(claims("auditor").getClaim(claim.getId(), null).getStatement()).isEqualTo(claim.getStatement());
    }

    @Test
    void verdictsDecideAClaimThatThenHasAClaimReview() throws ApiException {
        String id = propose("decides");
        verdicts("reviewer1").submitVerdict(id, verdict(SubmitVerdictRequest.VerdictEnum.CORROBORATE), null, null);
        ClaimView decided = verdicts("reviewer2")
                .submitVerdict(id, verdict(SubmitVerdictRequest.VerdictEnum.CORROBORATE), "\"1\"", null);

        assertThat(decided.getState()).isEqualTo(ClaimView.StateEnum.CORROBORATED);
        assertThat(decided.getVerdicts()).extracting(v -> v.getReviewer()).containsExactly("reviewer1", "reviewer2");
        ClaimReview review = claims("contributor").getClaimReview(id);
        assertThat(review.getAtType()).isEqualTo("ClaimReview");
        assertThat(review.getClaimReviewed()).isEqualTo(decided.getStatement());
        assertThat(review.getReviewRating().getAlternateName()).isEqualTo("True");

        ClaimView withdrawn = verdicts("reviewer2").withdrawVerdict(id, null);
        assertThat(withdrawn.getState()).isEqualTo(ClaimView.StateEnum.PROPOSED);
    }

    @Test
    void aStaleIfMatchIsRefusedAndChangesNothing() throws ApiException {
        String id = propose("stale");
        verdicts("reviewer1").submitVerdict(id, verdict(SubmitVerdictRequest.VerdictEnum.DISPUTE), "\"0\"", null);

        Problem stale = problem(412, () -> verdicts("reviewer2")
                .submitVerdict(id, verdict(SubmitVerdictRequest.VerdictEnum.DENY), "\"0\"", null));

        assertThat(stale.getType()).isEqualTo(URI.create("urn:claimtrail:problem:stale-version"));
        // Read from the event store: the read table may trail it by a moment.
        assertThat(new HistoryApi(client("auditor")).getHistory(id)).hasSize(2);
    }

    @Test
    void aRepeatWithTheSameIdempotencyKeyIsAnsweredAsTheFirst() throws ApiException {
        String key = UUID.randomUUID().toString();
        ProposeClaimRequest request = proposal("idempotent");
        ApiResponse<ClaimView> first = claims("contributor").proposeClaimWithHttpInfo(request, key);
        ApiResponse<ClaimView> repeat = claims("contributor").proposeClaimWithHttpInfo(request, key);

        assertThat(repeat.getStatusCode()).isEqualTo(201);
        assertThat(repeat.getData().getId()).isEqualTo(first.getData().getId());
        assertThat(header(repeat.getHeaders(), "Idempotent-Replayed")).isEqualTo("true");

        Problem reused = problem(422, () -> claims("contributor").proposeClaim(proposal("another body"), key));
        assertThat(reused.getType()).isEqualTo(URI.create("urn:claimtrail:problem:idempotency-key-reused"));
    }

    @Test
    void historyListsTheEventsAndAsOfRebuildsAnEarlierState() throws ApiException {
        String id = propose("history");
        ClaimView disputed = verdicts("reviewer1")
                .submitVerdict(id, verdict(SubmitVerdictRequest.VerdictEnum.DISPUTE), null, null);
        assertThat(disputed.getState()).isEqualTo(ClaimView.StateEnum.DISPUTED);

        List<HistoryEntry> history = new HistoryApi(client("auditor")).getHistory(id);
        assertThat(history).extracting(HistoryEntry::getType).containsExactly("ClaimProposed", "VerdictSubmitted");
        assertThat(history).extracting(HistoryEntry::getActor).containsExactly("contributor", "reviewer1");

        OffsetDateTime beforeTheVerdict = history.get(1).getOccurredAt().minusNanos(1_000_000);
        ClaimView then = claims("auditor").getClaim(id, beforeTheVerdict);
        assertThat(then.getState()).isEqualTo(ClaimView.StateEnum.PROPOSED);
        assertThat(then.getVersion()).isZero();
    }

    @Test
    void everyProblemReadsIntoTheGeneratedProblemType() throws ApiException {
        String id = propose("problems");

        ProposeClaimRequest invalid = proposal("invalid").statement("").sources(List.of());
        Problem badRequest = problem(400, () -> claims("contributor").proposeClaim(invalid, null));
        assertThat(badRequest.getErrors()).extracting(e -> e.getField()).contains("statement", "sources");

        expect(401, "unauthenticated", () -> new ClaimsApi(client(null)).getClaim(id, null));
        expect(403, "forbidden", () -> verdicts("contributor")
                .submitVerdict(id, verdict(SubmitVerdictRequest.VerdictEnum.DENY), null, null));
        expect(404, "not-found", () -> claims("contributor").getClaim(UUID.randomUUID().toString(), null));

        String ownClaim = new ClaimsApi(client("reviewer1")).proposeClaim(proposal("own"), null).getId();
        expect(409, "workflow-rule", () -> verdicts("reviewer1")
                .submitVerdict(ownClaim, verdict(SubmitVerdictRequest.VerdictEnum.CORROBORATE), null, null));
        expect(409, "workflow-rule", () -> claims("contributor").getClaimReview(id));
        expect(413, "body-too-large", () -> claims("contributor")
                .proposeClaim(proposal("large").statement("x".repeat(1_100_000)), null));
        assertThat(unsupportedMediaType().getType()).isEqualTo(URI.create("urn:claimtrail:problem:unsupported-media-type"));
    }

    /** The generated client sends JSON only: a body of another type goes through its HTTP client by hand. */
    private Problem unsupportedMediaType() {
        ApiClient client = client("contributor");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(client.getBaseUri() + "/api/v1/claims"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("At least 3,000 soldiers."));
        client.getRequestInterceptor().accept(request);
        try {
            HttpResponse<String> response = client.getHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(415);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            return client.getObjectMapper().readValue(response.body(), Problem.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private interface Call {
        void run() throws ApiException;
    }

    private void expect(int status, String type, Call call) {
        assertThat(problem(status, call).getType()).isEqualTo(URI.create("urn:claimtrail:problem:" + type));
    }

    /** The problem the call is answered with, read into the generated type. */
    private Problem problem(int status, Call call) {
        ApiException refused = catchThrowableOfType(ApiException.class, call::run);
        assertThat(refused).as("an answer of %d", status).isNotNull();
        assertThat(refused.getCode()).as(refused.getResponseBody()).isEqualTo(status);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        try {
            Problem problem = client(null).getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
            assertThat(problem.getStatus()).isEqualTo(status);
            assertThat(problem.getTitle()).isNotBlank();
            assertThat(problem.getDetail()).isNotBlank();
            return problem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String propose(String name) {
        try {
            return claims("contributor").proposeClaim(proposal(name), null).getId();
        } catch (ApiException e) {
            throw new IllegalStateException(e.getResponseBody(), e);
        }
    }

    /** The demo data's US count, without a proposition so that no conflict policy adds events to it. */
    private static ProposeClaimRequest proposal(String name) {
        return new ProposeClaimRequest()
                .statement("At least 3,000 North Korean soldiers have entered eastern Russia (" + name + ").")
                .quantity(new QuantityRequest().value(BigDecimal.valueOf(3000))
                        .qualifier(QuantityRequest.QualifierEnum.AT_LEAST).unit("soldiers"))
                .attributedTo("United States government")
                .sources(List.of(new Source().publisher("Unnamed outlet citing KCNA")
                        // Not the demo data's own URL: DemoDataTest counts the claims that cite the corpus.
                        .url("https://example.org/generated-client/002_82b2a77911eb234f")
                        .title("Russia and North Korea Formalize Strategic Partnership")
                        .quote("Last month, the US claimed that at least 3,000 North Korean soldiers had entered "
                                + "eastern Russia.")
                        .publishedAt(LocalDate.of(2024, 11, 12))
                        .stance(Source.StanceEnum.SUPPORTS)));
    }

    private static SubmitVerdictRequest verdict(SubmitVerdictRequest.VerdictEnum verdict) {
        return new SubmitVerdictRequest().verdict(verdict).rationale("Checked against the Pentagon's briefing.");
    }

    private ClaimsApi claims(String user) {
        return new ClaimsApi(client(user));
    }

    private VerdictsApi verdicts(String user) {
        return new VerdictsApi(client(user));
    }

    /** A client of the test stack signed in as a demo account, or anonymous for null. */
    private ApiClient client(String user) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(stack.httpUrl());
        if (user != null) {
            String credentials = Base64.getEncoder().encodeToString(
                    (user + ":" + SharedLocalStack.PASSWORD).getBytes(StandardCharsets.UTF_8));
            client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
        }
        return client;
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }
}

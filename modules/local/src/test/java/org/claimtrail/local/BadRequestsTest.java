package org.claimtrail.local;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.claimtrail.api.claim.ClaimProposed;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client can get wrong gets a 4xx problem+json answer and appends no event. */
@ExtendWith(SharedLocalStack.class)
class BadRequestsTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final Api api;
    private final JdbcClient jdbc;
    private long proposalsBefore;
    /** The claim a test refuses changes to, if any, and its stream's length before them. */
    private String claim;
    private long claimEventsBefore;

    BadRequestsTest(LocalStack stack) {
        this.api = new Api(stack);
        this.jdbc = stack.server().getBean(JdbcClient.class);
    }

    @BeforeEach
    void countProposals() {
        proposalsBefore = proposals();
    }

    /** Proposals are only ever made over HTTP, so no background work of other tests changes their number. */
    private long proposals() {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE payloadtype = ?")
                .param(ClaimProposed.class.getName()).query(Long.class).single();
    }

    private long eventsOf(String claimId) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?")
                .param(claimId).query(Long.class).single();
    }

    private void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("title").asString()).isNotBlank();
        assertThat(response.json().get("type").asString()).startsWith("urn:claimtrail:problem:");
        assertThat(proposals()).as("claims proposed by a refused request").isEqualTo(proposalsBefore);
        if (claim != null) {
            assertThat(eventsOf(claim)).as("events appended by a refused request").isEqualTo(claimEventsBefore);
        }
    }

    private void assertInvalidField(Api.Response response, String field) {
        assertProblem(response, 400);
        assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            no statement       | `{"sources": [{"publisher": "P", "url": "https://e.org", "quote": "Q", "stance": "SUPPORTS"}]}` | statement
            blank statement    | `{"statement": " ", "sources": [{"publisher": "P", "url": "https://e.org", "quote": "Q", "stance": "SUPPORTS"}]}` | statement
            no source          | `{"statement": "S", "sources": []}` | sources
            source without url | `{"statement": "S", "sources": [{"publisher": "P", "quote": "Q", "stance": "SUPPORTS"}]}` | sources[0].url
            ftp url            | `{"statement": "S", "sources": [{"publisher": "P", "url": "ftp://e.org/x", "quote": "Q", "stance": "SUPPORTS"}]}` | sources[0].url
            proposition slug   | `{"statement": "S", "proposition": "Not A Slug!", "sources": [{"publisher": "P", "url": "https://e.org", "quote": "Q", "stance": "SUPPORTS"}]}` | proposition
            lower above upper  | `{"statement": "S", "quantity": {"lower": 10, "upper": 1, "unit": "x"}, "sources": [{"publisher": "P", "url": "https://e.org", "quote": "Q", "stance": "SUPPORTS"}]}` | quantity
            absurd magnitude   | `{"statement": "S", "quantity": {"value": 1e300, "unit": "x"}, "sources": [{"publisher": "P", "url": "https://e.org", "quote": "Q", "stance": "SUPPORTS"}]}` | quantity
            empty unit         | `{"statement": "S", "quantity": {"value": 1, "unit": ""}, "sources": [{"publisher": "P", "url": "https://e.org", "quote": "Q", "stance": "SUPPORTS"}]}` | quantity.unit
            """)
    void anInvalidProposalNamesTheField(String name, String body, String field) {
        assertInvalidField(api.post("contributor", "/api/v1/claims", body), field);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{not json",
            "[]",
            "{\"statement\": \"S\", \"sources\": [{\"publisher\": \"P\", \"url\": \"https://e.org\", \"quote\": \"Q\", \"stance\": \"MAYBE\"}]}",
            "{\"statement\": \"S\", \"quantity\": {\"value\": 1, \"qualifier\": \"ROUGHLY\", \"unit\": \"x\"}, \"sources\": [{\"publisher\": \"P\", \"url\": \"https://e.org\", \"quote\": \"Q\", \"stance\": \"SUPPORTS\"}]}",
            "{\"statement\": \"S\", \"proposedBy\": \"someone-else\", \"sources\": [{\"publisher\": \"P\", \"url\": \"https://e.org\", \"quote\": \"Q\", \"stance\": \"SUPPORTS\"}]}",
            "{\"statement\": [1, 2], \"sources\": [{\"publisher\": \"P\", \"url\": \"https://e.org\", \"quote\": \"Q\", \"stance\": \"SUPPORTS\"}]}",
            "{\"statement\": \"S\", \"sources\": [{\"publisher\": \"P\", \"url\": \"https://e.org\", \"quote\": \"Q\", \"stance\": \"SUPPORTS\", \"publishedAt\": \"last week\"}]}"})
    void anUnreadableProposalIsABadRequest(String body) {
        assertProblem(api.post("contributor", "/api/v1/claims", body), 400);
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupported() {
        assertProblem(api.post("contributor", "/api/v1/claims", "text/plain", "a claim"), 415);
    }

    @Test
    void anonymousUsersAreAskedToSignIn() {
        Api.Response response = api.get(null, "/api/v1/claims");
        assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void aWrongPasswordIsUnauthenticated() {
        assertProblem(api.get("nobody", "/api/v1/claims"), 401);
    }

    @Test
    void rolesLimitWhatUsersMayDo() {
        String id = propose("reviewer1");
        assertProblem(api.post("contributor", "/api/v1/claims/" + id + "/verdicts", Api.verdict("DENY", "no")), 403);
        assertProblem(api.post("auditor", "/api/v1/claims", Api.proposal("S", "roles")), 403);
        assertProblem(api.get("reviewer1", "/api/v1/claims/" + id + "/history"), 403);
        assertProblem(api.get("reviewer1", "/api/v1/claims/" + id + "?asOf=2024-11-01T00:00:00Z"), 403);
    }

    @Test
    void aReviewerMayNotJudgeTheirOwnClaim() {
        String id = propose("reviewer1");
        Api.Response response = api.post("reviewer1", "/api/v1/claims/" + id + "/verdicts",
                Api.verdict("CORROBORATE", "my own"));
        assertProblem(response, 409);
        assertThat(response.json().get("detail").asString()).contains("proposed");
    }

    @Test
    void anInvalidVerdictNamesTheField() {
        String id = propose("contributor");
        assertInvalidField(api.post("reviewer1", "/api/v1/claims/" + id + "/verdicts",
                "{\"verdict\": \"DENY\"}"), "rationale");
        assertInvalidField(api.post("reviewer1", "/api/v1/claims/" + id + "/verdicts",
                "{\"rationale\": \"why\"}"), "verdict");
        assertProblem(api.post("reviewer1", "/api/v1/claims/" + id + "/verdicts",
                "{\"verdict\": \"APPROVE\", \"rationale\": \"why\"}"), 400);
    }

    @Test
    void unknownClaimsAreNotFound() {
        String unknown = UUID.randomUUID().toString();
        assertProblem(api.get("contributor", "/api/v1/claims/" + unknown), 404);
        assertProblem(api.get("auditor", "/api/v1/claims/" + unknown + "/history"), 404);
        assertProblem(api.post("reviewer1", "/api/v1/claims/" + unknown + "/verdicts",
                Api.verdict("DENY", "no such claim")), 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/v1/claims/not-a-uuid",
            "/api/v1/claims?state=MAYBE",
            "/api/v1/claims?size=0",
            "/api/v1/claims?size=1000",
            "/api/v1/claims?page=-1",
            "/api/v1/claims?page=x"})
    void malformedQueriesAreBadRequests(String path) {
        assertProblem(api.get("contributor", path), 400);
    }

    @Test
    void aMalformedInstantIsABadRequest() {
        String id = propose("contributor");
        assertProblem(api.get("auditor", "/api/v1/claims/" + id + "?asOf=yesterday"), 400);
    }

    /** Proposes a claim, without a proposition, to refuse things on; refusals are counted from after it. */
    private String propose(String user) {
        Api.Response response = api.post(user, "/api/v1/claims",
                Api.proposal("A claim to test refusals.", "bad-requests").replace("\"proposition\": \"bad-requests\",", ""));
        assertThat(response.status()).isEqualTo(201);
        proposalsBefore = proposals();
        claim = response.json().get("id").asString();
        claimEventsBefore = eventsOf(claim);
        return claim;
    }

    /** A filter left empty beside one that is given, as a form with an unchosen field sends it. */
    @Test
    void anEmptyStateBesideAGivenOneFiltersByTheGivenOne() {
        Api.Response response = api.get("editor", "/api/v1/claims?state=DISPUTED&state=");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("items").findValuesAsString("state")).allMatch("DISPUTED"::equals);
    }
}

package org.claimtrail.local;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and careless input gets docs/api.md's 4xx problem+json answer and changes nothing: oversized bodies (413),
 * bodies that are not JSON (415), and JSON that is malformed, mistyped, too deep or not storable (400).
 */
@ExtendWith(IsolatedLocalStack.class)
class HostileInputTest {

    private static final int MIB = 1024 * 1024;
    private static final String SOURCE = """
            {"publisher": "P", "url": "https://e.org", "quote": "Q", "stance": "SUPPORTS"}""";

    private final RawHttp http;
    private long proposals;

    HostileInputTest(LocalStack stack) {
        this.http = new RawHttp(stack);
    }

    @BeforeEach
    void countProposals() {
        proposals = http.proposals();
    }

    private RawHttp.Answer propose(String body) {
        return http.post("/api/v1/claims", body).as("contributor").send();
    }

    private void assertNothingProposed() {
        assertThat(http.proposals()).as("claims proposed by refused requests").isEqualTo(proposals);
    }

    /** A proposal padded with trailing white space to exactly {@code size} bytes. */
    private static byte[] proposalOfSize(int size) {
        byte[] proposal = RawHttp.proposal("A claim padded to the limit.", null).getBytes(StandardCharsets.UTF_8);
        byte[] padded = Arrays.copyOf(proposal, size);
        Arrays.fill(padded, proposal.length, size, (byte) ' ');
        return padded;
    }

    @Test
    void aBodyOfOneMebibyteIsRead() {
        RawHttp.Answer answer = http.call("POST", "/api/v1/claims")
                .body("application/json", proposalOfSize(MIB)).as("contributor").send();
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    @Test
    void aLargerBodyIsTooLarge() {
        http.call("POST", "/api/v1/claims").body("application/json", proposalOfSize(MIB + 1))
                .as("contributor").send().assertProblem(413);
        assertNothingProposed();
    }

    @Test
    void aLargerChunkedBodyIsTooLarge() {
        http.call("POST", "/api/v1/claims").chunked("application/json", proposalOfSize(MIB + MIB / 2))
                .as("contributor").send().assertProblem(413);
        assertNothingProposed();
    }

    @Test
    void aSmallChunkedBodyIsRead() {
        RawHttp.Answer answer = http.call("POST", "/api/v1/claims")
                .chunked("application/json", proposalOfSize(4096)).as("contributor").send();
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"})
    void aBodyThatIsNotJsonIsUnsupported(String contentType) {
        http.call("POST", "/api/v1/claims")
                .body(contentType, RawHttp.proposal("Not JSON by its type.", null).getBytes(StandardCharsets.UTF_8))
                .as("contributor").send().assertProblem(415);
        assertNothingProposed();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            NUL in the statement     | `{"statement": "before\\u0000after", "sources": [SOURCE]}` | statement
            NUL in a quote           | `{"statement": "S", "sources": [{"publisher": "P", "url": "https://e.org", "quote": "\\u0000", "stance": "SUPPORTS"}]}` | sources[0].quote
            lone high surrogate      | `{"statement": "\\ud83d", "sources": [SOURCE]}` | statement
            lone low surrogate       | `{"statement": "x\\ude00y", "sources": [SOURCE]}` | statement
            number as statement      | `{"statement": 42, "sources": [SOURCE]}` | statement
            boolean as statement     | `{"statement": true, "sources": [SOURCE]}` | statement
            string as quantity value | `{"statement": "S", "quantity": {"value": "3000", "unit": "x"}, "sources": [SOURCE]}` | quantity.value
            enum by index            | `{"statement": "S", "sources": [{"publisher": "P", "url": "https://e.org", "quote": "Q", "stance": 0}]}` | sources[0].stance
            object as sources        | `{"statement": "S", "sources": SOURCE}` | sources
            unknown field            | `{"statement": "S", "sources": [SOURCE], "priority": "high"}` | priority
            """)
    void unreadableValuesNameTheirField(String name, String body, String field) {
        propose(body.replace("SOURCE", SOURCE)).assertInvalidField(field);
        assertNothingProposed();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            duplicate field      | `{"statement": "S", "statement": "T", "sources": [SOURCE]}`
            trailing content     | `{"statement": "S", "sources": [SOURCE]} {"statement": "T"}`
            a number too long    | `{"statement": "S", "quantity": {"value": 1DIGITS, "unit": "x"}, "sources": [SOURCE]}`
            truncated            | `{"statement": "S", "sources": [SOURCE`
            empty body           | ``
            json null            | `null`
            raw control char     | `{"statement": "a\tb", "sources": [SOURCE]}`
            """)
    void malformedJsonIsABadRequest(String name, String body) {
        propose(body.replace("SOURCE", SOURCE).replace("DIGITS", "0".repeat(200))).assertProblem(400);
        assertNothingProposed();
    }

    @ParameterizedTest
    @ValueSource(ints = {33, 1_000, 100_000})
    void deepNestingIsABadRequest(int depth) {
        String nested = "[".repeat(depth) + "]".repeat(depth);
        propose("{\"statement\": \"S\", \"sources\": [" + SOURCE + "], \"x\": " + nested + "}").assertProblem(400);
        propose(nested).assertProblem(400);
        assertNothingProposed();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e400", "-1e19", "1000000000000000001", "1e-999999999"})
    void hugeOrAbsurdNumbersAreRefused(String number) {
        propose("{\"statement\": \"S\", \"quantity\": {\"value\": " + number + ", \"unit\": \"x\"}, \"sources\": ["
                + SOURCE + "]}").assertProblem(400);
        assertNothingProposed();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ünïcödé ✓", "\\u202eevil\\u202c", "zero\\u200bwidth", "😀 emoji", "中文", "\\ufeffbom"})
    void oddButWellFormedUnicodeIsKeptAsSent(String statement) {
        RawHttp.Answer answer = propose(RawHttp.proposal(statement, null));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        String id = answer.json().get("id").asString();
        String expected = tools.jackson.databind.json.JsonMapper.builder().build()
                .readValue("\"" + statement + "\"", String.class);
        assertThat(http.get("/api/v1/claims/" + id).as("auditor").send().json().get("statement").asString())
                .isEqualTo(expected.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/claims?q=%00", "/api/v1/claims?q=a%0Db", "/api/v1/claims?proposition=%00"})
    void controlCharactersInParametersAreBadRequests(String path) {
        http.get(path).as("contributor").send().assertProblem(400);
    }

    @Test
    void unknownPathsAndMethodsAreProblems() {
        http.get("/api/v1/nothing-here").as("contributor").send().assertProblem(404, "not-found");
        http.call("PUT", "/api/v1/claims").json("{}").as("contributor").send().assertProblem(405, "method-not-allowed");
    }

    /** The answers that once came from ResponseStatusException, with no problem type. */
    @Test
    void unknownThingsAndBadFiltersHaveProblemTypes() {
        http.get("/api/v1/propositions/no-such-proposition").as("contributor").send().assertProblem(404, "not-found");
        http.call("POST", "/api/v1/admin/projections/no-such-model/rebuild").as("admin").send()
                .assertProblem(404, "not-found");
        http.get("/api/v1/audit?type=NoSuchEvent").as("auditor").send().assertProblem(400, "invalid-request")
                .assertInvalidField("type");
        http.get("/api/v1/claims/not-a-claim-id").as("contributor").send().assertProblem(400);
        http.get("/api/v1/claims").send().assertProblem(401, "unauthenticated");
        http.call("POST", "/api/v1/admin/projections/claims/rebuild").as("auditor").send()
                .assertProblem(403, "forbidden");
    }

    @Test
    void overLongFieldsAreInvalid() {
        propose(RawHttp.proposal("x".repeat(2_001), null)).assertInvalidField("statement");
        assertNothingProposed();
        RawHttp.Answer atTheLimit = propose(RawHttp.proposal("x".repeat(2_000), null));
        assertThat(atTheLimit.status()).as(atTheLimit.body()).isEqualTo(201);
    }
}

package org.claimtrail.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * docs/api.md's user-role table, endpoint by endpoint, role by role, and the rule that the actor of each change is the
 * authenticated user, never a field of the request.
 */
@ExtendWith(IsolatedLocalStack.class)
class AuthorizationTest {

    private static final List<String> USERS = List.of("contributor", "reviewer1", "editor", "auditor", "admin", "anonymous");

    /** Expected status of each endpoint (docs/api.md) for each user; a success proves the role may, 403 it may not. */
    private static final String TABLE = """
            endpoint     | contributor | reviewer1 | editor | auditor | admin | anonymous
            PROPOSE      | 201         | 201       | 201    | 403     | 403   | 401
            LIST         | 200         | 200       | 200    | 200     | 200   | 401
            READ         | 200         | 200       | 200    | 200     | 200   | 401
            READ_AS_OF   | 403         | 403       | 200    | 200     | 200   | 401
            VERDICT      | 403         | 200       | 403    | 403     | 403   | 401
            WITHDRAW     | 403         | 200       | 403    | 403     | 403   | 401
            EVIDENCE     | 200         | 200       | 200    | 403     | 403   | 401
            CONFLICT     | 403         | 200       | 200    | 403     | 403   | 401
            REOPEN       | 403         | 403       | 200    | 403     | 403   | 401
            HISTORY      | 403         | 403       | 200    | 200     | 200   | 401
            PROPOSITION  | 200         | 200       | 200    | 200     | 200   | 401
            CLAIM_REVIEW | 200         | 200       | 200    | 200     | 200   | 401
            """;

    enum Endpoint { PROPOSE, LIST, READ, READ_AS_OF, VERDICT, WITHDRAW, EVIDENCE, CONFLICT, REOPEN, HISTORY, PROPOSITION, CLAIM_REVIEW }

    private final RawHttp http;

    AuthorizationTest(LocalStack stack) {
        this.http = new RawHttp(stack);
    }

    static Stream<Arguments> table() {
        List<String> lines = TABLE.lines().toList();
        List<String> header = List.of(lines.get(0).split("\\s*\\|\\s*"));
        assertThat(header.subList(1, header.size())).isEqualTo(USERS);
        List<Arguments> cases = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\\s*\\|\\s*");
            for (int i = 1; i < cells.length; i++) {
                cases.add(Arguments.of(Endpoint.valueOf(cells[0].strip()), header.get(i), Integer.parseInt(cells[i])));
            }
        }
        assertThat(cases).hasSize(Endpoint.values().length * USERS.size());
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("table")
    void everyEndpointAnswersEachRoleAsApiMdSays(Endpoint endpoint, String user, int expected) {
        String claim = http.propose("contributor", "A claim for the role table.");
        RawHttp.Call request = prepare(endpoint, claim);
        long events = http.eventsOf(claim);
        long proposals = http.proposals();

        RawHttp.Answer answer = request.as(user.equals("anonymous") ? null : user).send();

        if (expected >= 400) {
            answer.assertProblem(expected);
            if (expected == 401) {
                assertThat(answer.header("WWW-Authenticate")).startsWith("Basic");
            }
            assertThat(http.eventsOf(claim)).as("events appended by a refused request").isEqualTo(events);
            assertThat(http.proposals()).as("claims proposed by a refused request").isEqualTo(proposals);
        } else {
            assertThat(answer.status()).as(answer.body()).isEqualTo(expected);
        }
    }

    /** The request of an endpoint, on a claim proposed by the contributor and brought to the state it needs. */
    private RawHttp.Call prepare(Endpoint endpoint, String claim) {
        String path = "/api/v1/claims/" + claim;
        return switch (endpoint) {
            case PROPOSE -> http.post("/api/v1/claims", RawHttp.proposal("A claim of the role table.", null));
            case LIST -> http.get("/api/v1/claims?size=5");
            case READ -> http.get(path);
            case READ_AS_OF -> http.get(path + "?asOf=2099-01-01T00:00:00Z");
            case VERDICT -> http.post(path + "/verdicts", RawHttp.verdict("DISPUTE", "Sources disagree."));
            case WITHDRAW -> {
                http.verdict("reviewer1", claim, "DISPUTE");
                yield http.call("DELETE", path + "/verdicts/mine");
            }
            case EVIDENCE -> http.post(path + "/evidence", RawHttp.evidence("The reports are groundless."));
            case CONFLICT -> http.post(path + "/conflicts", """
                    {"withClaimId": "%s", "reason": "They cannot both be true."}
                    """.formatted(http.propose("contributor", "A claim it conflicts with.")));
            case REOPEN -> {
                decide(claim);
                yield http.post(path + "/reopen", "{\"reason\": \"New footage.\"}");
            }
            case HISTORY -> http.get(path + "/history");
            case PROPOSITION -> {
                String key = "roles-" + UUID.randomUUID().toString().substring(0, 8);
                http.post("/api/v1/claims", RawHttp.proposal("A claim on a proposition.", key))
                        .as("contributor").send();
                // Propositions are read from the read tables, which follow the event store.
                await().atMost(Duration.ofSeconds(10)).until(() ->
                        http.get("/api/v1/propositions/" + key).as("auditor").send().status() == 200);
                yield http.get("/api/v1/propositions/" + key);
            }
            case CLAIM_REVIEW -> {
                decide(claim);
                yield http.get(path + "/claim-review");
            }
        };
    }

    private void decide(String claim) {
        http.verdict("reviewer1", claim, "CORROBORATE");
        http.verdict("reviewer2", claim, "CORROBORATE");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            proposal      | contributor | ``           | `{"statement": "S", "proposedBy": "editor", "sources": [{"publisher": "P", "url": "https://e.org", "quote": "Q", "stance": "SUPPORTS"}]}` | proposedBy
            verdict       | reviewer1   | /verdicts    | `{"verdict": "DENY", "rationale": "R", "reviewer": "reviewer2"}` | reviewer
            evidence      | contributor | /evidence    | `{"publisher": "P", "url": "https://e.org", "quote": "Q", "stance": "SUPPORTS", "attachedBy": "editor"}` | attachedBy
            reopen        | editor      | /reopen      | `{"reason": "R", "editor": "admin"}` | editor
            conflict link | editor      | /conflicts   | `{"withClaimId": "00000000-0000-0000-0000-000000000000", "reason": "R", "actor": "admin"}` | actor
            """)
    void aBodyCannotNameTheActor(String name, String user, String suffix, String body, String field) {
        String claim = http.propose("contributor", "A claim whose actors are checked.");
        long events = http.eventsOf(claim);
        long proposals = http.proposals();
        String path = suffix.isEmpty() ? "/api/v1/claims" : "/api/v1/claims/" + claim + suffix;

        http.post(path, body).as(user).send().assertInvalidField(field);

        assertThat(http.eventsOf(claim)).isEqualTo(events);
        assertThat(http.proposals()).isEqualTo(proposals);
    }

    @Test
    void theActorRecordedIsTheAuthenticatedUser() {
        String claim = http.propose("contributor", "A claim whose history names its actors.");
        http.verdict("reviewer1", claim, "DISPUTE");
        http.post("/api/v1/claims/" + claim + "/evidence", RawHttp.evidence("Denied."))
                .as("editor").send();

        JsonNode history = http.get("/api/v1/claims/" + claim + "/history").as("auditor").send().json();

        assertThat(history.findValuesAsString("actor")).containsExactly("contributor", "reviewer1", "editor");
        assertThat(history.get(0).at("/payload/proposedBy").asString()).isEqualTo("contributor");
        assertThat(history.get(1).at("/payload/reviewer").asString()).isEqualTo("reviewer1");
        assertThat(history.get(2).at("/payload/attachedBy").asString()).isEqualTo("editor");
    }
}

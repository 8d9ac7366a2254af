package org.claimtrail.server.edge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may ask what (docs/api.md#user-roles), as each endpoint's @Endpoint declares it, and what the others are told. */
class SecurityEdgeTest extends EdgeTest {

    @Test
    void withoutCredentialsTheAnswerIs401WithAProblemAndABasicChallenge() {
        int before = controller.calls("read");

        Answer answer = get("/api/v1/edge/notes", null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.problem()).isEqualTo("unauthenticated");
        assertThat(answer.json().get("status").asInt()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).isEqualTo("Basic realm=\"claimtrail\"");
        assertThat(controller.calls("read")).isEqualTo(before);
    }

    @Test
    void aWrongPasswordIs401Too() {
        Answer answer = get("/api/v1/edge/notes", "reviewer:wrong");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.problem()).isEqualTo("unauthenticated");
    }

    @Test
    void aPathOfNoEndpointUnderTheApiNeedsASignedInUserToo() {
        assertThat(get("/api/v1/nope", null).status()).isEqualTo(401);
        assertThat(get("/api/v1/nope", "reviewer").status()).isEqualTo(404);
    }

    @Test
    void aSignedInUserWithoutTheEndpointsRoleIs403AndNothingRuns() {
        int before = controller.calls("write");

        for (String user : new String[]{"editor", "auditor", "admin"}) {
            Answer answer = post("/api/v1/edge/notes", user, NOTE);
            assertThat(answer.status()).as(user).isEqualTo(403);
            assertThat(answer.problem()).as(user).isEqualTo("forbidden");
        }
        assertThat(controller.calls("write")).isEqualTo(before);
    }

    @Test
    void theUsersAnEndpointNamesReachIt() {
        int before = controller.calls("write");

        assertThat(post("/api/v1/edge/notes", "contributor", NOTE).status()).isEqualTo(201);
        assertThat(post("/api/v1/edge/notes", "reviewer", NOTE).status()).isEqualTo(201);
        assertThat(post("/api/v1/edge/rebuilds", "admin", "").status()).isEqualTo(202);
        assertThat(post("/api/v1/edge/rebuilds", "reviewer", "").status()).isEqualTo(403);
        assertThat(controller.calls("write")).isEqualTo(before + 2);
    }

    @Test
    void anEndpointForAnySignedInUserTakesEveryRole() {
        for (String user : EdgeApplication.USERS) {
            assertThat(get("/api/v1/edge/notes", user).status()).as(user).isEqualTo(200);
        }
    }

    @Test
    void aParameterWithAStricterRuleIsRefusedToTheOthers() {
        String asOf = "/api/v1/edge/notes?asOf=2024-11-01T00:00:00Z";

        assertThat(get(asOf, "contributor").status()).isEqualTo(403);
        assertThat(get(asOf, "reviewer").problem()).isEqualTo("forbidden");
        assertThat(get(asOf, "auditor").status()).isEqualTo(200);
        assertThat(get(asOf, "editor").status()).isEqualTo(200);
        assertThat(get(asOf, "admin").status()).isEqualTo(200);
    }

    @Test
    void aRequestForARoleThisNodeDoesNotRunIsTold503OnlyAfterSecurity() {
        assertThat(post("/api/v1/edge/relay", null, "").status()).isEqualTo(401);
        assertThat(post("/api/v1/edge/relay", "reviewer", "").status()).isEqualTo(403);

        Answer answer = post("/api/v1/edge/relay", "admin", "");
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.problem()).isEqualTo("role-not-served");
        assertThat(answer.header("Retry-After")).isEqualTo("1");
        assertThat(answer.json().get("detail").asString())
                .startsWith("This node does not run the notification role (claimtrail.roles=command,projection)");
        assertThat(controller.calls("relay")).isZero();
    }
}

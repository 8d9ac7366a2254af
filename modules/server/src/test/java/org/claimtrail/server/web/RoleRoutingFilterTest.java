package org.claimtrail.server.web;

import org.claimtrail.platform.role.NodeRole;
import org.claimtrail.server.endpoint.ApiEndpoint;
import org.claimtrail.server.endpoint.EndpointCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Which node role serves each endpoint, and what a node that does not run it answers. */
class RoleRoutingFilterTest {

    private static final EndpointCatalog CATALOG = EndpointCatalog.scan(new DefaultResourceLoader());

    /** Writes and extractions go to command nodes, reads and read-model admin to projection nodes, the relay's to its own. */
    private static final String ROUTES = """
            POST   /api/v1/claims                            command
            POST   /api/v1/claims/{id}/verdicts              command
            DELETE /api/v1/claims/{id}/verdicts/mine         command
            POST   /api/v1/claims/{id}/evidence              command
            POST   /api/v1/claims/{id}/conflicts             command
            POST   /api/v1/claims/{id}/reopen                command
            GET    /api/v1/claims                            projection
            GET    /api/v1/claims/{id}                       projection
            GET    /api/v1/claims/{id}/claim-review          projection
            GET    /api/v1/claims/{id}/history               projection
            GET    /api/v1/claims/{id}/history/verify        projection
            GET    /api/v1/claims/{id}/history/export        projection
            GET    /api/v1/propositions/{key}                projection
            GET    /api/v1/audit                             projection
            GET    /api/v1/audit/public-key                  projection
            GET    /api/v1/audit/store-checkpoint/verify     projection
            POST   /api/v1/extractions                       command
            POST   /api/v1/extractions/{id}/accept           command
            GET    /api/v1/extractions/{id}                  command
            GET    /api/v1/admin/projections                 projection
            POST   /api/v1/admin/projections/{name}/rebuild  projection
            POST   /api/v1/admin/kafka/replay                notification
            """;

    static Stream<String[]> routes() {
        return ROUTES.lines().map(line -> line.strip().split("\\s+"));
    }

    @Test
    void everyEndpointIsServedByItsRole() {
        Map<String, NodeRole> expected = routes().collect(Collectors.toMap(route -> route[0] + " " + route[1],
                route -> NodeRole.valueOf(route[2].toUpperCase(Locale.ROOT))));
        assertThat(CATALOG.endpoints().stream().collect(Collectors.toMap(ApiEndpoint::toString, ApiEndpoint::servedBy)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("routes")
    void aNodeWithoutTheRoleSendsTheClientToOneThatRunsIt(String method, String path, String role) throws Exception {
        String request = path.replace("{id}", "b09e5433-3caf-4739-929b-bc491886a7f3").replace("{key}", "a-key")
                .replace("{name}", "claims");

        MockHttpServletResponse elsewhere = filter(rolesOtherThan(role), method, request);
        assertThat(elsewhere.getStatus()).isEqualTo(503);
        assertThat(elsewhere.getHeader("Retry-After")).isEqualTo("1");
        assertThat(elsewhere.getContentAsString()).contains("urn:claimtrail:problem:role-not-served")
                .contains("This node does not run the " + role + " role (claimtrail.roles=");

        assertThat(filter(role, method, request).getStatus()).as("passed on where the role runs").isEqualTo(200);
    }

    @Test
    void aRequestOfNoEndpointIsPassedOn() throws Exception {
        assertThat(filter("none", "GET", "/api/v1/nope").getStatus()).isEqualTo(200);
        assertThat(filter("none", "PUT", "/api/v1/claims").getStatus()).isEqualTo(200);
    }

    private static String rolesOtherThan(String role) {
        return Arrays.stream(NodeRole.values()).map(NodeRole::toString).filter(other -> !other.equals(role))
                .collect(Collectors.joining(","));
    }

    private static MockHttpServletResponse filter(String roles, String method, String path) throws Exception {
        RoleRoutingFilter filter = new RoleRoutingFilter(new MockEnvironment().withProperty(NodeRole.PROPERTY, roles),
                CATALOG, new Problems(JsonMapper.builder().build()));
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest(method, path), response, new MockFilterChain());
        return response;
    }
}

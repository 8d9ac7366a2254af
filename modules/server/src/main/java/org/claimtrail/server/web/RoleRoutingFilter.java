package org.claimtrail.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.claimtrail.platform.endpoint.ProblemType;
import org.claimtrail.platform.role.NodeRole;
import org.claimtrail.server.endpoint.EndpointCatalog;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Answers a request for a role this node does not run with 503 and a problem that names the role, rather than a
 * 404 or 405 from a missing endpoint: a load balancer takes it for what it is (this node cannot serve it, another
 * can) and a client that reached the wrong node by hand is told where writes or reads belong. Which role serves a
 * request is its endpoint's {@code @Endpoint(servedBy)}, from the {@link EndpointCatalog}. Runs after security,
 * so that who may not ask at all is still told 401 or 403 first.
 */
@Component
class RoleRoutingFilter extends OncePerRequestFilter {

    /** The requests of an endpoint and the role that serves them. */
    private record Route(RequestMatcher request, NodeRole role) {
    }

    private final Set<NodeRole> roles;
    /** The endpoints of the roles this node does not run; none on a node that runs every role. */
    private final List<Route> elsewhere;
    private final Problems problems;

    RoleRoutingFilter(Environment environment, EndpointCatalog catalog, Problems problems) {
        this.roles = NodeRole.of(environment);
        this.elsewhere = catalog.endpoints().stream()
                .filter(endpoint -> !roles.contains(endpoint.servedBy()))
                .map(endpoint -> new Route(endpoint.request(), endpoint.servedBy()))
                .toList();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<NodeRole> missing = elsewhere.stream()
                .filter(route -> route.request().matches(request))
                .map(Route::role)
                .findFirst();
        if (missing.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        problems.write(response, ProblemType.ROLE_NOT_SERVED,
                "This node does not run the " + missing.get() + " role (claimtrail.roles=" + describe(roles)
                        + "): send this request to a node that runs it. Nothing was changed.");
    }

    private static String describe(Set<NodeRole> roles) {
        return roles.isEmpty() ? "none" : String.join(",", roles.stream().map(NodeRole::toString).toList());
    }
}

package org.claimtrail.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.claimtrail.platform.endpoint.ProblemType;
import org.claimtrail.platform.role.NodeRole;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Answers a request for a role this node does not run with 503 and a problem that names the role, rather than a
 * 404 or 405 from a missing endpoint: a load balancer takes it for what it is (this node cannot serve it, another
 * can) and a client that reached the wrong node by hand is told where writes or reads belong. Runs after security,
 * so that who may not ask at all is still told 401 or 403 first.
 */
@Component
class RoleRoutingFilter extends OncePerRequestFilter {

    /** Which role serves a request: its method (null: any) and path pattern. */
    record Route(HttpMethod method, String pattern, NodeRole role) {
    }

    static final List<Route> ROUTES = List.of(
            new Route(HttpMethod.POST, "/api/v1/claims/**", NodeRole.COMMAND),
            new Route(HttpMethod.DELETE, "/api/v1/claims/**", NodeRole.COMMAND),
            new Route(HttpMethod.GET, "/api/v1/claims/**", NodeRole.PROJECTION),
            new Route(HttpMethod.GET, "/api/v1/propositions/**", NodeRole.PROJECTION),
            new Route(HttpMethod.GET, "/api/v1/audit/**", NodeRole.PROJECTION),
            new Route(null, "/api/v1/extractions/**", NodeRole.COMMAND),
            new Route(null, "/api/v1/admin/projections/**", NodeRole.PROJECTION),
            new Route(null, "/api/v1/admin/kafka/**", NodeRole.NOTIFICATION));

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final Set<NodeRole> roles;
    private final Problems problems;

    RoleRoutingFilter(Environment environment, Problems problems) {
        this.roles = NodeRole.of(environment);
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<NodeRole> missing = roleFor(request.getMethod(), request.getRequestURI()).filter(r -> !roles.contains(r));
        if (missing.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        problems.write(response, ProblemType.ROLE_NOT_SERVED,
                "This node does not run the " + missing.get() + " role (claimtrail.roles=" + describe(roles)
                        + "): send this request to a node that runs it. Nothing was changed.");
    }

    static Optional<NodeRole> roleFor(String method, String path) {
        return ROUTES.stream()
                .filter(route -> route.method() == null || route.method().matches(method))
                .filter(route -> PATHS.match(route.pattern(), path))
                .map(Route::role)
                .findFirst();
    }

    private static String describe(Set<NodeRole> roles) {
        return roles.isEmpty() ? "none" : String.join(",", roles.stream().map(NodeRole::toString).toList());
    }
}

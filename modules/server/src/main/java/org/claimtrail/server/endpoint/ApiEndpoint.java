package org.claimtrail.server.endpoint;

import org.claimtrail.platform.endpoint.ApiTag;
import org.claimtrail.platform.endpoint.ProblemType;
import org.claimtrail.platform.role.NodeRole;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One operation of the REST API as its handler declares it: its method and path (a path pattern such as
 * {@code /api/v1/claims/{id}}), the node role that serves it, who may call it, with or without a parameter, and its
 * documentation.
 *
 * @param withParameter stricter callers for a request that carries the parameter named by the key, in the declared
 *                      order
 */
public record ApiEndpoint(HttpMethod method, String path, NodeRole servedBy, Callers callers,
                          Map<String, Callers> withParameter, Documentation documentation) {

    public ApiEndpoint {
        withParameter = Collections.unmodifiableMap(new LinkedHashMap<>(withParameter));
    }

    /** What the OpenAPI document says of it; examples are names in {@code openapi/examples.json}. */
    public record Documentation(ApiTag tag, String operationId, String summary, String description,
                                Set<ProblemType> problems, Optional<String> requestExample,
                                Optional<String> responseExample) {

        public Documentation {
            problems = Set.copyOf(problems);
        }
    }

    /** Matches its requests as Spring MVC does: {@code {id}} is one path segment. */
    public RequestMatcher request() {
        return PathPatternRequestMatcher.pathPattern(method, path);
    }

    /** Whether some users may call it who may not call it with every parameter. */
    public boolean refusesSome() {
        return !callers.anySignedInUser() || !withParameter.isEmpty();
    }

    @Override
    public String toString() {
        return method.name() + " " + path;
    }
}

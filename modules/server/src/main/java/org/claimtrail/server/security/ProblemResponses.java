package org.claimtrail.server.security;

import org.claimtrail.server.web.Problems;
import org.claimtrail.platform.endpoint.ProblemType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/** Writes the security filter chain's 400, 401 and 403 answers as problem+json, like every other error. */
@Component
class ProblemResponses {

    private final Problems problems;

    ProblemResponses(Problems problems) {
        this.problems = problems;
    }

    /** Challenges for HTTP Basic and, when tokens are accepted, for a bearer token. */
    AuthenticationEntryPoint unauthenticated(boolean bearer) {
        return (request, response, e) -> {
            if (e instanceof LoginThrottle.Throttled throttled) {
                response.setHeader("Retry-After", Long.toString(throttled.retryAfter().toSeconds()));
                problems.write(response, ProblemType.TOO_MANY_FAILED_SIGN_INS, e.getMessage());
                return;
            }
            response.addHeader("WWW-Authenticate", "Basic realm=\"claimtrail\"");
            if (bearer) {
                response.addHeader("WWW-Authenticate", "Bearer realm=\"claimtrail\"");
            }
            problems.write(response, ProblemType.UNAUTHENTICATED,
                    bearer ? "Sign in with HTTP Basic or a bearer token." : "Sign in with HTTP Basic.");
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, e) -> problems.write(response, ProblemType.FORBIDDEN,
                "Your roles do not allow this request.");
    }

    /** The firewall's refusals: URLs or parameters that no valid request has. */
    RequestRejectedHandler rejected() {
        return (request, response, e) -> problems.write(response, ProblemType.MALFORMED_REQUEST,
                "The request's URL, parameters or headers are malformed.");
    }
}

package org.claimtrail.server.security;

import jakarta.servlet.http.HttpServletRequest;
import org.claimtrail.server.web.Problems;
import org.claimtrail.platform.endpoint.ProblemType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** Writes the security filter chain's 400, 401 and 403 answers as problem+json, like every other error. */
@Component
class ProblemResponses {

    private final Problems problems;

    ProblemResponses(Problems problems) {
        this.problems = problems;
    }

    /**
     * Challenges for HTTP Basic and, when tokens are accepted, for a bearer token. A browser is never challenged for
     * Basic: it would ask for the password and then send it with every request to this server, a hostile page's
     * too. A request is a browser's when it has any {@code Sec-Fetch-*} header (every current browser sends them),
     * {@code X-Requested-With}, or an {@code Accept} naming {@code text/html}; curl and API clients send none of these
     * and are challenged as before (docs/api.md#authentication).
     */
    AuthenticationEntryPoint unauthenticated(boolean bearer) {
        return (request, response, e) -> {
            if (e instanceof LoginThrottle.Throttled throttled) {
                response.setHeader("Retry-After", Long.toString(throttled.retryAfter().toSeconds()));
                problems.write(response, ProblemType.TOO_MANY_FAILED_SIGN_INS, e.getMessage());
                return;
            }
            if (!browser(request)) {
                response.addHeader("WWW-Authenticate", "Basic realm=\"claimtrail\"");
            }
            if (bearer) {
                response.addHeader("WWW-Authenticate", "Bearer realm=\"claimtrail\"");
            }
            problems.write(response, ProblemType.UNAUTHENTICATED,
                    bearer ? "Sign in with HTTP Basic or a bearer token." : "Sign in with HTTP Basic.");
        };
    }

    private static boolean browser(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getHeader("Sec-Fetch-Mode") != null || request.getHeader("Sec-Fetch-Site") != null
                || request.getHeader("Sec-Fetch-Dest") != null || request.getHeader("X-Requested-With") != null
                || accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
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

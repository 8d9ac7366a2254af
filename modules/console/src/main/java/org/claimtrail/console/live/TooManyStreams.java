package org.claimtrail.console.live;

import org.claimtrail.platform.endpoint.ProblemType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** A live stream refused because its user, or the node, has as many open as allowed: 429 with Retry-After. */
final class TooManyStreams extends ErrorResponseException {

    private static final String RETRY_AFTER_SECONDS = "30";

    TooManyStreams(String detail) {
        super(ProblemType.TOO_MANY_LIVE_STREAMS.status(), problem(detail), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(ProblemType.TOO_MANY_LIVE_STREAMS.status(), detail);
        problem.setType(URI.create(ProblemType.TOO_MANY_LIVE_STREAMS.uri()));
        return problem;
    }
}

package org.claimtrail.server.web;

import jakarta.servlet.http.HttpServletResponse;
import org.claimtrail.platform.endpoint.ProblemType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;

/**
 * The one constructor of problem answers, each of a {@link ProblemType}: for {@link ProblemDetailsAdvice} and the
 * error pages, and written from servlet filters, which run outside Spring MVC's exception handling, in the same form.
 */
@Component
public class Problems {

    /** PostgreSQL's timeouts end a hung request within seconds; a client that waits this long finds it back or not. */
    private static final String STORAGE_RETRY_AFTER_SECONDS = "5";

    private final JsonMapper json;

    Problems(JsonMapper json) {
        this.json = json;
    }

    /** A problem of {@code type}, with its status. */
    static ProblemDetail of(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(URI.create(type.uri()));
        return problem;
    }

    /**
     * The type of an answer the framework or the container gave of its own, which keeps its status: the type of
     * that status, or for a status none of ours has, what any other refusal of a request or failure of the server is.
     */
    static ProblemType typeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.BODY_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 501 -> ProblemType.NOT_IMPLEMENTED;
            default -> status.is5xxServerError() ? ProblemType.INTERNAL : ProblemType.MALFORMED_REQUEST;
        };
    }

    /** The one answer to a request that PostgreSQL did not serve: 503 with {@code Retry-After}, changing nothing. */
    static ResponseEntity<ProblemDetail> storageUnavailable() {
        return ResponseEntity.status(ProblemType.STORAGE_UNAVAILABLE.status())
                .header(HttpHeaders.RETRY_AFTER, STORAGE_RETRY_AFTER_SECONDS)
                .body(of(ProblemType.STORAGE_UNAVAILABLE,
                        "Storage is unavailable; nothing was changed. Try again shortly."));
    }

    /** {@link #storageUnavailable()} from a filter. */
    public void writeStorageUnavailable(HttpServletResponse response) throws IOException {
        ResponseEntity<ProblemDetail> answer = storageUnavailable();
        answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        write(response, answer.getBody());
    }

    public void write(HttpServletResponse response, ProblemType type, String detail) throws IOException {
        write(response, of(type, detail));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}

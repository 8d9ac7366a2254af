package org.claimtrail.server.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * Writes problem+json answers from servlet filters, which run outside Spring MVC's exception handling, in the same
 * form as {@link ProblemDetailsAdvice}.
 */
@Component
public class Problems {

    private static final String PREFIX = "urn:claimtrail:problem:";
    /** PostgreSQL's timeouts end a hung request within seconds; a client that waits this long finds it back or not. */
    private static final String STORAGE_RETRY_AFTER_SECONDS = "5";

    private final JsonMapper json;

    Problems(JsonMapper json) {
        this.json = json;
    }

    /** A problem of {@code type}, a short name such as {@code body-too-large}; the advice answers with these too. */
    static ProblemDetail of(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(PREFIX + type));
        return problem;
    }

    /** The type of a problem the framework raised, named after its status: {@code method-not-allowed}. */
    static URI typeFor(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String name = known == null ? "http-" + status.value()
                : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return URI.create(PREFIX + name);
    }

    /** The one answer to a request that PostgreSQL did not serve: 503 with {@code Retry-After}, changing nothing. */
    static ResponseEntity<ProblemDetail> storageUnavailable() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, STORAGE_RETRY_AFTER_SECONDS)
                .body(of(HttpStatus.SERVICE_UNAVAILABLE, "storage-unavailable",
                        "Storage is unavailable; nothing was changed. Try again shortly."));
    }

    /** {@link #storageUnavailable()} from a filter. */
    public void writeStorageUnavailable(HttpServletResponse response) throws IOException {
        ResponseEntity<ProblemDetail> answer = storageUnavailable();
        answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        write(response, answer.getBody());
    }

    public void write(HttpServletResponse response, HttpStatus status, String type, String detail) throws IOException {
        write(response, of(status, type, detail));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}

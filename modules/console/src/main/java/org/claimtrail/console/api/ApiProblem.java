package org.claimtrail.console.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An error answer of the REST API ({@code application/problem+json}), kept whole so that a page can show its
 * {@code detail}, and each field's message next to the field it names.
 */
public class ApiProblem extends RuntimeException {

    public record FieldError(String field, String message) {
    }

    private final int status;
    private final String type;
    private final String detail;
    private final List<FieldError> errors;

    public ApiProblem(int status, String type, String detail, List<FieldError> errors) {
        super(status + " " + detail);
        this.status = status;
        this.type = type;
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Field name to message; the first message of a field wins. */
    public Map<String, String> byField() {
        return errors.stream().collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a));
    }

    /** A stale {@code If-Match}: the claim changed since the page was rendered. */
    public boolean stale() {
        return status == 412;
    }
}

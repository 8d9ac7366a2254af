package org.claimtrail.server.web;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.claimtrail.api.EvidenceLimitReached;
import org.claimtrail.api.Forbidden;
import org.claimtrail.api.NotFound;
import org.claimtrail.api.UnprocessableContent;
import org.claimtrail.api.WorkflowViolation;
import org.claimtrail.api.proposition.PropositionFull;
import org.claimtrail.api.InvalidFieldException;
import org.claimtrail.platform.endpoint.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.ResolvableType;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.net.URI;
import java.util.List;

/**
 * Every error as {@code application/problem+json} (RFC 9457). Spring's base class covers malformed requests;
 * this adds the field list of validation errors and the domain's own failures.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final StorageFailures storageFailures;

    ProblemDetailsAdvice(StorageFailures storageFailures) {
        this.storageFailures = storageFailures;
    }

    /** One invalid field: its path in the request and what is wrong with it. */
    record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getAllErrors().stream()
                .map(e -> new FieldProblem(e instanceof FieldError f ? f.getField() : e.getObjectName(),
                        e.getDefaultMessage()))
                .toList();
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(e -> new FieldProblem(result.getMethodParameter().getParameterName(), message(e))))
                .toList();
        return invalid(errors);
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Object> invalidField(InvalidFieldException ex) {
        return invalid(List.of(new FieldProblem(ex.field(), ex.getMessage())));
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound ex) {
        return Problems.of(ProblemType.NOT_FOUND, ex.getMessage());
    }

    @ExceptionHandler(Forbidden.class)
    ProblemDetail forbidden(Forbidden ex) {
        return Problems.of(ProblemType.FORBIDDEN, ex.getMessage());
    }

    @ExceptionHandler(UnprocessableContent.class)
    ProblemDetail unprocessable(UnprocessableContent ex) {
        return Problems.of(ProblemType.UNPROCESSABLE_CONTENT, ex.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail noSuchAggregate(AggregateNotFoundException ex) {
        return Problems.of(ProblemType.NOT_FOUND, "No such claim is on record.");
    }

    /**
     * The framework's own answers (no handler for the path, a method or media type not supported, a missing
     * parameter) come as problems of type {@code about:blank} whose detail speaks of the framework ("No static
     * resource …"): each gets the project's type for its status and a detail that speaks of the request.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(URI.create(Problems.typeFor(statusCode).uri()));
            problem.setDetail(FrameworkProblems.detail(ex, statusCode, request));
        }
        return answer;
    }

    /** A parameter or path segment that is not of its type ({@code ?page=abc}, a claim id that is no UUID). */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
            // A repeated parameter (?state=DISPUTED&state=DENIED) is a list: each value is of the element's type.
            ResolvableType type = ResolvableType.forMethodParameter(mismatch.getParameter());
            Class<?> value = type.asCollection() != ResolvableType.NONE ? type.asCollection().resolveGeneric(0)
                    : type.resolve();
            return invalid(List.of(new FieldProblem(mismatch.getName(), FrameworkProblems.expected(value))));
        }
        return invalid(List.of(new FieldProblem(ex.getPropertyName(), FrameworkProblems.expected(ex.getRequiredType()))));
    }

    @ExceptionHandler(EvidenceLimitReached.class)
    ProblemDetail evidenceLimit(EvidenceLimitReached ex) {
        return Problems.of(ProblemType.EVIDENCE_LIMIT, ex.getMessage());
    }

    @ExceptionHandler(WorkflowViolation.class)
    ProblemDetail workflowViolation(WorkflowViolation ex) {
        return Problems.of(ProblemType.WORKFLOW_RULE, ex.getMessage());
    }

    @ExceptionHandler(PropositionFull.class)
    ProblemDetail propositionFull(PropositionFull ex) {
        return Problems.of(ProblemType.PROPOSITION_FULL, ex.getMessage());
    }

    /** The firewall checks parameters when they are read: a value no valid request has (a control character). */
    @ExceptionHandler(RequestRejectedException.class)
    ProblemDetail rejected(RequestRejectedException ex) {
        return Problems.of(ProblemType.MALFORMED_REQUEST, "The request's parameters are malformed.");
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException ex) {
        return Problems.of(ProblemType.STALE_VERSION,
                "The claim is no longer at the version of If-Match; nothing was changed. Read it again and decide anew.");
    }

    /** A body Jackson cannot read: named by the field where reading stopped, when there is one. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        if (ex.getCause() instanceof DatabindException unreadable && !unreadable.getPath().isEmpty()) {
            String message = unreadable instanceof UnrecognizedPropertyException ? "is not a known field"
                    : unreadable instanceof InvalidFormatException ? "has a value that is not allowed here"
                    : "has the wrong type or form";
            return invalid(List.of(new FieldProblem(path(unreadable.getPath()), message)));
        }
        return ResponseEntity.badRequest().body(Problems.of(ProblemType.MALFORMED_REQUEST,
                ex.getCause() instanceof StreamConstraintsException
                        ? "The body is nested too deeply or has a number that is too long."
                        : "The body is not well-formed JSON of the expected form."));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException ex) {
        return Problems.of(ProblemType.CONCURRENT_CHANGE,
                "The claim was changed by another request at the same moment; send the request again.");
    }

    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class})
    ResponseEntity<ProblemDetail> storageUnavailable(Exception ex) {
        log.warn("Storage unavailable: {}", ex.getMessage());
        return Problems.storageUnavailable();
    }

    /** Storage failures also arrive wrapped by Axon (command and query gateways, JDBC event store): found by cause. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        if (storageFailures.isUnavailable(ex)) {
            return storageUnavailable(ex);
        }
        log.error("Unexpected failure", ex);
        return ResponseEntity.internalServerError()
                .body(Problems.of(ProblemType.INTERNAL, "The server failed to answer this request."));
    }

    private static ResponseEntity<Object> invalid(List<FieldProblem> errors) {
        ProblemDetail problem = Problems.of(ProblemType.INVALID_REQUEST, "The request has invalid fields.");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** A JSON path as the request's field, such as {@code sources[0].url}. */
    private static String path(List<JacksonException.Reference> references) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String message(MessageSourceResolvable error) {
        return error.getDefaultMessage();
    }
}

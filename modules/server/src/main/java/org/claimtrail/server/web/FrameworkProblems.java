package org.claimtrail.server.web;

import jakarta.servlet.http.HttpServletRequest;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.proposition.PropositionKey;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The details of the answers Spring MVC and the servlet container give of their own, in terms of the request
 * (its method, path, parameters and media types), never of the framework's workings.
 */
final class FrameworkProblems {

    private FrameworkProblems() {
    }

    static String detail(Exception ex, HttpStatusCode status, WebRequest request) {
        String method = "?";
        String path = "?";
        if (request instanceof NativeWebRequest servlet
                && servlet.getNativeRequest() instanceof HttpServletRequest http) {
            method = http.getMethod();
            path = http.getRequestURI();
        }
        if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
            return noEndpoint(method, path);
        }
        if (ex instanceof HttpRequestMethodNotSupportedException e) {
            return methodNotAllowed(method, path, e.getSupportedHttpMethods() == null ? Set.of()
                    : e.getSupportedHttpMethods().stream().map(Object::toString).sorted().toList());
        }
        if (ex instanceof HttpMediaTypeNotSupportedException e) {
            return "The body must be application/json" + (e.getContentType() == null ? "."
                    : ", not " + e.getContentType().getType() + "/" + e.getContentType().getSubtype() + ".");
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException e) {
            return method + " " + path + " answers " + names(e.getSupportedMediaTypes())
                    + "; the request's Accept allows none of them.";
        }
        if (ex instanceof MissingServletRequestParameterException e) {
            return "The query parameter " + e.getParameterName() + " is required.";
        }
        if (ex instanceof MissingRequestHeaderException e) {
            return "The header " + e.getHeaderName() + " is required.";
        }
        if (ex instanceof AsyncRequestTimeoutException) {
            return "The answer to " + method + " " + path + " took too long; try again shortly.";
        }
        return otherwise(status.value(), method, path);
    }

    private static String noEndpoint(String method, String path) {
        return "No endpoint " + method + " " + path + ".";
    }

    private static String methodNotAllowed(String method, String path, Collection<String> allowed) {
        return method + " is not supported on " + path
                + (allowed.isEmpty() ? "." : "; it supports " + String.join(", ", allowed) + ".");
    }

    /** A status the server gives for no reason it names more closely. */
    private static String otherwise(int status, String method, String path) {
        HttpStatus known = HttpStatus.resolve(status);
        if (status >= 500) {
            return "The server failed to answer " + method + " " + path + ".";
        }
        return "The request " + method + " " + path + " cannot be answered"
                + (known == null ? "." : ": " + known.getReasonPhrase() + ".");
    }

    /** What a parameter or path segment of {@code type} must look like. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type or form";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == ClaimId.class || type == UUID.class) {
            return "must be a UUID, such as b09e5433-3caf-4739-929b-bc491886a7f3";
        }
        if (type == Instant.class) {
            return "must be an instant in ISO 8601, such as 2024-11-01T00:00:00Z";
        }
        if (type == PropositionKey.class) {
            return "must be a lower-case slug of at most " + PropositionKey.MAX_LENGTH
                    + " characters, such as dprk-troops-in-russia-2024";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "must be a whole number";
        }
        return "has the wrong type or form";
    }

    /** The JSON types among {@code types}: the API's answers, not the other forms Spring could write. */
    private static String names(Collection<MediaType> types) {
        List<String> json = types.stream()
                .filter(t -> t.isConcrete() && (t.getSubtype().equals("json") || t.getSubtype().endsWith("+json")))
                .map(t -> t.getType() + "/" + t.getSubtype()).distinct().toList();
        return json.isEmpty() ? "application/json" : String.join(" or ", json);
    }
}

package org.claimtrail.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.claimtrail.platform.endpoint.ProblemType;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over 1 MiB with 413, whether announced by {@code Content-Length} or sent chunked, and reads
 * every smaller body in whole ({@link CachedBodyRequest}) so that no later reader meets more than the limit. A
 * {@code Content-Type} that is no concrete media type (a wildcard, garbage) is refused with 415 here, as Spring MVC
 * would fail on it, and so is every write to the API (any method but GET, HEAD, OPTIONS and TRACE) that is not
 * {@code application/json}, unless it has neither a body nor a {@code Content-Type} (a rebuild sent by curl or a
 * generated client). An HTML form always sends a type, and never a JSON one; a page of another site cannot make a
 * browser send JSON without asking this server first (CORS), which it never allows; and what a script sends without
 * a body carries the page's {@code Origin}, which CrossSiteWrites refuses (docs/api.md#cross-site-requests).
 * <p>
 * Runs after the security filter chain, whose sign-in needs the headers only: a client that is not signed in is
 * answered before its body is read, so a slow or large upload costs the server nothing until someone signs in
 * ({@code IdempotencyFilter}, which reads the body read here, comes after this).
 */
@Component
@Order(RequestBodyFilter.ORDER)
public class RequestBodyFilter extends OncePerRequestFilter {

    /** After Spring Security's filter chain and the write rate limit, which refuses without reading a body. */
    public static final int ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2;


    /** docs/api.md's limit; the largest valid claim (50 sources at their longest) is about half of it. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    private final Problems problems;

    RequestBodyFilter(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentType() != null && !concrete(request.getContentType())) {
            problems.write(response, ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type must be a media type such as application/json.");
            return;
        }
        long announced = request.getContentLengthLong();
        boolean hasBody = announced > 0 || request.getHeader("Transfer-Encoding") != null;
        String type = request.getContentType();
        if (ApiWrites.isApiWrite(request) && (type == null ? hasBody : !json(type))) {
            // In the words of Spring MVC's own refusal (FrameworkProblems), which the body-taking endpoints gave before.
            problems.write(response, ProblemType.UNSUPPORTED_MEDIA_TYPE, type == null
                    ? "The body must be application/json; the request names no Content-Type."
                    : "The body must be application/json, not " + MediaType.parseMediaType(type).getType() + "/"
                    + MediaType.parseMediaType(type).getSubtype() + ".");
            return;
        }
        if (consoleForm(request)) {
            // The console's forms: the container parses them (within its own size limit); reading the body here
            // would leave it no parameters to parse.
            chain.doFilter(request, response);
            return;
        }
        if (!hasBody) {
            chain.doFilter(request, response);
            return;
        }
        if (announced > MAX_BODY_BYTES) {
            tooLarge(response);
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            tooLarge(response);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    /** application/json or a type of it such as application/merge-patch+json (a concrete type: checked before). */
    private static boolean json(String contentType) {
        MediaType type = MediaType.parseMediaType(contentType);
        return MediaType.APPLICATION_JSON.isCompatibleWith(type) || "json".equals(type.getSubtypeSuffix())
                && "application".equals(type.getType());
    }

    private static boolean consoleForm(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/") && request.getContentType() != null
                && MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(request.getContentType()));
    }

    private static boolean concrete(String contentType) {
        try {
            return MediaType.parseMediaType(contentType).isConcrete();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        // The rest of the body is not read: the connection cannot carry another request.
        response.setHeader("Connection", "close");
        problems.write(response, ProblemType.BODY_TOO_LARGE,
                "The request body is larger than " + MAX_BODY_BYTES + " bytes (1 MiB).");
    }
}

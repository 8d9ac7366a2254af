package org.claimtrail.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
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
 * would fail on it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestBodyFilter extends OncePerRequestFilter {

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
            problems.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "Content-Type must be a media type such as application/json.");
            return;
        }
        if (consoleForm(request)) {
            // The console's forms: the container parses them (within its own size limit); reading the body here
            // would leave it no parameters to parse.
            chain.doFilter(request, response);
            return;
        }
        long announced = request.getContentLengthLong();
        boolean hasBody = announced > 0 || request.getHeader("Transfer-Encoding") != null;
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
        problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                "The request body is larger than " + MAX_BODY_BYTES + " bytes (1 MiB).");
    }
}

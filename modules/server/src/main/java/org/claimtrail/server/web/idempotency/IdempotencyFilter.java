package org.claimtrail.server.web.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.claimtrail.platform.endpoint.ProblemType;
import org.claimtrail.server.web.CachedBodyRequest;
import org.claimtrail.server.web.Problems;
import org.claimtrail.server.web.RequestBodyFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

/**
 * Makes every API POST that carries an {@code Idempotency-Key} safe to retry: a repeat by the same user with the same
 * method, path and body gets the first answer again (status, ETag, Location, body) and runs nothing; the same key
 * with another request is refused with 422. Answers under 500 are kept; after a 5xx nothing was changed, so the key is
 * freed for the retry to run. It runs after authentication, as keys belong to users, after the write rate limit,
 * whose refusals are not kept, and after RequestBodyFilter, whose read of the body it hashes.
 * <p>
 * A change and the fact that this request made it commit together: each command's result is kept in the command's
 * own transaction ({@link IdempotentCommands}). So when a node dies after the commit and before it kept or sent the
 * answer, the retry (once the key's in-flight lease has passed) runs the request again, its commands answer from the
 * kept results and change nothing, and the controller answers as the first run would have.
 */
@Component
@Order(RequestBodyFilter.ORDER + 1)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern SANE_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyKeys keys;
    private final Problems problems;

    IdempotencyFilter(IdempotencyKeys keys, Problems problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (!SANE_KEY.matcher(key).matches()) {
            problems.write(response, ProblemType.INVALID_IDEMPOTENCY_KEY,
                    "Idempotency-Key must be 1 to 255 visible ASCII characters.");
            return;
        }
        if (user == null || !user.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        String username = user.getName();
        IdempotencyKeys.Reservation reservation;
        try {
            reservation = keys.reserve(username, key, hash(request));
        } catch (DataAccessException e) {
            log.warn("Storage unavailable for idempotency keys: {}", e.getMessage());
            problems.writeStorageUnavailable(response);
            return;
        }
        switch (reservation.outcome()) {
            case RESERVED -> runOnce(request, response, chain, username, key, false);
            case RESUMED -> runOnce(request, response, chain, username, key, true);
            case ANSWERED -> replay(reservation.answer(), response);
            case MISMATCH -> problems.write(response, ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used with another request; use a new key for a new request.");
            case IN_FLIGHT -> problems.write(response, ProblemType.IDEMPOTENCY_KEY_IN_FLIGHT,
                    "The first request with this Idempotency-Key is still being answered; retry shortly.");
        }
    }

    private void runOnce(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                         String username, String key, boolean resumed) throws ServletException, IOException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        if (resumed) {
            // Its change was made by a first run that never answered: this answer repeats that change's.
            recorded.setHeader(REPLAYED, "true");
        }
        try {
            IdempotentRequest.run(username, key, () -> chain.doFilter(request, recorded));
        } catch (IOException | ServletException | RuntimeException e) {
            release(username, key);
            throw e;
        }
        if (recorded.getStatus() < 500) {
            // Kept before it is sent, so that a retry the client sends on receiving it finds it.
            keep(username, key, new StoredResponse(recorded.getStatus(), recorded.getContentType(),
                    recorded.getHeader(HttpHeaders.ETAG), recorded.getHeader(HttpHeaders.LOCATION),
                    recorded.getContentAsByteArray()));
            recorded.copyBodyToResponse();
        } else {
            // Sent before the key is freed: when storage failed the request, freeing may wait on it too.
            recorded.copyBodyToResponse();
            response.flushBuffer();
            release(username, key);
        }
    }

    private void keep(String username, String key, StoredResponse answer) {
        try {
            keys.complete(username, key, answer);
        } catch (DataAccessException e) {
            // The change is made and answered; a retry waits for the in-flight lease, then answers from the results its
            // commands kept.
            log.warn("Could not keep the answer to idempotency key of {}: {}", username, e.getMessage());
        }
    }

    private void release(String username, String key) {
        try {
            keys.release(username, key);
        } catch (DataAccessException e) {
            // The in-flight lease frees the key later.
            log.warn("Could not free idempotency key of {}: {}", username, e.getMessage());
        }
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, stored.etag());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        response.setHeader(REPLAYED, "true");
        response.setContentLength(stored.body().length);
        response.getOutputStream().write(stored.body());
    }

    /** The request's identity: method, path with query, and body. */
    private static byte[] hash(HttpServletRequest request) {
        MessageDigest digest = sha256();
        digest.update((request.getMethod() + ' ' + request.getRequestURI() + '?' + request.getQueryString() + '\n')
                .getBytes(StandardCharsets.UTF_8));
        CachedBodyRequest cached = WebUtils.getNativeRequest(request, CachedBodyRequest.class);
        // RequestBodyFilter has read every request that has a body.
        digest.update(cached != null ? cached.body() : new byte[0]);
        return digest.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

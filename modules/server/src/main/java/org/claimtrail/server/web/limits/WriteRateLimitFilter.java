package org.claimtrail.server.web.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.claimtrail.platform.endpoint.ProblemType;
import org.claimtrail.server.web.ApiWrites;
import org.claimtrail.server.web.Problems;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

/**
 * Bounds what one user's writes can cost: every unsafe request under {@code /api/} takes a token from its user's
 * bucket (Bucket4j), and one that finds it empty is answered 429 {@code too-many-writes} with {@code Retry-After},
 * having changed nothing. Every write's answer carries the IETF {@code RateLimit-Policy} and {@code RateLimit} fields
 * (draft-ietf-httpapi-ratelimit-headers, docs/api.md#limits), so a client can pace itself before it is refused.
 * <p>
 * Runs after authentication, as buckets belong to users, and before idempotency keys, so that a refusal is never kept
 * as a key's answer. The buckets are a bounded Caffeine map; one idle for as long as a bucket takes to fill is
 * dropped, since a new one starts full just the same.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
class WriteRateLimitFilter extends OncePerRequestFilter {

    private static final String POLICY = "writes";
    private static final long NANOS = Duration.ofSeconds(1).toNanos();

    private final boolean enabled;
    private final WriteLimitProperties.PerUser perUser;
    private final Bandwidth bandwidth;
    private final String policy;
    private final Cache<String, Bucket> buckets;
    private final Problems problems;

    WriteRateLimitFilter(WriteLimitProperties properties, Problems problems) {
        WriteLimitProperties.PerUser perUser = properties.perUser();
        this.enabled = properties.enabled();
        this.perUser = perUser;
        this.bandwidth = Bandwidth.builder().capacity(perUser.capacity())
                .refillGreedy(perUser.refill(), perUser.period()).build();
        this.policy = "\"%s\";q=%d;w=%d".formatted(POLICY, perUser.capacity(),
                Math.max(1, seconds(perUser.fillTime().toNanos())));
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(perUser.fillTime())
                .maximumSize(100_000)
                .build();
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !enabled || !ApiWrites.isApiWrite(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        ConsumptionProbe probe = buckets.get(user.getName(), name -> Bucket.builder().addLimit(bandwidth).build())
                .tryConsumeAndReturnRemaining(1);
        response.setHeader("RateLimit-Policy", policy);
        response.setHeader("RateLimit", "\"%s\";r=%d;t=%d".formatted(POLICY, probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForReset())));
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        problems.write(response, ProblemType.TOO_MANY_WRITES, "Writes are limited to " + perUser.refill() + " per "
                + perUser.period().toString().substring(2).toLowerCase(Locale.ROOT) + " per user, in bursts of up to "
                + perUser.capacity() + "; nothing was changed. Try again in " + retryAfter + " s.");
    }

    private static long seconds(long nanos) {
        return (nanos + NANOS - 1) / NANOS;
    }
}

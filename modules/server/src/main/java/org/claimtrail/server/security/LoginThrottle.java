package org.claimtrail.server.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;

/**
 * Bounds the work wrong passwords can cause: each failed sign-in takes a token from its username's bucket and from
 * its address's bucket, and while either is empty a sign-in is refused at once, without checking the password's
 * hash, with {@link Throttled} (answered 429 with {@code Retry-After}). Passwords already verified and remembered
 * (see VerifiedCredentials) never reach this point, so a throttled name does not lock out a signed-in client.
 */
final class LoginThrottle implements AuthenticationProvider {

    /** A sign-in refused because of too many failures lately; {@code retryAfter} says when to try again. */
    static final class Throttled extends AuthenticationException {

        private final Duration retryAfter;

        Throttled(Duration retryAfter) {
            super("Too many failed sign-ins; try again in " + retryAfter.toSeconds() + " s.");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }

    private final AuthenticationProvider delegate;
    private final Bandwidth perUser;
    private final Bandwidth perAddress;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1))
            .maximumSize(100_000)
            .build();

    LoginThrottle(AuthenticationProvider delegate, int failuresPerUser, int failuresPerAddress, Duration window) {
        this.delegate = delegate;
        this.perUser = Bandwidth.builder().capacity(failuresPerUser).refillGreedy(failuresPerUser, window).build();
        this.perAddress = Bandwidth.builder().capacity(failuresPerAddress).refillGreedy(failuresPerAddress, window)
                .build();
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Bucket user = bucket("user:" + authentication.getName(), perUser);
        Bucket address = bucket("address:" + address(authentication), perAddress);
        long waitNanos = Math.max(user.estimateAbilityToConsume(1).getNanosToWaitForRefill(),
                address.estimateAbilityToConsume(1).getNanosToWaitForRefill());
        if (waitNanos > 0) {
            throw new Throttled(Duration.ofSeconds(Math.max(1, (long) Math.ceil(waitNanos / 1e9))));
        }
        try {
            return delegate.authenticate(authentication);
        } catch (AuthenticationException failed) {
            user.tryConsume(1);
            address.tryConsume(1);
            throw failed;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }

    private Bucket bucket(String key, Bandwidth bandwidth) {
        return buckets.get(key, k -> Bucket.builder().addLimit(bandwidth).build());
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
    }
}

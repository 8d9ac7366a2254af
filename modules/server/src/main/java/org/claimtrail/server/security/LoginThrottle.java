package org.claimtrail.server.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Bounds the work wrong passwords can cause without letting anyone lock a user out. Failures are counted per username
 * and address together: after {@code free} failures in a row, each further attempt of that name from that address
 * waits a delay that doubles with each failure, up to {@code longestDelay}, and is refused at once until then, without
 * checking the password's hash, with {@link Throttled} (answered 429 with {@code Retry-After}). A right password
 * forgets the pair's failures. Guesses from one address at another's name never slow that name down elsewhere.
 * Each address (an IPv6 client's /64) also has a generous bucket of failures across all names, so that one address
 * spraying many names keeps little CPU hashing; only sign-ins from that address wait for it. The address is the
 * client's as the container sees it: behind a proxy, the forwarded one only when the proxy is trusted
 * (docs/configuration.md#forwarded-headers). Passwords already verified and remembered (see VerifiedCredentials)
 * never reach this point.
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

    /** One username's failures in a row from one address, and the moment ({@link System#nanoTime()}) it may try. */
    private static final class Failures {
        private int count;
        private long notBefore = System.nanoTime();
    }

    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private final AuthenticationProvider delegate;
    private final int free;
    private final long firstDelayNanos;
    private final long longestDelayNanos;
    private final Bandwidth perAddress;
    private final Cache<String, Failures> pairs = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1))
            .maximumSize(100_000)
            .build();
    private final Cache<String, Bucket> addresses = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1))
            .maximumSize(100_000)
            .build();

    LoginThrottle(AuthenticationProvider delegate, AccountProperties.Throttle limits) {
        this.delegate = delegate;
        this.free = limits.free();
        this.firstDelayNanos = limits.firstDelay().toNanos();
        this.longestDelayNanos = limits.longestDelay().toNanos();
        this.perAddress = Bandwidth.builder().capacity(limits.perAddress())
                .refillGreedy(limits.perAddress(), limits.window()).build();
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = network(authentication);
        String pairKey = authentication.getName() + '\n' + address;
        Failures pair = pairs.get(pairKey, key -> new Failures());
        Bucket addressBucket = addresses.get(address, key -> Bucket.builder().addLimit(perAddress).build());
        long waitNanos;
        synchronized (pair) {
            long now = System.nanoTime();
            waitNanos = Math.max(pair.notBefore - now,
                    addressBucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
            if (waitNanos <= 0 && pair.count >= free) {
                // Once a pair is slowed, one attempt at a time: the next waits as if this one fails.
                pair.notBefore = now + delay(pair.count + 1);
            }
        }
        if (waitNanos > 0) {
            throw new Throttled(Duration.ofSeconds(Math.max(1, (long) Math.ceil(waitNanos / 1e9))));
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            pairs.invalidate(pairKey);
            return result;
        } catch (AuthenticationException failed) {
            synchronized (pair) {
                pair.count++;
                if (pair.count >= free) {
                    pair.notBefore = System.nanoTime() + delay(pair.count);
                }
            }
            addressBucket.tryConsume(1);
            throw failed;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }

    /** The wait after {@code failures} in a row: the first delay, doubled for each failure past the free ones. */
    private long delay(int failures) {
        long delay = firstDelayNanos;
        for (int i = free; i < failures && delay < longestDelayNanos; i++) {
            delay *= 2;
        }
        return Math.min(delay, longestDelayNanos);
    }

    /** The client's address; an IPv6 client usually holds a whole /64, so its addresses count as one. */
    private static String network(Authentication authentication) {
        if (!(authentication.getDetails() instanceof WebAuthenticationDetails web) || web.getRemoteAddress() == null) {
            return "unknown";
        }
        String address = web.getRemoteAddress();
        if (address.indexOf(':') < 0 || !IPV6_LITERAL.matcher(address).matches()) {
            return address;
        }
        try {
            // A literal: no name is looked up.
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
        } catch (UnknownHostException e) {
            return address;
        }
    }
}

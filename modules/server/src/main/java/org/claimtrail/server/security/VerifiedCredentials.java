package org.claimtrail.server.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;

/**
 * HTTP Basic sends the password with every request, and checking it against its bcrypt hash costs about 0.1 s of CPU:
 * a few clients would keep a small server busy hashing. This remembers, for a while, which username and password were
 * verified, the way directory-backed realms do. It keeps no password, only an HMAC of it and of the account's stored
 * hash under a key made at start and never stored, and only successes: a wrong password is always checked against
 * the hash, and a changed password (a new stored hash) or a removed account no longer matches what was remembered.
 */
final class VerifiedCredentials implements AuthenticationProvider {

    private static final String HMAC = "HmacSHA256";

    private final AuthenticationProvider delegate;
    private final UserDetailsService accounts;
    private final Cache<String, Authentication> verified;
    private final SecretKey key;

    VerifiedCredentials(AuthenticationProvider delegate, UserDetailsService accounts, Duration timeToLive) {
        this.delegate = delegate;
        this.accounts = accounts;
        this.verified = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(10_000).build();
        try {
            this.key = KeyGenerator.getInstance(HMAC).generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + HMAC, e);
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (!(authentication.getCredentials() instanceof String password)) {
            return delegate.authenticate(authentication);
        }
        String stored;
        try {
            stored = accounts.loadUserByUsername(authentication.getName()).getPassword();
        } catch (UsernameNotFoundException unknown) {
            return delegate.authenticate(authentication);
        }
        String entry = authentication.getName() + ':' + fingerprint(password + '\u0000' + stored);
        // Concurrent requests that miss the same entry (as when it expires under load) wait for one bcrypt check.
        return verified.get(entry, missing -> {
            Authentication result = delegate.authenticate(authentication);
            return result != null && result.isAuthenticated() ? result : null;
        });
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication)
                && delegate.supports(authentication);
    }

    private String fingerprint(String password) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + HMAC, e);
        }
    }
}

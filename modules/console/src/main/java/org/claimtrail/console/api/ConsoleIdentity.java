package org.claimtrail.console.api;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Who a console request acts for, as the REST API is told: the signed-in user's name and roles, an expiry a minute
 * ahead, and an HMAC over them under a key that only the console's nodes know. The console calls the API with it in
 * {@link #HEADER}; the API's security accepts it like a password it has checked. The key is made at start unless
 * {@code claimtrail.console.key} sets one (the same on every node, when the console calls another node's API).
 */
public final class ConsoleIdentity {

    public static final String HEADER = "X-Claimtrail-Console-User";
    private static final Duration VALIDITY = Duration.ofMinutes(1);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** The user a verified header names. */
    public record User(String name, List<String> roles) {
    }

    private final SecretKeySpec key;
    private final Clock clock;

    ConsoleIdentity(byte[] key, Clock clock) {
        if (key.length < 32) {
            throw new IllegalArgumentException("claimtrail.console.key must hold at least 32 bytes (base64)");
        }
        this.key = new SecretKeySpec(key, "HmacSHA256");
        this.clock = clock;
    }

    /** Under {@code base64Key}, or a fresh random key when it is blank. */
    public static ConsoleIdentity withKey(String base64Key) {
        byte[] key;
        if (base64Key == null || base64Key.isBlank()) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        } else {
            key = Base64.getDecoder().decode(base64Key.strip());
        }
        return new ConsoleIdentity(key, Clock.systemUTC());
    }

    public String sign(String user, List<String> roles) {
        String claims = ENCODER.encodeToString(user.getBytes(StandardCharsets.UTF_8)) + "."
                + String.join(",", roles) + "." + clock.instant().plus(VALIDITY).getEpochSecond();
        return claims + "." + ENCODER.encodeToString(mac(claims));
    }

    /** The user the header names, if its signature holds and it has not expired. */
    public Optional<User> verify(String header) {
        if (header == null) {
            return Optional.empty();
        }
        int lastDot = header.lastIndexOf('.');
        if (lastDot < 0) {
            return Optional.empty();
        }
        String claims = header.substring(0, lastDot);
        byte[] signature;
        try {
            signature = DECODER.decode(header.substring(lastDot + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(mac(claims), signature)) {
            return Optional.empty();
        }
        String[] parts = claims.split("\\.", -1);
        if (parts.length != 3 || Long.parseLong(parts[2]) < clock.instant().getEpochSecond()) {
            return Optional.empty();
        }
        String name = new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8);
        List<String> roles = parts[1].isEmpty() ? List.of() : Arrays.asList(parts[1].split(","));
        return Optional.of(new User(name, List.copyOf(roles)));
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

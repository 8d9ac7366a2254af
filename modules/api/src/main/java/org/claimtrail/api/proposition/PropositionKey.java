package org.claimtrail.api.proposition;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.regex.Pattern;

/** Names the question that several claims answer, such as {@code dprk-troops-in-russia-2024}. */
public record PropositionKey(String value) {

    /** Anchored, because OpenAPI's validators (ECMA-262) look for the pattern anywhere in the value. */
    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final int MAX_LENGTH = 64;
    private static final Pattern SLUG = Pattern.compile(PATTERN);

    public PropositionKey {
        Objects.requireNonNull(value, "value");
        if (value.length() > MAX_LENGTH || !SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException("a proposition key is a lower-case slug of at most 64 characters");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PropositionKey of(String value) {
        return new PropositionKey(value);
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** The aggregate identifier in the event store, prefixed so that no key can take a claim's stream. */
    @Override
    public String toString() {
        return "proposition:" + value;
    }
}

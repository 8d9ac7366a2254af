package org.claimtrail.api.claim;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies one claim and its event stream. Written as the plain UUID string everywhere. */
public record ClaimId(UUID value) {

    public ClaimId {
        Objects.requireNonNull(value, "value");
    }

    public static ClaimId random() {
        return new ClaimId(UUID.randomUUID());
    }

    /** @throws IllegalArgumentException when the text is not a UUID */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ClaimId of(String value) {
        return new ClaimId(UUID.fromString(value));
    }

    /** Axon uses this as the aggregate identifier in the event store. */
    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}

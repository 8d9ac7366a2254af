package org.claimtrail.api;

import org.axonframework.messaging.Message;

/**
 * The metadata every command and event carries besides its payload: who caused it and in which HTTP request.
 * The server sets both on commands; Axon copies them onto the events and onto the commands those cause in turn.
 */
public final class EventMetadata {

    /** The authenticated user who caused the message, or {@code claimtrail} for what the server did by itself. */
    public static final String ACTOR = "actor";
    /** The correlation id of the HTTP request that caused the message. */
    public static final String REQUEST_ID = "requestId";
    /**
     * On a {@code ClaimProposed}: the claim was registered on its proposition in the proposal's own transaction, so
     * the conflict policy has nothing to register (docs/architecture.md, conflicts at scale). Proposals stored before
     * registration moved into the proposal do not carry it, and the policy registers those.
     */
    public static final String REGISTERED_WITH_PROPOSAL = "registeredWithProposal";

    private EventMetadata() {
    }

    /** The metadata value under {@code key} as text, or null when the message has none. */
    public static String text(Message<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}

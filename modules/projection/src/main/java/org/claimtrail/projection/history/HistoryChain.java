package org.claimtrail.projection.history;

import org.claimtrail.platform.claim.ClaimStates;
import org.axonframework.eventhandling.DomainEventMessage;
import org.claimtrail.api.claim.ClaimEvent;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.EventHash;
import org.springframework.stereotype.Component;

import java.util.List;

/** Recomputes a claim's hash chain from the events as stored, to find any that were altered. */
@Component
class HistoryChain {

    private final ClaimStates claims;

    HistoryChain(ClaimStates claims) {
        this.claims = claims;
    }

    ChainVerification verify(ClaimId id) {
        List<DomainEventMessage<?>> history = claims.events(id);
        String previous = EventHash.GENESIS;
        for (DomainEventMessage<?> event : history) {
            Object stored = event.getMetaData().get(EventHash.METADATA_KEY);
            String expected;
            try {
                expected = EventHash.next(previous, event.getSequenceNumber(), (ClaimEvent) event.getPayload());
            } catch (RuntimeException unreadable) {
                return broken(history, event, "The stored event cannot be read.");
            }
            if (stored == null) {
                return broken(history, event, "The event carries no hash.");
            }
            if (!expected.equals(stored)) {
                return broken(history, event, "The event's content or position does not match its hash.");
            }
            previous = expected;
        }
        return ChainVerification.intact(history.size());
    }

    private static ChainVerification broken(List<DomainEventMessage<?>> history, DomainEventMessage<?> event,
                                            String reason) {
        return ChainVerification.broken(history.size(), event.getSequenceNumber(), event.getIdentifier(), reason);
    }
}

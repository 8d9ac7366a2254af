package org.claimtrail.projection.claim;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.claimtrail.api.claim.ClaimEvent;
import org.claimtrail.api.claim.ClaimView;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** Keeps the {@code claim_view} table in step with the event store. */
@Component
@ProcessingGroup(ClaimProjection.PROCESSING_GROUP)
class ClaimProjection {

    static final String PROCESSING_GROUP = "claims";

    private final ClaimViewRepository views;

    ClaimProjection(ClaimViewRepository views) {
        this.views = views;
    }

    @EventHandler
    void on(ClaimEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Optional<ClaimView> stored = views.find(event.claimId());
        // A replayed event the table already holds changes nothing.
        if (stored.isPresent() && stored.get().version() >= sequence) {
            return;
        }
        views.save(ClaimView.evolve(stored.orElse(null), event, sequence, at));
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
    }
}

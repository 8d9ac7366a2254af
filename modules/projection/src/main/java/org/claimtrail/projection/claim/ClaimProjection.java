package org.claimtrail.projection.claim;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.claimtrail.api.claim.ClaimEvent;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.projection.BatchWrites;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Keeps the {@code claim_view} table in step with the event store. */
@Component
@ProcessingGroup(ClaimProjection.PROCESSING_GROUP)
class ClaimProjection {

    static final String PROCESSING_GROUP = "claims";

    /** The views a batch of events changed, by claim. */
    private static final String PENDING = ClaimProjection.class.getName() + ".pending";

    private final ClaimViewRepository views;

    ClaimProjection(ClaimViewRepository views) {
        this.views = views;
    }

    @EventHandler
    void on(ClaimEvent event, @SequenceNumber long sequence, @Timestamp Instant at, UnitOfWork<?> unitOfWork) {
        Map<ClaimId, ClaimView> batch = BatchWrites.of(unitOfWork, PENDING, LinkedHashMap::new,
                pending -> views.saveAll(pending.values()));
        ClaimView current = batch.containsKey(event.claimId()) || sequence == 0
                ? batch.get(event.claimId())
                : views.find(event.claimId()).orElse(null);
        // A replayed event the table already holds changes nothing (and the save keeps a later stored version).
        if (current != null && current.version() >= sequence) {
            return;
        }
        batch.put(event.claimId(), ClaimView.evolve(current, event, sequence, at));
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
    }
}

package org.claimtrail.projection.claim;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.claimtrail.api.claim.ClaimEvent;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.platform.claim.ClaimFoldCache;
import org.claimtrail.projection.BatchWrites;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

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
    /**
     * The claims folded from the event store, with the last fold of each kept: handled in order, an event is folded
     * onto the view before it without a read. An instance of its own, because a cache shared with the relay would run
     * ahead of this processor, and a fold asked for behind the cache starts again from the claim's first event.
     */
    private final ClaimFoldCache claims;

    ClaimProjection(ClaimViewRepository views, EventStore eventStore,
                    @Value("${claimtrail.claim-states.cache-size:10000}") long cacheSize) {
        this.views = views;
        this.claims = new ClaimFoldCache(eventStore, cacheSize);
    }

    /** The batch keeps each claim's latest view; its save keeps a later version the table already holds. */
    @EventHandler
    void on(ClaimEvent event, DomainEventMessage<?> message, UnitOfWork<?> unitOfWork) {
        Map<ClaimId, ClaimView> batch = BatchWrites.of(unitOfWork, PENDING, LinkedHashMap::new,
                pending -> views.saveAll(pending.values()));
        batch.put(event.claimId(), claims.after(message));
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
    }
}

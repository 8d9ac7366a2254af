package org.claimtrail.projection.claim;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import org.springframework.beans.factory.annotation.Value;
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
    /**
     * The views this node's last committed batches made, by claim. A view is a fold of the claim's stream, so the one
     * at the version before an event's is the view that event follows, whichever node stored it: a verdict needs no
     * read of the table. Views enter after their batch commits, so a batch rolled back leaves nothing here.
     */
    private final Cache<ClaimId, ClaimView> stored;

    ClaimProjection(ClaimViewRepository views, @Value("${claimtrail.projection.view-cache.size:10000}") long size) {
        this.views = views;
        this.stored = Caffeine.newBuilder().maximumSize(size).build();
    }

    @EventHandler
    void on(ClaimEvent event, @SequenceNumber long sequence, @Timestamp Instant at, UnitOfWork<?> unitOfWork) {
        Map<ClaimId, ClaimView> batch = BatchWrites.of(unitOfWork, PENDING, LinkedHashMap::new,
                pending -> views.saveAll(pending.values()), stored::putAll);
        ClaimView current = batch.containsKey(event.claimId()) || sequence == 0
                ? batch.get(event.claimId())
                : before(event.claimId(), sequence);
        // A replayed event the table already holds changes nothing (and the save keeps a later stored version).
        if (current != null && current.version() >= sequence) {
            return;
        }
        batch.put(event.claimId(), ClaimView.evolve(current, event, sequence, at));
    }

    /** The claim's view before the event at {@code sequence}: the one stored last, or what the table holds. */
    private ClaimView before(ClaimId claim, long sequence) {
        ClaimView last = stored.getIfPresent(claim);
        return last != null && last.version() == sequence - 1 ? last : views.find(claim).orElse(null);
    }

    @ResetHandler
    void reset() {
        stored.invalidateAll();
        views.deleteAll();
    }
}

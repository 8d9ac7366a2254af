package org.claimtrail.console.claim;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.console.api.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.UUID;

/**
 * A claim as of its newest stored event. {@code GET /api/v1/claims/{id}} reads the read table, which trails the
 * event store by up to a second or so; a page rendered from it could show an old version, and a decision taken on
 * it would be refused as stale. So the claim's last sequence number is read from the event store (one indexed
 * lookup, the same store the live feed reads) and the API is asked again until its answer has that version, for
 * at most {@link #CATCH_UP}; after a write, the claim the write answered with (the command side's, exact) is shown
 * when it is the newest.
 */
@Component
class ClaimReader {

    static final Duration CATCH_UP = Duration.ofSeconds(3);
    private static final long POLL_MILLIS = 100;

    private final ApiClient api;
    private final EventStore eventStore;
    private final Duration catchUp;

    @Autowired
    ClaimReader(ApiClient api, EventStore eventStore) {
        this(api, eventStore, CATCH_UP);
    }

    ClaimReader(ApiClient api, EventStore eventStore, Duration catchUp) {
        this.api = api;
        this.eventStore = eventStore;
        this.catchUp = catchUp;
    }

    /** The claim at its newest version; {@code written} is what a write just answered, or null. */
    ClaimView newest(UUID id, ClaimView written) {
        long head = eventStore.lastSequenceNumberFor(id.toString()).orElse(-1L);
        if (written != null && written.version() >= head) {
            return written;
        }
        ClaimView view = read(id);
        long deadline = System.nanoTime() + catchUp.toNanos();
        while (view.version() < head && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            view = read(id);
        }
        return written != null && written.version() > view.version() ? written : view;
    }

    private ClaimView read(UUID id) {
        return api.get("/api/v1/claims/" + id, ClaimView.class);
    }
}

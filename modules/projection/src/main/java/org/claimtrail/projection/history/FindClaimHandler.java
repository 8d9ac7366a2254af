package org.claimtrail.projection.history;

import org.axonframework.queryhandling.QueryHandler;
import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.api.claim.FindClaim;
import org.springframework.stereotype.Component;

/** Answers {@link FindClaim} from the event store, so that the write side can show a claim right after a change. */
@Component
class FindClaimHandler {

    private final ClaimEventStream events;

    FindClaimHandler(ClaimEventStream events) {
        this.events = events;
    }

    @QueryHandler
    ClaimView handle(FindClaim query) {
        return events.rebuild(query.claimId(), query.asOf());
    }
}

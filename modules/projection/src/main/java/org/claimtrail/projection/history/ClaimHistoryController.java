package org.claimtrail.projection.history;

import org.claimtrail.api.claim.ClaimId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class ClaimHistoryController {

    private final ClaimEventStream events;
    private final HistoryChain chain;

    ClaimHistoryController(ClaimEventStream events, HistoryChain chain) {
        this.events = events;
        this.chain = chain;
    }

    @GetMapping("/api/v1/claims/{id}/history")
    List<HistoryEntry> history(@PathVariable ClaimId id) {
        return events.read(id).stream().map(HistoryEntry::of).toList();
    }

    @GetMapping("/api/v1/claims/{id}/history/verify")
    ChainVerification verify(@PathVariable ClaimId id) {
        return chain.verify(id);
    }
}

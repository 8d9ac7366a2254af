package org.claimtrail.projection.history;

import org.claimtrail.platform.claim.ClaimStates;
import org.claimtrail.api.claim.ClaimId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class ClaimHistoryController {

    private final ClaimStates claims;
    private final HistoryChain chain;

    ClaimHistoryController(ClaimStates claims, HistoryChain chain) {
        this.claims = claims;
        this.chain = chain;
    }

    @GetMapping("/api/v1/claims/{id}/history")
    List<HistoryEntry> history(@PathVariable ClaimId id) {
        return claims.events(id).stream().map(HistoryEntry::of).toList();
    }

    @GetMapping("/api/v1/claims/{id}/history/verify")
    ChainVerification verify(@PathVariable ClaimId id) {
        return chain.verify(id);
    }
}

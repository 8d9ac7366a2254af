package org.claimtrail.projection.history;

import org.claimtrail.api.claim.ClaimId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class ClaimHistoryController {

    private final ClaimEventStream events;

    ClaimHistoryController(ClaimEventStream events) {
        this.events = events;
    }

    @GetMapping("/api/v1/claims/{id}/history")
    List<HistoryEntry> history(@PathVariable ClaimId id) {
        return events.read(id).stream().map(HistoryEntry::of).toList();
    }
}

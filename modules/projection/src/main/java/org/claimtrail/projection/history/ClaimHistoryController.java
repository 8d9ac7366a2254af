package org.claimtrail.projection.history;

import org.claimtrail.api.audit.ChainVerification;
import org.claimtrail.api.audit.HistoryBundle;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.platform.claim.ClaimFoldCache;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class ClaimHistoryController {

    private final ClaimFoldCache claims;
    private final HistoryChain chain;

    ClaimHistoryController(ClaimFoldCache claims, HistoryChain chain) {
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

    /**
     * A download: the bundle's events hold their metadata and payload as JSON trees, which the web layer writes as
     * they are, so every value reads back exactly as the offline verifier hashes it.
     */
    @GetMapping("/api/v1/claims/{id}/history/export")
    ResponseEntity<HistoryBundle> export(@PathVariable ClaimId id) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"claim-" + id + "-history.json\"")
                .body(chain.bundle(id));
    }
}

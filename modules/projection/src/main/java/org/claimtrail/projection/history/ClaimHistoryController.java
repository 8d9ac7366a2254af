package org.claimtrail.projection.history;

import org.claimtrail.audit.chain.ChainVerification;
import org.claimtrail.audit.chain.HistoryBundle;
import org.claimtrail.audit.verify.HistoryChain;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.platform.claim.ClaimFoldCache;
import org.claimtrail.platform.endpoint.ApiTag;
import org.claimtrail.platform.endpoint.Endpoint;
import org.claimtrail.platform.role.NodeRole;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static org.claimtrail.platform.endpoint.ProblemType.NOT_FOUND;
import static org.claimtrail.platform.endpoint.UserRole.ADMIN;
import static org.claimtrail.platform.endpoint.UserRole.AUDITOR;
import static org.claimtrail.platform.endpoint.UserRole.EDITOR;

@RestController
class ClaimHistoryController {

    private final ClaimFoldCache claims;
    private final HistoryChain chain;

    ClaimHistoryController(ClaimFoldCache claims, HistoryChain chain) {
        this.claims = claims;
        this.chain = chain;
    }

    @GetMapping("/api/v1/claims/{id}/history")
    @Endpoint(servedBy = NodeRole.PROJECTION, users = {AUDITOR, EDITOR, ADMIN}, tag = ApiTag.HISTORY,
            operationId = "getHistory", summary = "Read a claim's history",
            description = "Every event of the claim in order, read from the event store: who did what, when, and why, "
                    + "with the hash that chains each event to the one before.",
            problems = NOT_FOUND, responseExample = "history")
    List<HistoryEntry> history(@PathVariable ClaimId id) {
        return claims.events(id).stream().map(HistoryEntry::of).toList();
    }

    @GetMapping("/api/v1/claims/{id}/history/verify")
    @Endpoint(servedBy = NodeRole.PROJECTION, users = {AUDITOR, EDITOR, ADMIN}, tag = ApiTag.HISTORY,
            operationId = "verifyHistory", summary = "Verify a claim's hash chain",
            description = "Recomputes the claim's hash chain and compares it with the latest signed checkpoint of its "
                    + "head: intact, or the first event that is altered, reordered or missing, named.",
            problems = NOT_FOUND, responseExample = "chainVerification")
    ChainVerification verify(@PathVariable ClaimId id) {
        return chain.verify(id);
    }

    /**
     * A download: the bundle's events hold their metadata and payload as JSON trees, which the web layer writes as
     * they are, so every value reads back exactly as the offline verifier hashes it.
     */
    @GetMapping("/api/v1/claims/{id}/history/export")
    // The offline bundle is for auditors, as docs/api.md has it.
    @Endpoint(servedBy = NodeRole.PROJECTION, users = AUDITOR, tag = ApiTag.HISTORY,
            operationId = "exportHistory", summary = "Export a claim's history for offline verification",
            description = "A self-contained JSON bundle: every stored field of every event (identifier, type, "
                    + "aggregate, sequence, timestamp as stored, metadata, payload), their hashes and the latest "
                    + "signed checkpoint of the claim's head. `verify-history BUNDLE --public-key KEY.pem` of the "
                    + "local jar checks it with no server and no database.",
            problems = NOT_FOUND, responseExample = "historyBundle")
    ResponseEntity<HistoryBundle> export(@PathVariable ClaimId id) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"claim-" + id + "-history.json\"")
                .body(chain.bundle(id));
    }
}

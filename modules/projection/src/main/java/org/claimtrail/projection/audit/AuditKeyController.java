package org.claimtrail.projection.audit;

import org.claimtrail.api.NotFound;
import org.claimtrail.audit.chain.Ed25519;
import org.claimtrail.audit.checkpoint.AuditKeys;
import org.claimtrail.audit.verify.StoreAudit;
import org.claimtrail.audit.verify.StoreVerification;
import org.claimtrail.platform.endpoint.ApiTag;
import org.claimtrail.platform.endpoint.Endpoint;
import org.claimtrail.platform.endpoint.ProblemType;
import org.claimtrail.platform.role.NodeRole;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.claimtrail.platform.endpoint.UserRole.ADMIN;
import static org.claimtrail.platform.endpoint.UserRole.AUDITOR;

/** The audit public key, for offline verification, and the check of the store against its latest checkpoint. */
@RestController
class AuditKeyController {

    static final String PEM = "application/x-pem-file";

    private final AuditKeys keys;
    private final StoreAudit store;

    AuditKeyController(AuditKeys keys, StoreAudit store) {
        this.keys = keys;
        this.store = store;
    }

    @GetMapping(value = "/api/v1/audit/public-key", produces = PEM)
    @Endpoint(servedBy = NodeRole.PROJECTION, users = {AUDITOR, ADMIN}, tag = ApiTag.AUDIT,
            operationId = "getAuditPublicKey", summary = "Read the audit public key",
            description = "The Ed25519 public key (PEM) that verifies signed chain heads and store checkpoints; 404 "
                    + "when the server has no audit key.",
            problems = ProblemType.NOT_FOUND, responseExample = "auditPublicKey")
    String publicKey() {
        return keys.publicKey().map(Ed25519::pem)
                .orElseThrow(() -> new NotFound("No audit key is configured (claimtrail.audit.signing-key)."));
    }

    @GetMapping("/api/v1/audit/store-checkpoint/verify")
    @Endpoint(servedBy = NodeRole.PROJECTION, users = {AUDITOR, ADMIN}, tag = ApiTag.AUDIT,
            operationId = "verifyStore", summary = "Verify that no claim vanished",
            description = "Checks the latest signed store checkpoint (a Merkle root over every claim's signed head) and "
                    + "that each head it covers is still in the event store; lists vanished and damaged claims. 404 "
                    + "before the first store checkpoint.",
            problems = ProblemType.NOT_FOUND, responseExample = "storeVerification")
    StoreVerification verifyStore() {
        return store.verify();
    }
}

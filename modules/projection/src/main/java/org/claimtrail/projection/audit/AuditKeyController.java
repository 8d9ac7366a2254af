package org.claimtrail.projection.audit;

import org.claimtrail.api.NotFound;
import org.claimtrail.api.audit.Ed25519;
import org.claimtrail.platform.audit.AuditKeys;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

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
    String publicKey() {
        return keys.publicKey().map(Ed25519::pem)
                .orElseThrow(() -> new NotFound("No audit key is configured (claimtrail.audit.signing-key)."));
    }

    @GetMapping("/api/v1/audit/store-checkpoint/verify")
    StoreVerification verifyStore() {
        return store.verify();
    }
}

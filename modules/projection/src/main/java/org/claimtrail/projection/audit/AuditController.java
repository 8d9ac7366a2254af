package org.claimtrail.projection.audit;

import org.claimtrail.api.InvalidFieldException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.claimtrail.api.claim.ClaimEvent;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.platform.endpoint.ApiTag;
import org.claimtrail.platform.endpoint.Endpoint;
import org.claimtrail.platform.role.NodeRole;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.claimtrail.platform.endpoint.UserRole.ADMIN;
import static org.claimtrail.platform.endpoint.UserRole.AUDITOR;

/** {@code GET /api/v1/audit}: events across claims, newest first, such as everything reviewer2 did this week. */
@RestController
class AuditController {

    /** The event types a filter may name: ClaimProposed, VerdictSubmitted… */
    private static final Set<String> TYPES = Arrays.stream(ClaimEvent.class.getPermittedSubclasses())
            .map(Class::getSimpleName)
            .collect(Collectors.toUnmodifiableSet());

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/api/v1/audit")
    @Endpoint(servedBy = NodeRole.PROJECTION, users = {AUDITOR, ADMIN}, tag = ApiTag.AUDIT,
            operationId = "searchAudit", summary = "Search the audit log",
            description = "Events across claims, newest first, filtered by actor, claim, event type and time.",
            responseExample = "auditPage")
    AuditPage search(@RequestParam(required = false) @Size(max = 255) String actor,
                     @RequestParam(required = false) ClaimId claimId,
                     @RequestParam(required = false) String type,
                     @RequestParam(required = false) Instant from,
                     @RequestParam(required = false) Instant to,
                     @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                     @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        if (type != null && !TYPES.contains(type)) {
            throw new InvalidFieldException("type", "must be one of " + TYPES);
        }
        return log.search(new AuditLog.Filter(actor, claimId, type, from, to), page, size);
    }
}

package org.claimtrail.command.claim;

import jakarta.validation.constraints.Min;
import org.claimtrail.api.EvidenceLimitReached;
import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.api.claim.Limits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code claimtrail.limits.evidence-per-claim}: the most sources one claim may hold, those it was proposed with, those
 * attached as evidence and those of verdicts together; at least {@link Limits#SOURCES}, what a proposal may carry.
 */
@Validated
@ConfigurationProperties("claimtrail.limits")
public record EvidenceLimit(@DefaultValue("200") @Min(Limits.SOURCES) int evidencePerClaim) {

    /** Refuses {@code added} more sources on {@code claim} when they would take it past the limit. */
    void check(ClaimView claim, int added) {
        if (added > 0 && claim.sources().size() + added > evidencePerClaim) {
            throw new EvidenceLimitReached("This claim holds " + claim.sources().size() + " sources and may hold at most "
                    + evidencePerClaim + "; nothing was attached.");
        }
    }
}

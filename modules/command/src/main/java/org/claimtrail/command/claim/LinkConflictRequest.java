package org.claimtrail.command.claim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.Limits;

/** The body of {@code POST /api/v1/claims/{id}/conflicts}. */
record LinkConflictRequest(@NotNull ClaimId withClaimId, @NotBlank @Size(max = Limits.RATIONALE) String reason) {
}

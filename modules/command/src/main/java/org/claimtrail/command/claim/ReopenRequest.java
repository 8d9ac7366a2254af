package org.claimtrail.command.claim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.claimtrail.api.claim.Limits;

/** The body of {@code POST /api/v1/claims/{id}/reopen}. */
record ReopenRequest(@NotBlank @Size(max = Limits.RATIONALE) String reason) {
}

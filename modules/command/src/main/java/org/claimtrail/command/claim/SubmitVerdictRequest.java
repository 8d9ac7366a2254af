package org.claimtrail.command.claim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.Limits;
import org.claimtrail.api.claim.Source;
import org.claimtrail.api.claim.SubmitVerdict;
import org.claimtrail.api.claim.Verdict;

import java.util.List;

/** The body of {@code POST /api/v1/claims/{id}/verdicts}. */
record SubmitVerdictRequest(
        @NotNull Verdict verdict,
        @NotBlank @Size(max = Limits.RATIONALE) String rationale,
        @Size(max = Limits.SOURCES) List<@Valid @NotNull Source> evidence) {

    SubmitVerdict toCommand(ClaimId id, String reviewer, Long expectedVersion) {
        return new SubmitVerdict(id, reviewer, verdict, rationale, evidence == null ? List.of() : evidence,
                expectedVersion);
    }
}

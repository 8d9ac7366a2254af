package org.claimtrail.command.claim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.Limits;
import org.claimtrail.api.claim.ProposeClaim;
import org.claimtrail.api.claim.Source;
import org.claimtrail.api.proposition.PropositionKey;

import java.util.List;

/** The body of {@code POST /api/v1/claims}. */
record ProposeClaimRequest(
        @NotBlank @Size(max = Limits.STATEMENT) String statement,
        @Size(max = PropositionKey.MAX_LENGTH)
        @Pattern(regexp = PropositionKey.PATTERN, message = "must be a lower-case slug such as dprk-troops-in-russia-2024")
        String proposition,
        @Valid QuantityRequest quantity,
        @Size(max = Limits.NAME) String attributedTo,
        @NotEmpty @Size(max = Limits.SOURCES) List<@Valid @jakarta.validation.constraints.NotNull Source> sources) {

    ProposeClaim toCommand(ClaimId id, String proposedBy) {
        return new ProposeClaim(id, statement.strip(), proposition, quantity == null ? null : quantity.toQuantity(),
                attributedTo, sources, proposedBy);
    }
}

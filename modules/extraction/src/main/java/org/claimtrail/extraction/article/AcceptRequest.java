package org.claimtrail.extraction.article;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.claimtrail.api.InvalidFieldException;
import org.claimtrail.api.claim.Limits;
import org.claimtrail.api.claim.Qualifier;
import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.proposition.PropositionKey;

import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /api/v1/extractions/{id}/accept}: the candidates a person chose, each with the fields
 * they corrected; a field left out keeps the machine's reading.
 */
record AcceptRequest(@NotEmpty @Size(max = 100) List<@Valid @NotNull Accepted> candidates) {

    record Accepted(
            @NotNull Integer id,
            @Size(max = Limits.STATEMENT) String statement,
            @Size(max = PropositionKey.MAX_LENGTH)
            @Pattern(regexp = PropositionKey.PATTERN, message = "must be a lower-case slug such as dprk-troops-in-russia-2024")
            String proposition,
            @Valid QuantityCorrection quantity,
            @Size(max = Limits.NAME) String attributedTo) {
    }

    /** A quantity in the form the candidate shows it. */
    record QuantityCorrection(BigDecimal lower, BigDecimal upper, @NotBlank @Size(max = 64) String unit,
                              @NotNull Qualifier qualifier) {

        Quantity toQuantity(String field) {
            try {
                return new Quantity(lower, upper, unit, qualifier);
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException(field, e.getMessage());
            }
        }
    }
}

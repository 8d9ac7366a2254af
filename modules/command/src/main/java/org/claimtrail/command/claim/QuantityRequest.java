package org.claimtrail.command.claim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.claimtrail.api.claim.Qualifier;
import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.InvalidFieldException;

import java.math.BigDecimal;

/** A quantity as a client writes it: a value with a qualifier, or a range of lower and upper. */
record QuantityRequest(BigDecimal value, Qualifier qualifier, BigDecimal lower, BigDecimal upper,
                       @NotBlank @Size(max = 64) String unit) {

    Quantity toQuantity() {
        try {
            if (value != null) {
                if (lower != null || upper != null) {
                    throw new IllegalArgumentException("give either value and qualifier, or lower and upper");
                }
                return Quantity.of(value, qualifier == null ? Qualifier.EXACT : qualifier, unit);
            }
            if (lower == null || upper == null) {
                throw new IllegalArgumentException("give a value, or both lower and upper");
            }
            if (qualifier != null && qualifier != Qualifier.RANGE) {
                throw new IllegalArgumentException("a range takes no qualifier but RANGE");
            }
            return Quantity.between(lower, upper, unit);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("quantity", e.getMessage());
        }
    }
}

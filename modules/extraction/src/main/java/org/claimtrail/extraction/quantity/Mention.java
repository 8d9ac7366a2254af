package org.claimtrail.extraction.quantity;

import org.claimtrail.api.claim.Qualifier;
import org.claimtrail.api.claim.Quantity;

import java.math.BigDecimal;

/**
 * A quantity a sentence states: its value (or the bounds of a range), how it is qualified, the unit as written
 * ("soldiers"), the phrase that says what is counted ("North Korean soldiers"), and where it stands.
 *
 * @param anchor   the index of the number's first token in the sentence
 * @param start    the character offset of the phrase's first token (the qualifier's, when there is one)
 * @param end      the character offset after the phrase's last token (the unit's)
 * @param value    the stated value, or the lower bound of a range
 * @param upper    the upper bound of a range, otherwise null
 * @param hedged   whether the sentence hedges the number ("could supply", "reportedly")
 * @param vague    whether the number is a vague multiple ("dozens of", "hundreds of thousands of")
 */
public record Mention(int anchor, int start, int end, BigDecimal value, BigDecimal upper, Qualifier qualifier,
                      String unit, String counted, boolean hedged, boolean vague) {

    /** The quantity in the API's form, in {@code unit} (the written unit once normalised). */
    public Quantity quantity(String unit) {
        return qualifier == Qualifier.RANGE ? Quantity.between(value, upper, unit) : Quantity.of(value, qualifier, unit);
    }
}

package org.claimtrail.api.proposition;

import java.util.Objects;

/**
 * The claims on a proposition that state one interval in one unit, numbered in the order they appeared: a claim that
 * disagrees with them conflicts with the side as a whole, so a crowded proposition costs one link per claim and side
 * instead of one per pair of claims. {@code quantity} says what the side states, as its first claim put it.
 */
public record PropositionSide(String proposition, int number, String quantity) {

    public PropositionSide {
        Objects.requireNonNull(proposition, "proposition");
        Objects.requireNonNull(quantity, "quantity");
    }
}

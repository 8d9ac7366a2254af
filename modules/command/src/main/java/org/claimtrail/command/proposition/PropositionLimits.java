package org.claimtrail.command.proposition;

import jakarta.validation.constraints.Min;
import org.claimtrail.api.proposition.PropositionFull;
import org.claimtrail.api.proposition.PropositionKey;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code claimtrail.limits.claims-per-proposition} and {@code .sides-per-proposition}: how many claims one proposition
 * holds, and how many distinct intervals (sides) among them. They bound what a proposition costs to load and what one
 * side's change of standing can tell (docs/architecture.md, rule 9); a proposal past them is refused (docs/api.md).
 */
@Validated
@ConfigurationProperties("claimtrail.limits")
public record PropositionLimits(@DefaultValue("100000") @Min(1) int claimsPerProposition,
                                @DefaultValue("1000") @Min(1) int sidesPerProposition) {

    /** Refuses a claim more on a proposition holding {@code claims} claims on {@code sides} sides. */
    void check(PropositionKey key, int claims, int sides, boolean addsSide) {
        if (claims >= claimsPerProposition) {
            throw new PropositionFull("Proposition " + key.value() + " holds " + claims + " claims, as many as one "
                    + "proposition may (claimtrail.limits.claims-per-proposition); nothing was proposed.");
        }
        if (addsSide && sides >= sidesPerProposition) {
            throw new PropositionFull("Proposition " + key.value() + " has " + sides + " sides (distinct quantities), "
                    + "as many as one proposition may (claimtrail.limits.sides-per-proposition): propose a quantity "
                    + "one of its claims states, or none; nothing was proposed.");
        }
    }
}

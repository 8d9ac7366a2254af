package org.claimtrail.command.proposition;

import org.axonframework.modelling.command.Repository;
import org.claimtrail.api.claim.ProposeClaim;
import org.claimtrail.api.proposition.PropositionKey;
import org.claimtrail.api.quantity.UnitNormalizer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Registers a proposed claim on its proposition in the proposal's own unit of work, so that the claim and its
 * registration commit together or not at all, and a proposition past its limits refuses the proposal there and then
 * instead of a moment later in the conflict policy, where no client would hear of it.
 */
@Component
public class PropositionRegistrations {

    private final Repository<Proposition> propositions;
    private final UnitNormalizer units;
    private final PropositionLimits limits;

    public PropositionRegistrations(@Qualifier("propositionRepository") Repository<Proposition> propositions,
                                    UnitNormalizer units, PropositionLimits limits) {
        this.propositions = propositions;
        this.units = units;
        this.limits = limits;
    }

    /** Registers the claim of {@code proposal} on its proposition, if it names one; throws PropositionFull if full. */
    public void register(ProposeClaim proposal) {
        if (proposal.proposition() == null) {
            return;
        }
        PropositionKey key = PropositionKey.of(proposal.proposition());
        try {
            propositions.loadOrCreate(key.toString(), Proposition::new)
                    .execute(p -> p.register(key, proposal.claimId(), proposal.quantity(), units, limits));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Could not load proposition " + key.value(), e);
        }
    }
}

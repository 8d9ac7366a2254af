package org.claimtrail.command.proposition;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.proposition.ClaimRegistered;
import org.claimtrail.api.proposition.ConflictDetected;
import org.claimtrail.api.proposition.PropositionKey;
import org.claimtrail.api.proposition.RegisterClaim;
import org.claimtrail.api.quantity.ConflictRule;
import org.claimtrail.api.quantity.QuantityText;
import org.claimtrail.api.quantity.UnitNormalizer;
import org.claimtrail.command.AggregateConfiguration;

import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The claims that answer one question, and the comparison of their quantities. Registering claims one at a time
 * in one stream means two claims proposed at the same moment still meet: the second to be registered sees the
 * first, whichever node handles it.
 */
@Aggregate(snapshotTriggerDefinition = AggregateConfiguration.SNAPSHOTS, cache = AggregateConfiguration.CACHE)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Proposition {

    @AggregateIdentifier
    private PropositionKey key;
    private List<Registered> claims = new ArrayList<>();

    /** A registered claim's quantity (null: none) and its unit normalised for comparison. */
    record Registered(ClaimId claimId, Quantity quantity, String unit) {
    }

    protected Proposition() {
        // for Axon and snapshots
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterClaim command, UnitNormalizer units) {
        if (claims.stream().anyMatch(c -> c.claimId().equals(command.claimId()))) {
            return;
        }
        Quantity quantity = command.quantity();
        String unit = quantity == null ? null : units.normalize(quantity.unit());
        List<Registered> earlier = List.copyOf(claims);
        apply(new ClaimRegistered(command.key(), command.claimId(), quantity, unit));
        if (quantity == null) {
            return;
        }
        for (Registered other : earlier) {
            if (ConflictRule.cannotBothBeTrue(quantity, unit, other.quantity(), other.unit())) {
                apply(new ConflictDetected(command.key(), command.claimId(), other.claimId(),
                        QuantityText.conflictReason(quantity, other.quantity())));
            }
        }
    }

    @EventSourcingHandler
    void on(ClaimRegistered event) {
        key = event.key();
        claims.add(new Registered(event.claimId(), event.quantity(), event.unit()));
    }
}

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
import org.claimtrail.api.proposition.PropositionKey;
import org.claimtrail.api.proposition.RecordDenial;
import org.claimtrail.api.proposition.RegisterClaim;
import org.claimtrail.api.proposition.SideClaimDenied;
import org.claimtrail.api.proposition.SideClaimRestored;
import org.claimtrail.api.proposition.SideConflictFound;
import org.claimtrail.api.proposition.SideConflictSettled;
import org.claimtrail.api.quantity.QuantityText;
import org.claimtrail.api.quantity.UnitNormalizer;
import org.claimtrail.command.AggregateConfiguration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The claims that answer one question, grouped into sides by the interval they state, and the conflicts between
 * sides. A claim conflicts with each disagreeing side as a whole, so registering a claim costs the same however many
 * claims the proposition already holds; only a side that appears, or whose last standing claim is denied or restored,
 * tells the claims of the sides it disagrees with. Registering claims one at a time in one stream means two claims
 * proposed at the same moment still meet, whichever node handles them.
 */
@Aggregate(snapshotTriggerDefinition = AggregateConfiguration.SNAPSHOTS, cache = AggregateConfiguration.CACHE)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Proposition {

    @AggregateIdentifier
    private PropositionKey key;
    private List<Side> sides = new ArrayList<>();
    /** Every registered claim and the number of its side; 0 for a claim that states no number. */
    private Map<ClaimId, Integer> sideOf = new HashMap<>();

    protected Proposition() {
        // for Axon and snapshots
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterClaim command, UnitNormalizer units) {
        if (sideOf.containsKey(command.claimId())) {
            return;
        }
        Quantity quantity = command.quantity();
        if (quantity == null) {
            apply(new ClaimRegistered(command.key(), command.claimId(), null, null, null));
            return;
        }
        String unit = units.normalize(quantity.unit());
        Side side = sides.stream().filter(s -> s.states(quantity, unit)).findFirst().orElse(null);
        boolean sideStoodBefore = side != null && side.stands();
        int number = side == null ? sides.size() + 1 : side.number();
        apply(new ClaimRegistered(command.key(), command.claimId(), quantity, unit, number));
        Side joined = sides.get(number - 1);
        for (Side other : disagreeingWith(joined)) {
            apply(new SideConflictFound(key, command.claimId(), other.ref(key),
                    QuantityText.conflictReason(quantity, other.quantity()),
                    other.stands() ? null : other.lastDenied()));
            if (!sideStoodBefore) {
                tellClaimsOf(other, joined);
            }
        }
    }

    @CommandHandler
    public void handle(RecordDenial command) {
        Integer number = sideOf.get(command.claimId());
        if (number == null || number == 0) {
            return;
        }
        Side side = sides.get(number - 1);
        if (command.denied() == side.hasDenied(command.claimId())) {
            return;
        }
        if (command.denied()) {
            apply(new SideClaimDenied(key, command.claimId()));
            if (!side.stands()) {
                for (Side other : disagreeingWith(side)) {
                    other.claims().forEach(claim ->
                            apply(new SideConflictSettled(key, claim, side.ref(key), command.claimId())));
                }
            }
        } else {
            boolean stoodBefore = side.stands();
            apply(new SideClaimRestored(key, command.claimId()));
            if (!stoodBefore) {
                disagreeingWith(side).forEach(other -> tellClaimsOf(other, side));
            }
        }
    }

    /** Tells every claim of {@code side} that it conflicts with {@code standing}, which has a claim not denied. */
    private void tellClaimsOf(Side side, Side standing) {
        for (ClaimId claim : side.claims()) {
            apply(new SideConflictFound(key, claim, standing.ref(key), side.reasonAgainst(standing), null));
        }
    }

    private List<Side> disagreeingWith(Side side) {
        return sides.stream().filter(other -> other != side && side.disagreesWith(other)).toList();
    }

    @EventSourcingHandler
    void on(ClaimRegistered event) {
        key = event.key();
        if (event.quantity() == null) {
            sideOf.put(event.claimId(), 0);
            return;
        }
        // Claims registered before there were sides carry none: they join the side their interval belongs to.
        int number = event.side() != null ? event.side() : sides.stream()
                .filter(s -> s.states(event.quantity(), event.unit())).mapToInt(Side::number).findFirst()
                .orElse(sides.size() + 1);
        if (number > sides.size()) {
            sides.add(new Side(number, event.quantity(), event.unit()));
        }
        sides.get(number - 1).claims().add(event.claimId());
        sideOf.put(event.claimId(), number);
    }

    @EventSourcingHandler
    void on(SideClaimDenied event) {
        sides.get(sideOf.get(event.claimId()) - 1).denied().add(event.claimId());
    }

    @EventSourcingHandler
    void on(SideClaimRestored event) {
        sides.get(sideOf.get(event.claimId()) - 1).denied().remove(event.claimId());
    }
}

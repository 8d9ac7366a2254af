package org.claimtrail.command.proposition;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.proposition.ClaimRegistered;
import org.claimtrail.api.proposition.PropositionFull;
import org.claimtrail.api.proposition.PropositionKey;
import org.claimtrail.api.proposition.RecordDenial;
import org.claimtrail.api.proposition.RegisterClaim;
import org.claimtrail.api.proposition.SideClaimDenied;
import org.claimtrail.api.proposition.SideClaimRestored;
import org.claimtrail.api.proposition.SidesConflictFound;
import org.claimtrail.api.proposition.SidesConflictSettled;
import org.claimtrail.api.quantity.QuantityText;
import org.claimtrail.api.quantity.UnitNormalizer;
import org.claimtrail.command.AggregateConfiguration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The claims that answer one question, grouped into sides by the interval they state. A claim conflicts with the
 * sides that disagree with its own as one: the proposition tells it when the first of them stands and when the last
 * falls, and which they are is read from the proposition's sides (docs/architecture.md, rule 9). So a proposal costs
 * a few events however many sides and claims there are; only a side whose standing changes whether another side has
 * any standing rival tells that side's claims, once per claim and change. Registering claims one at a time in one
 * stream means two claims proposed at the same moment still meet, whichever node handles them.
 * <p>
 * The revision is that of the snapshot's form: a snapshot of an older form lacks the rival counts and is not used.
 */
@Aggregate(snapshotTriggerDefinition = AggregateConfiguration.SNAPSHOTS, cache = AggregateConfiguration.CACHE)
@Revision("2")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Proposition {

    @AggregateIdentifier
    private PropositionKey key;
    private List<Side> sides = new ArrayList<>();
    /** For each side, by number from 1 at index 0: how many standing sides disagree with it. */
    private List<Integer> standingRivals = new ArrayList<>();
    /** Every registered claim and the number of its side; 0 for a claim that states no number. */
    private Map<ClaimId, Integer> sideOf = new HashMap<>();

    protected Proposition() {
        // for Axon and snapshots
    }

    /**
     * A claim proposed before proposals were registered at once, which the conflict policy registers: it was
     * accepted then, so no cap refuses it now.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterClaim command, UnitNormalizer units) {
        register(command.key(), command.claimId(), command.quantity(), units, null);
    }

    /**
     * Registers the claim unless it is already, refusing it when {@code limits} (null for none) has no room for
     * it: a claim more, or a side more for a quantity no side states yet.
     */
    void register(PropositionKey proposition, ClaimId claimId, Quantity quantity, UnitNormalizer units,
                  PropositionLimits limits) {
        if (sideOf.containsKey(claimId)) {
            return;
        }
        String unit = quantity == null ? null : units.normalize(quantity.unit());
        Side side = quantity == null ? null
                : sides.stream().filter(s -> s.states(quantity, unit)).findFirst().orElse(null);
        if (limits != null) {
            limits.check(proposition, sideOf.size(), sides.size(), quantity != null && side == null);
        }
        if (quantity == null) {
            apply(new ClaimRegistered(proposition, claimId, null, null, null));
            return;
        }
        boolean stoodBefore = side != null && side.stands();
        int number = side == null ? sides.size() + 1 : side.number();
        apply(new ClaimRegistered(proposition, claimId, quantity, unit, number));
        Side joined = sides.get(number - 1);
        firstStandingRival(joined).ifPresent(rival ->
                apply(new SidesConflictFound(proposition, claimId,
                        QuantityText.conflictReason(quantity, rival.quantity()))));
        if (!stoodBefore) {
            tellRivalsTheyAreDisputed(joined);
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
        boolean stoodBefore = side.stands();
        if (command.denied()) {
            apply(new SideClaimDenied(key, command.claimId()));
            if (stoodBefore && !side.stands()) {
                // The rivals left with no standing side against them are disputed by none.
                for (Side rival : disagreeingWith(side)) {
                    if (rivalsOf(rival) == 0) {
                        rival.claims().forEach(claim ->
                                apply(new SidesConflictSettled(key, claim, command.claimId())));
                    }
                }
            }
        } else {
            apply(new SideClaimRestored(key, command.claimId()));
            if (!stoodBefore) {
                tellRivalsTheyAreDisputed(side);
            }
        }
    }

    /**
     * {@code side} has just come to stand: each side that disagrees with it and had no standing rival before (it has
     * one now, this one) tells its claims. A side that had one already tells nothing, so the crowd costs nothing.
     */
    private void tellRivalsTheyAreDisputed(Side side) {
        for (Side rival : disagreeingWith(side)) {
            if (rivalsOf(rival) == 1) {
                rival.claims().forEach(claim ->
                        apply(new SidesConflictFound(key, claim, rival.reasonAgainst(side))));
            }
        }
    }

    private Optional<Side> firstStandingRival(Side side) {
        return sides.stream().filter(other -> other.stands() && side.disagreesWith(other)).findFirst();
    }

    private List<Side> disagreeingWith(Side side) {
        return sides.stream().filter(side::disagreesWith).toList();
    }

    private int rivalsOf(Side side) {
        return standingRivals.get(side.number() - 1);
    }

    /** Each side that disagrees with {@code side} has one standing rival more ({@code +1}) or fewer ({@code -1}). */
    private void standingChanged(Side side, int change) {
        for (Side rival : disagreeingWith(side)) {
            standingRivals.set(rival.number() - 1, rivalsOf(rival) + change);
        }
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
            Side added = new Side(number, event.quantity(), event.unit());
            sides.add(added);
            standingRivals.add((int) sides.stream().filter(s -> s.stands() && added.disagreesWith(s)).count());
        }
        Side side = sides.get(number - 1);
        boolean stoodBefore = side.stands();
        side.claims().add(event.claimId());
        sideOf.put(event.claimId(), number);
        if (!stoodBefore) {
            standingChanged(side, 1);
        }
    }

    @EventSourcingHandler
    void on(SideClaimDenied event) {
        Side side = sides.get(sideOf.get(event.claimId()) - 1);
        boolean stoodBefore = side.stands();
        side.denied().add(event.claimId());
        if (stoodBefore && !side.stands()) {
            standingChanged(side, -1);
        }
    }

    @EventSourcingHandler
    void on(SideClaimRestored event) {
        Side side = sides.get(sideOf.get(event.claimId()) - 1);
        boolean stoodBefore = side.stands();
        side.denied().remove(event.claimId());
        if (!stoodBefore && side.stands()) {
            standingChanged(side, 1);
        }
    }
}

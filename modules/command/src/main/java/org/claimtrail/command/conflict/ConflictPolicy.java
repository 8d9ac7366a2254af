package org.claimtrail.command.conflict;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.claimtrail.api.EventMetadata;
import org.claimtrail.api.claim.ClaimProposed;
import org.claimtrail.api.claim.ClaimState;
import org.claimtrail.api.claim.CloseConflict;
import org.claimtrail.api.claim.ConflictClosed;
import org.claimtrail.api.claim.ConflictLinked;
import org.claimtrail.api.claim.CloseSidesConflict;
import org.claimtrail.api.claim.LinkConflict;
import org.claimtrail.api.claim.LinkSidesConflict;
import org.claimtrail.api.claim.SidesConflictClosed;
import org.claimtrail.api.claim.SidesConflictLinked;
import org.claimtrail.api.proposition.PropositionKey;
import org.claimtrail.api.proposition.RecordDenial;
import org.claimtrail.api.proposition.RegisterClaim;
import org.claimtrail.api.proposition.SideConflictFound;
import org.claimtrail.api.proposition.SideConflictSettled;
import org.claimtrail.api.proposition.SidesConflictFound;
import org.claimtrail.api.proposition.SidesConflictSettled;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Carries conflicts between aggregates: tells a claim when the sides of its proposition that disagree with it come to
 * have a standing one and when they have none left, mirrors a link or a closing between two claims onto the other
 * claim, and tells the proposition which of its claims stand denied. It runs in a streaming processor with its token
 * in PostgreSQL, and the commands it sends are idempotent, so a retry after a failure or a restart repeats nothing.
 * Its commands commit in the same transaction as its token.
 * <p>
 * A claim is registered on its proposition when it is proposed, in the same transaction; the registration here,
 * and the conflicts with one side at a time, carry what stores written before that still hold (docs/architecture.md).
 */
@Component
@ProcessingGroup(ConflictPolicy.PROCESSING_GROUP)
class ConflictPolicy {

    static final String PROCESSING_GROUP = "conflict-policy";
    /** The actor recorded for conflicts the server found by itself. */
    static final String SYSTEM_ACTOR = "claimtrail";

    private final CommandGateway commands;

    ConflictPolicy(CommandGateway commands) {
        this.commands = commands;
    }

    /**
     * Registers a claim proposed before proposals registered their claims themselves. A proposal that did carries
     * {@link EventMetadata#REGISTERED_WITH_PROPOSAL}, and is left alone: loading its proposition here would only
     * hold the proposition's lock for this batch, in the way of the proposals that follow.
     */
    @EventHandler
    void on(ClaimProposed event, @MetaDataValue(EventMetadata.REGISTERED_WITH_PROPOSAL) String registered) {
        if (event.proposition() != null && !Boolean.parseBoolean(registered)) {
            commands.sendAndWait(new RegisterClaim(PropositionKey.of(event.proposition()), event.claimId(),
                    event.quantity()));
        }
    }

    @EventHandler
    void on(SidesConflictFound event) {
        asSystem(new LinkSidesConflict(event.claimId(), event.key().value(), event.reason()));
    }

    @EventHandler
    void on(SidesConflictSettled event) {
        asSystem(new CloseSidesConflict(event.claimId(), event.key().value(), event.deniedClaimId()));
    }

    /** A denied claim linked late, or a denial taken back, changes whether its own side still stands. */
    @EventHandler
    void on(SidesConflictLinked event) {
        commands.sendAndWait(new RecordDenial(PropositionKey.of(event.proposition()), event.claimId(),
                event.state() == ClaimState.DENIED));
    }

    /** Only the claim's own denial is news to the proposition; a closing because the sides fell came from it. */
    @EventHandler
    void on(SidesConflictClosed event) {
        if (event.deniedClaimId().equals(event.claimId())) {
            commands.sendAndWait(new RecordDenial(PropositionKey.of(event.proposition()), event.claimId(), true));
        }
    }

    @EventHandler
    void on(SideConflictFound event) {
        asSystem(new LinkConflict(event.claimId(), null, event.withSide(), event.reason()));
        if (event.closedBy() != null) {
            asSystem(new CloseConflict(event.claimId(), null, event.withSide(), event.closedBy()));
        }
    }

    @EventHandler
    void on(SideConflictSettled event) {
        asSystem(new CloseConflict(event.claimId(), null, event.withSide(), event.deniedClaimId()));
    }

    /**
     * A link to one claim is mirrored onto it. A link to a side tells the proposition whether the claim stands
     * denied: a denied claim linked late, or a denial taken back, changes whether its own side still stands.
     */
    @EventHandler
    void on(ConflictLinked event) {
        if (event.withSide() == null) {
            commands.sendAndWait(LinkConflict.withClaim(event.withClaimId(), event.claimId(), event.reason()));
        } else {
            commands.sendAndWait(new RecordDenial(PropositionKey.of(event.withSide().proposition()), event.claimId(),
                    event.state() == ClaimState.DENIED));
        }
    }

    /**
     * Only a claim's own closing (its denial) is passed on: to the other claim, or to the proposition when the
     * conflict is with a side. A closing that is itself a mirror is not sent back: by the time the policy handles
     * it, the denied claim may have been reopened and linked again, and closing it anew would set the two claims
     * closing and reopening each other without end.
     */
    @EventHandler
    void on(ConflictClosed event) {
        if (!event.deniedClaimId().equals(event.claimId())) {
            return;
        }
        if (event.withSide() == null) {
            commands.sendAndWait(new CloseConflict(event.withClaimId(), event.claimId(), null, event.deniedClaimId()));
        } else {
            commands.sendAndWait(new RecordDenial(PropositionKey.of(event.withSide().proposition()), event.claimId(),
                    true));
        }
    }

    private void asSystem(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(EventMetadata.ACTOR, SYSTEM_ACTOR)));
    }
}

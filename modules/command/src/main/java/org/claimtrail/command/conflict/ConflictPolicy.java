package org.claimtrail.command.conflict;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.claimtrail.api.EventMetadata;
import org.claimtrail.api.claim.ClaimProposed;
import org.claimtrail.api.claim.CloseConflict;
import org.claimtrail.api.claim.ConflictClosed;
import org.claimtrail.api.claim.ConflictLinked;
import org.claimtrail.api.claim.LinkConflict;
import org.claimtrail.api.proposition.ConflictDetected;
import org.claimtrail.api.proposition.PropositionKey;
import org.claimtrail.api.proposition.RegisterClaim;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Carries conflicts between aggregates: registers each proposed claim on its proposition, links the two claims of
 * a detected conflict, and mirrors a link or a closing onto the conflict's other claim. It runs in a streaming
 * processor with its token in PostgreSQL, and the commands it sends are idempotent, so a retry after a failure or
 * a restart repeats nothing. Its commands commit in the same transaction as its token.
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

    @EventHandler
    void on(ClaimProposed event) {
        if (event.proposition() != null) {
            commands.sendAndWait(new RegisterClaim(PropositionKey.of(event.proposition()), event.claimId(),
                    event.quantity()));
        }
    }

    @EventHandler
    void on(ConflictDetected event) {
        asSystem(new LinkConflict(event.claimId(), event.withClaimId(), event.reason()));
        asSystem(new LinkConflict(event.withClaimId(), event.claimId(), event.reason()));
    }

    @EventHandler
    void on(ConflictLinked event) {
        commands.sendAndWait(new LinkConflict(event.withClaimId(), event.claimId(), event.reason()));
    }

    /**
     * Only a claim's own closing (its denial) is mirrored onto the other claim. A closing that is itself a mirror is
     * not sent back: by the time the policy handles it, the denied claim may have been reopened and linked again,
     * and closing it anew would set the two claims closing and reopening each other without end.
     */
    @EventHandler
    void on(ConflictClosed event) {
        if (event.deniedClaimId().equals(event.claimId())) {
            commands.sendAndWait(new CloseConflict(event.withClaimId(), event.claimId(), event.deniedClaimId()));
        }
    }

    private void asSystem(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(EventMetadata.ACTOR, SYSTEM_ACTOR)));
    }
}

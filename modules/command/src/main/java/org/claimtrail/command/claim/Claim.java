package org.claimtrail.command.claim;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.claimtrail.command.AggregateConfiguration;
import org.claimtrail.api.WorkflowViolation;
import org.claimtrail.api.claim.AttachEvidence;
import org.claimtrail.api.claim.ClaimEvent;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimProposed;
import org.claimtrail.api.claim.ClaimReopened;
import org.claimtrail.api.claim.ClaimState;
import org.claimtrail.api.claim.CloseConflict;
import org.claimtrail.api.claim.ConflictClosed;
import org.claimtrail.api.claim.ConflictLinked;
import org.claimtrail.api.claim.EventHash;
import org.claimtrail.api.claim.EvidenceAttached;
import org.claimtrail.api.claim.LinkConflict;
import org.claimtrail.api.claim.ProposeClaim;
import org.claimtrail.api.claim.ReopenClaim;
import org.claimtrail.api.claim.SubmitVerdict;
import org.claimtrail.api.claim.Verdict;
import org.claimtrail.api.claim.VerdictSubmitted;
import org.claimtrail.api.claim.VerdictWithdrawn;
import org.claimtrail.api.claim.WithdrawVerdict;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One claim's event stream and the workflow rules that guard it. */
@Aggregate(snapshotTriggerDefinition = AggregateConfiguration.SNAPSHOTS, cache = AggregateConfiguration.CACHE)
// Snapshots are written with Jackson: it must see the private fields.
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Claim {

    @AggregateIdentifier
    private ClaimId id;
    private String proposedBy;
    private ClaimState state;
    /** The active verdict of each reviewer. */
    private Map<String, Verdict> verdicts = new HashMap<>();
    /** The other claim of each open conflict, with the conflict's reason. */
    private Map<ClaimId, String> openConflicts = new LinkedHashMap<>();
    /** Conflicts this claim's denial closed: they open again when it stops being denied. */
    private Map<ClaimId, String> closedByDenial = new LinkedHashMap<>();
    /** The sequence number the next event will have, and the hash it chains to. */
    private long nextSequence;
    private String lastHash = EventHash.GENESIS;

    protected Claim() {
        // for Axon and snapshots
    }

    @CommandHandler
    public Claim(ProposeClaim command) {
        record(new ClaimProposed(command.claimId(), command.statement(), command.proposition(),
                command.quantity(), command.attributedTo(), command.sources(), command.proposedBy(),
                ClaimState.PROPOSED));
    }

    @CommandHandler
    public void handle(SubmitVerdict command, WorkflowProperties workflow) {
        if (command.reviewer().equals(proposedBy)) {
            throw new WorkflowViolation("A reviewer may not give a verdict on a claim they proposed.");
        }
        Map<String, Verdict> after = new HashMap<>(verdicts);
        after.put(command.reviewer(), command.verdict());
        decide(after, workflow, next -> new VerdictSubmitted(id, command.reviewer(), command.verdict(),
                command.rationale(), command.evidence(), next));
    }

    @CommandHandler
    public void handle(WithdrawVerdict command, WorkflowProperties workflow) {
        Verdict withdrawn = verdicts.get(command.reviewer());
        if (withdrawn == null) {
            throw new WorkflowViolation("You have no active verdict on this claim to withdraw.");
        }
        Map<String, Verdict> after = new HashMap<>(verdicts);
        after.remove(command.reviewer());
        decide(after, workflow, next -> new VerdictWithdrawn(id, command.reviewer(), withdrawn, next));
    }

    @CommandHandler
    public void handle(ReopenClaim command, WorkflowProperties workflow) {
        if (!state.isDecided()) {
            throw new WorkflowViolation("Only a corroborated or denied claim can be reopened; this one is "
                    + state + ".");
        }
        decide(Map.of(), workflow, next -> new ClaimReopened(id, command.reason(), command.editor(), next));
    }

    @CommandHandler
    public void handle(AttachEvidence command) {
        record(new EvidenceAttached(id, command.source(), command.attachedBy(), state));
    }

    @CommandHandler
    public void handle(LinkConflict command, WorkflowProperties workflow) {
        ClaimId other = command.withClaimId();
        if (other.equals(id)) {
            throw new WorkflowViolation("A claim cannot conflict with itself.");
        }
        if (openConflicts.containsKey(other)) {
            return;
        }
        if (state == ClaimState.DENIED) {
            // Rule 5: a conflict with a denied claim is closed from the start.
            record(new ConflictLinked(id, other, command.reason(), state));
            record(new ConflictClosed(id, other, id, state));
            return;
        }
        record(new ConflictLinked(id, other, command.reason(),
                ClaimStateRule.derive(verdicts.values(), openConflicts.size() + 1, workflow.quorum())));
    }

    @CommandHandler
    public void handle(CloseConflict command, WorkflowProperties workflow) {
        if (!openConflicts.containsKey(command.withClaimId())) {
            return;
        }
        record(new ConflictClosed(id, command.withClaimId(), command.deniedClaimId(),
                ClaimStateRule.derive(verdicts.values(), openConflicts.size() - 1, workflow.quorum())));
    }

    /**
     * Applies a change of the active verdicts, then what follows from the claim becoming denied (its open
     * conflicts close) or ceasing to be (the conflicts its denial closed open again).
     */
    private void decide(Map<String, Verdict> activeVerdicts, WorkflowProperties workflow,
                        Function<ClaimState, ClaimEvent> change) {
        boolean wasDenied = state == ClaimState.DENIED;
        record(change.apply(ClaimStateRule.derive(activeVerdicts.values(), openConflicts.size(), workflow.quorum())));
        if (state == ClaimState.DENIED && !wasDenied) {
            for (ClaimId other : List.copyOf(openConflicts.keySet())) {
                record(new ConflictClosed(id, other, id, state));
            }
        } else if (wasDenied && state != ClaimState.DENIED) {
            for (Map.Entry<ClaimId, String> conflict : List.copyOf(closedByDenial.entrySet())) {
                record(new ConflictLinked(id, conflict.getKey(), conflict.getValue(), ClaimStateRule.derive(
                        verdicts.values(), openConflicts.size() + 1, workflow.quorum())));
            }
        }
    }

    /** Applies the event with its place in the history's hash chain. */
    private void record(ClaimEvent event) {
        apply(event, MetaData.with(EventHash.METADATA_KEY, EventHash.next(lastHash, nextSequence, event)));
    }

    /** The one entry point for every event, so that the chain is followed whatever the event's type. */
    @EventSourcingHandler
    void on(ClaimEvent event, @SequenceNumber long sequence, @MetaDataValue(EventHash.METADATA_KEY) String hash) {
        nextSequence = sequence + 1;
        lastHash = hash;
        if (event instanceof ClaimProposed proposed) {
            on(proposed);
        } else if (event instanceof VerdictSubmitted submitted) {
            on(submitted);
        } else if (event instanceof VerdictWithdrawn withdrawn) {
            on(withdrawn);
        } else if (event instanceof ClaimReopened reopened) {
            on(reopened);
        } else if (event instanceof ConflictLinked linked) {
            on(linked);
        } else if (event instanceof ConflictClosed closed) {
            on(closed);
        }
        state = event.state();
    }

    private void on(ClaimProposed event) {
        id = event.claimId();
        proposedBy = event.proposedBy();
    }

    private void on(VerdictSubmitted event) {
        verdicts.put(event.reviewer(), event.verdict());
    }

    private void on(VerdictWithdrawn event) {
        verdicts.remove(event.reviewer());
    }

    private void on(ClaimReopened event) {
        verdicts.clear();
    }

    private void on(ConflictLinked event) {
        openConflicts.put(event.withClaimId(), event.reason());
        closedByDenial.remove(event.withClaimId());
    }

    private void on(ConflictClosed event) {
        String reason = openConflicts.remove(event.withClaimId());
        if (event.deniedClaimId().equals(id)) {
            closedByDenial.put(event.withClaimId(), reason);
        }
    }
}

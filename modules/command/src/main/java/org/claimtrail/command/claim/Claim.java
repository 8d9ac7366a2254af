package org.claimtrail.command.claim;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.claimtrail.command.AggregateConfiguration;
import org.claimtrail.command.proposition.PropositionRegistrations;
import org.claimtrail.api.WorkflowViolation;
import org.claimtrail.audit.chain.ChainHash;
import org.claimtrail.audit.link.ClaimChain;
import org.claimtrail.api.EventMetadata;
import org.claimtrail.api.claim.AttachEvidence;
import org.claimtrail.api.claim.ClaimEvent;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimProposed;
import org.claimtrail.api.claim.ClaimReopened;
import org.claimtrail.api.claim.ClaimState;
import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.api.claim.ClaimView.ConflictEntry;
import org.claimtrail.api.claim.CloseConflict;
import org.claimtrail.api.claim.ConflictClosed;
import org.claimtrail.api.claim.ConflictLinked;
import org.claimtrail.api.claim.EvidenceAttached;
import org.claimtrail.api.claim.LinkConflict;
import org.claimtrail.api.claim.CloseSidesConflict;
import org.claimtrail.api.claim.LinkSidesConflict;
import org.claimtrail.api.claim.ProposeClaim;
import org.claimtrail.api.claim.SidesConflictClosed;
import org.claimtrail.api.claim.SidesConflictLinked;
import org.claimtrail.api.claim.ReopenClaim;
import org.claimtrail.api.claim.SubmitVerdict;
import org.claimtrail.api.claim.Verdict;
import org.claimtrail.api.claim.VerdictSubmitted;
import org.claimtrail.api.claim.VerdictWithdrawn;
import org.claimtrail.api.claim.WithdrawVerdict;
import org.claimtrail.api.proposition.PropositionSide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One claim's event stream and the workflow rules that guard it. Its state is the claim as the API shows it, folded
 * by {@link ClaimView#evolve} like every other reader's, so a command answers with the claim as it stands after
 * the change, without reading the stream again.
 */
@Aggregate(snapshotTriggerDefinition = AggregateConfiguration.SNAPSHOTS, cache = AggregateConfiguration.CACHE)
// Snapshots are written with Jackson: it must see the private fields.
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Claim {

    @AggregateIdentifier
    private ClaimId id;
    /** The claim after its last event. */
    private ClaimView view;
    /** Conflicts this claim's denial closed: they open again when it stops being denied. */
    private List<ConflictEntry> closedByDenial = new ArrayList<>();
    /** The hash the next event chains to. */
    private String lastHash = ChainHash.GENESIS;

    protected Claim() {
        // for Axon and snapshots
    }

    /**
     * The claim is registered on its proposition in the same unit of work, so a proposition past its limits refuses
     * the proposal before anything is stored (docs/api.md#limits).
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public ClaimView handle(ProposeClaim command, PropositionRegistrations propositions) {
        propositions.register(command);
        ClaimProposed proposed = new ClaimProposed(command.claimId(), command.statement(), command.proposition(),
                command.quantity(), command.attributedTo(), command.sources(), command.proposedBy(),
                ClaimState.PROPOSED);
        record(proposed, command.proposition() == null ? MetaData.emptyInstance()
                : MetaData.with(EventMetadata.REGISTERED_WITH_PROPOSAL, "true"));
        return view;
    }

    @CommandHandler
    public ClaimView handle(SubmitVerdict command, WorkflowProperties workflow, EvidenceLimit evidence) {
        if (command.reviewer().equals(view.proposedBy())) {
            throw new WorkflowViolation("A reviewer may not give a verdict on a claim they proposed.");
        }
        evidence.check(view, command.evidence().size());
        Map<String, Verdict> after = activeVerdicts();
        after.put(command.reviewer(), command.verdict());
        return decide(after, workflow, next -> new VerdictSubmitted(id, command.reviewer(), command.verdict(),
                command.rationale(), command.evidence(), next));
    }

    @CommandHandler
    public ClaimView handle(WithdrawVerdict command, WorkflowProperties workflow) {
        Map<String, Verdict> after = activeVerdicts();
        Verdict withdrawn = after.remove(command.reviewer());
        if (withdrawn == null) {
            throw new WorkflowViolation("You have no active verdict on this claim to withdraw.");
        }
        return decide(after, workflow, next -> new VerdictWithdrawn(id, command.reviewer(), withdrawn, next));
    }

    @CommandHandler
    public ClaimView handle(ReopenClaim command, WorkflowProperties workflow) {
        if (!view.state().isDecided()) {
            throw new WorkflowViolation("Only a corroborated or denied claim can be reopened; this one is "
                    + view.state() + ".");
        }
        return decide(Map.of(), workflow, next -> new ClaimReopened(id, command.reason(), command.editor(), next));
    }

    @CommandHandler
    public ClaimView handle(AttachEvidence command, EvidenceLimit evidence) {
        evidence.check(view, 1);
        record(new EvidenceAttached(id, command.source(), command.attachedBy(), view.state()));
        return view;
    }

    @CommandHandler
    public ClaimView handle(LinkConflict command, WorkflowProperties workflow) {
        ClaimId otherClaim = command.withClaimId();
        PropositionSide otherSide = command.withSide();
        if (id.equals(otherClaim)) {
            throw new WorkflowViolation("A claim cannot conflict with itself.");
        }
        if (openConflicts().stream().anyMatch(c -> c.isWith(otherClaim, otherSide))) {
            return view;
        }
        if (view.state() == ClaimState.DENIED) {
            if (closedByDenial.stream().anyMatch(c -> c.isWith(otherClaim, otherSide))) {
                return view;
            }
            // A conflict with a denied claim is closed from the start (docs/architecture.md, rule 5).
            record(new ConflictLinked(id, otherClaim, otherSide, command.reason(), view.state()));
            record(new ConflictClosed(id, otherClaim, otherSide, id, view.state()));
            return view;
        }
        record(new ConflictLinked(id, otherClaim, otherSide, command.reason(),
                ClaimStateRule.derive(activeVerdicts().values(), openConflicts().size() + 1, workflow.quorum())));
        return view;
    }

    /**
     * A side that disagrees with this claim's stands. Already in conflict with the sides (as one, or side by side as
     * stores before it hold), nothing changes; a denied claim records the conflict closed by its own denial, so that
     * it opens when the denial is taken back.
     */
    @CommandHandler
    public ClaimView handle(LinkSidesConflict command, WorkflowProperties workflow) {
        if (openConflicts().stream().anyMatch(ConflictEntry::isWithSides)) {
            return view;
        }
        if (view.state() == ClaimState.DENIED) {
            if (closedByDenial.stream().noneMatch(ConflictEntry::isWithSides)) {
                record(new SidesConflictLinked(id, command.proposition(), command.reason(), view.state()));
                record(new SidesConflictClosed(id, command.proposition(), id, view.state()));
            }
            return view;
        }
        record(new SidesConflictLinked(id, command.proposition(), command.reason(),
                ClaimStateRule.derive(activeVerdicts().values(), openConflicts().size() + 1, workflow.quorum())));
        return view;
    }

    /**
     * No side that disagrees with this claim's stands any more: every conflict with the sides closes. On a denied
     * claim, whose own denial closed them already, the closing is recorded all the same, so that taking the denial
     * back does not open a conflict with sides that have fallen since.
     */
    @CommandHandler
    public ClaimView handle(CloseSidesConflict command, WorkflowProperties workflow) {
        boolean open = openConflicts().stream().anyMatch(ConflictEntry::isWithSides);
        if (open || closedByDenial.stream().anyMatch(ConflictEntry::isWithSides)) {
            long others = openConflicts().stream().filter(c -> !c.isWithSides()).count();
            record(new SidesConflictClosed(id, command.proposition(), command.deniedClaimId(),
                    ClaimStateRule.derive(activeVerdicts().values(), (int) others, workflow.quorum())));
        }
        return view;
    }

    @CommandHandler
    public ClaimView handle(CloseConflict command, WorkflowProperties workflow) {
        List<ConflictEntry> open = openConflicts();
        if (open.stream().noneMatch(c -> c.isWith(command.withClaimId(), command.withSide()))) {
            return view;
        }
        record(new ConflictClosed(id, command.withClaimId(), command.withSide(), command.deniedClaimId(),
                ClaimStateRule.derive(activeVerdicts().values(), open.size() - 1, workflow.quorum())));
        return view;
    }

    /**
     * Applies a change of the active verdicts, then what follows from the claim becoming denied (its open
     * conflicts close) or ceasing to be (the conflicts its denial closed open again).
     */
    private ClaimView decide(Map<String, Verdict> activeVerdicts, WorkflowProperties workflow,
                             Function<ClaimState, ClaimEvent> change) {
        boolean wasDenied = view.state() == ClaimState.DENIED;
        record(change.apply(ClaimStateRule.derive(activeVerdicts.values(), openConflicts().size(), workflow.quorum())));
        boolean denied = view.state() == ClaimState.DENIED;
        if (denied && !wasDenied) {
            for (ConflictEntry other : openConflicts()) {
                if (!other.isWithSides()) {
                    record(new ConflictClosed(id, other.claimId(), other.side(), id, view.state()));
                }
            }
            if (openConflicts().stream().anyMatch(ConflictEntry::isWithSides)) {
                record(new SidesConflictClosed(id, view.proposition(), id, view.state()));
            }
        } else if (wasDenied && !denied) {
            for (ConflictEntry conflict : List.copyOf(closedByDenial)) {
                if (!conflict.isWithSides()) {
                    record(new ConflictLinked(id, conflict.claimId(), null, conflict.reason(), reopened(workflow)));
                }
            }
            // The sides' conflict reopens as one, whether the denial closed it as one or side by side.
            closedByDenial.stream().filter(ConflictEntry::isWithSides).findFirst().ifPresent(sides ->
                    record(new SidesConflictLinked(id, view.proposition(), sides.reason(), reopened(workflow))));
        }
        return view;
    }

    /** The state with one conflict more open than now. */
    private ClaimState reopened(WorkflowProperties workflow) {
        return ClaimStateRule.derive(activeVerdicts().values(), openConflicts().size() + 1, workflow.quorum());
    }

    private Map<String, Verdict> activeVerdicts() {
        Map<String, Verdict> active = new HashMap<>();
        view.verdicts().forEach(v -> active.put(v.reviewer(), v.verdict()));
        return active;
    }

    private List<ConflictEntry> openConflicts() {
        return view.conflicts().stream().filter(ConflictEntry::open).toList();
    }

    /** Applies the event as one of version 2 of the history's hash chain, which {@link #on} links it into. */
    private void record(ClaimEvent event) {
        record(event, MetaData.emptyInstance());
    }

    private void record(ClaimEvent event, MetaData more) {
        apply(event, more.and(ChainHash.VERSION_KEY, ChainHash.V2));
    }

    /**
     * The one entry point for every event, so that the chain is followed whatever the event's type. An event read
     * from the store carries its hash (of whichever chain version); a new one is hashed here, where Axon hands over
     * the message it made, identifier and timestamp included.
     */
    @EventSourcingHandler
    void on(ClaimEvent event, DomainEventMessage<?> message, ClaimChain chain) {
        ClaimView before = view;
        view = ClaimView.evolve(view, event, message.getSequenceNumber(), message.getTimestamp());
        id = view.id();
        Object stored = message.getMetaData().get(ChainHash.HASH_KEY);
        lastHash = stored != null ? stored.toString() : chain.link(lastHash, message);
        if (event instanceof ConflictLinked linked) {
            closedByDenial.removeIf(c -> c.isWith(linked.withClaimId(), linked.withSide()));
        } else if (event instanceof ConflictClosed closed && closed.deniedClaimId().equals(id)) {
            view.conflicts().stream().filter(c -> c.isWith(closed.withClaimId(), closed.withSide())).findFirst()
                    .ifPresent(closedByDenial::add);
        } else if (event instanceof SidesConflictLinked) {
            closedByDenial.removeIf(ConflictEntry::isWithSides);
        } else if (event instanceof SidesConflictClosed closed) {
            // Closed by this claim's denial, it opens again with the denial taken back; closed because the sides
            // fell, it does not.
            closedByDenial.removeIf(ConflictEntry::isWithSides);
            if (closed.deniedClaimId().equals(id)) {
                before.conflicts().stream().filter(c -> c.isWithSides() && c.open()).findFirst()
                        .ifPresent(closedByDenial::add);
            }
        }
    }
}

package org.claimtrail.command.claim;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.claimtrail.api.WorkflowViolation;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimProposed;
import org.claimtrail.api.claim.ClaimState;
import org.claimtrail.api.claim.ProposeClaim;
import org.claimtrail.api.claim.SubmitVerdict;
import org.claimtrail.api.claim.Verdict;
import org.claimtrail.api.claim.VerdictSubmitted;

import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One claim's event stream and the workflow rules that guard it. */
@Aggregate
// Snapshots are written with Jackson: it must see the private fields.
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Claim {

    @AggregateIdentifier
    private ClaimId id;
    private String proposedBy;
    /** The active verdict of each reviewer. */
    private Map<String, Verdict> verdicts = new HashMap<>();
    /** Conflicts with other claims that are still open; linked in by the conflict policy. */
    private int openConflicts;

    protected Claim() {
        // for Axon and snapshots
    }

    @CommandHandler
    public Claim(ProposeClaim command) {
        apply(new ClaimProposed(command.claimId(), command.statement(), command.proposition(),
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
        apply(new VerdictSubmitted(id, command.reviewer(), command.verdict(), command.rationale(),
                command.evidence(), ClaimStateRule.derive(after.values(), openConflicts, workflow.quorum())));
    }

    @EventSourcingHandler
    void on(ClaimProposed event) {
        id = event.claimId();
        proposedBy = event.proposedBy();
    }

    @EventSourcingHandler
    void on(VerdictSubmitted event) {
        verdicts.put(event.reviewer(), event.verdict());
    }
}

package org.claimtrail.api.claim;

import org.claimtrail.api.proposition.PropositionSide;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The claim as the REST API, the read tables and subscribers see it. {@link #evolve} folds one event into
 * it, so the read tables and the as-of view are built by the same rules.
 */
public record ClaimView(
        ClaimId id,
        String statement,
        String proposition,
        Quantity quantity,
        String attributedTo,
        ClaimState state,
        long version,
        String proposedBy,
        Instant proposedAt,
        Instant updatedAt,
        List<Source> sources,
        List<VerdictEntry> verdicts,
        List<ConflictEntry> conflicts) {

    public record VerdictEntry(String reviewer, Verdict verdict, String rationale, Instant at) {
    }

    /** A conflict with one other claim ({@code claimId}) or with a side of the proposition ({@code side}). */
    public record ConflictEntry(ClaimId claimId, PropositionSide side, String reason, boolean open) {

        /** Whether this is the conflict with {@code otherClaim} or {@code otherSide}. */
        public boolean isWith(ClaimId otherClaim, PropositionSide otherSide) {
            return Objects.equals(claimId, otherClaim) && Objects.equals(side, otherSide);
        }
    }

    /**
     * The view after {@code event}, the claim's event number {@code sequence} (0 for the proposal), stored at
     * {@code stored}. {@code current} is null before the proposal.
     */
    public static ClaimView evolve(ClaimView current, ClaimEvent event, long sequence, Instant stored) {
        Objects.requireNonNull(event, "event");
        // The event store keeps milliseconds: the claim a command answers with equals the one read back later.
        Instant at = stored.truncatedTo(ChronoUnit.MILLIS);
        if (event instanceof ClaimProposed proposed) {
            return new ClaimView(proposed.claimId(), proposed.statement(), proposed.proposition(),
                    proposed.quantity(), proposed.attributedTo(), proposed.state(), sequence,
                    proposed.proposedBy(), at, at, List.copyOf(proposed.sources()), List.of(), List.of());
        }
        Objects.requireNonNull(current, () -> "no claim before " + event.getClass().getSimpleName());
        List<Source> sources = new ArrayList<>(current.sources);
        List<VerdictEntry> verdicts = new ArrayList<>(current.verdicts);
        List<ConflictEntry> conflicts = new ArrayList<>(current.conflicts);
        if (event instanceof VerdictSubmitted submitted) {
            verdicts.removeIf(v -> v.reviewer().equals(submitted.reviewer()));
            verdicts.add(new VerdictEntry(submitted.reviewer(), submitted.verdict(), submitted.rationale(), at));
            sources.addAll(submitted.evidence());
        } else if (event instanceof VerdictWithdrawn withdrawn) {
            verdicts.removeIf(v -> v.reviewer().equals(withdrawn.reviewer()));
        } else if (event instanceof ClaimReopened) {
            verdicts.clear();
        } else if (event instanceof EvidenceAttached attached) {
            sources.add(attached.source());
        } else if (event instanceof ConflictLinked linked) {
            conflicts.removeIf(c -> c.isWith(linked.withClaimId(), linked.withSide()));
            conflicts.add(new ConflictEntry(linked.withClaimId(), linked.withSide(), linked.reason(), true));
        } else if (event instanceof ConflictClosed closed) {
            conflicts.replaceAll(c -> c.isWith(closed.withClaimId(), closed.withSide())
                    ? new ConflictEntry(c.claimId(), c.side(), c.reason(), false)
                    : c);
        } else {
            throw new IllegalArgumentException("unknown claim event " + event.getClass().getName());
        }
        return current.next(event.state(), sequence, at, sources, verdicts, conflicts);
    }

    private ClaimView next(ClaimState state, long sequence, Instant at, List<Source> sources,
                           List<VerdictEntry> verdicts, List<ConflictEntry> conflicts) {
        return new ClaimView(id, statement, proposition, quantity, attributedTo, state, sequence, proposedBy,
                proposedAt, at, List.copyOf(sources), List.copyOf(verdicts), List.copyOf(conflicts));
    }
}

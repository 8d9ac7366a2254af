package org.claimtrail.api.claim;

import java.time.Instant;
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

    public record ConflictEntry(ClaimId claimId, String reason, boolean open) {
    }

    /**
     * The view after {@code event}, the claim's event number {@code sequence} (0 for the proposal), stored at
     * {@code at}. {@code current} is null before the proposal.
     */
    public static ClaimView evolve(ClaimView current, ClaimEvent event, long sequence, Instant at) {
        Objects.requireNonNull(event, "event");
        if (event instanceof ClaimProposed proposed) {
            return new ClaimView(proposed.claimId(), proposed.statement(), proposed.proposition(),
                    proposed.quantity(), proposed.attributedTo(), proposed.state(), sequence,
                    proposed.proposedBy(), at, at, List.copyOf(proposed.sources()), List.of(), List.of());
        }
        Objects.requireNonNull(current, () -> "no claim before " + event.getClass().getSimpleName());
        if (event instanceof VerdictSubmitted submitted) {
            List<VerdictEntry> verdicts = new ArrayList<>(current.verdicts);
            verdicts.removeIf(v -> v.reviewer().equals(submitted.reviewer()));
            verdicts.add(new VerdictEntry(submitted.reviewer(), submitted.verdict(), submitted.rationale(), at));
            List<Source> sources = new ArrayList<>(current.sources);
            sources.addAll(submitted.evidence());
            return current.next(submitted.state(), sequence, at, sources, verdicts, current.conflicts);
        }
        throw new IllegalArgumentException("unknown claim event " + event.getClass().getName());
    }

    private ClaimView next(ClaimState state, long sequence, Instant at, List<Source> sources,
                           List<VerdictEntry> verdicts, List<ConflictEntry> conflicts) {
        return new ClaimView(id, statement, proposition, quantity, attributedTo, state, sequence, proposedBy,
                proposedAt, at, List.copyOf(sources), List.copyOf(verdicts), List.copyOf(conflicts));
    }
}

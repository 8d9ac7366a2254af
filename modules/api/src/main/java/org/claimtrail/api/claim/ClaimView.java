package org.claimtrail.api.claim;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
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

    /**
     * A conflict with one other claim ({@code claimId}), or with the sides of the claim's proposition that disagree
     * with it (both null), or, as stores written before sides were taken as one hold it, with one such side
     * ({@code side}). {@code sides}, the standing sides the claim disagrees with, is read from the proposition when
     * the API answers a claim and absent everywhere else (docs/api.md).
     */
    public record ConflictEntry(ClaimId claimId, PropositionSide side, String reason, boolean open,
                                @JsonInclude(JsonInclude.Include.NON_NULL) DisagreeingSides sides) {

        public ConflictEntry(ClaimId claimId, PropositionSide side, String reason, boolean open) {
            this(claimId, side, reason, open, null);
        }

        /** Whether this is the conflict with {@code otherClaim} or {@code otherSide}. */
        public boolean isWith(ClaimId otherClaim, PropositionSide otherSide) {
            return Objects.equals(claimId, otherClaim) && Objects.equals(side, otherSide);
        }

        /** Whether this is a conflict with the proposition's sides: all of them as one, or one of them as of old. */
        @JsonIgnore
        public boolean isWithSides() {
            return claimId == null;
        }

        ConflictEntry closed() {
            return new ConflictEntry(claimId, side, reason, false, sides);
        }
    }

    /** The first {@code items} by number of the {@code total} standing sides a claim disagrees with. */
    public record DisagreeingSides(long total, List<PropositionSide> items) {

        public DisagreeingSides {
            items = List.copyOf(items);
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
            conflicts.replaceAll(c -> c.isWith(closed.withClaimId(), closed.withSide()) ? c.closed() : c);
        } else if (event instanceof SidesConflictLinked linked) {
            conflicts.removeIf(c -> c.isWith(null, null));
            conflicts.add(new ConflictEntry(null, null, linked.reason(), true));
        } else if (event instanceof SidesConflictClosed) {
            conflicts.replaceAll(c -> c.isWithSides() ? c.closed() : c);
        } else {
            throw new IllegalArgumentException("unknown claim event " + event.getClass().getName());
        }
        return current.next(event.state(), sequence, at, sources, verdicts, conflicts);
    }

    /** The claim with its conflict with the sides showing {@code sides}, as the API answers a claim. */
    public ClaimView withDisagreeingSides(DisagreeingSides sides) {
        List<ConflictEntry> shown = conflicts.stream()
                .map(c -> c.isWith(null, null) ? new ConflictEntry(null, null, c.reason(), c.open(), sides) : c)
                .toList();
        return new ClaimView(id, statement, proposition, quantity, attributedTo, state, version, proposedBy,
                proposedAt, updatedAt, sources, verdicts, shown);
    }

    private ClaimView next(ClaimState state, long sequence, Instant at, List<Source> sources,
                           List<VerdictEntry> verdicts, List<ConflictEntry> conflicts) {
        return new ClaimView(id, statement, proposition, quantity, attributedTo, state, sequence, proposedBy,
                proposedAt, at, List.copyOf(sources), List.copyOf(verdicts), List.copyOf(conflicts));
    }
}

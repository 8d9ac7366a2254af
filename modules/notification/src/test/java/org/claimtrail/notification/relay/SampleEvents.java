package org.claimtrail.notification.relay;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.claimtrail.api.claim.ClaimEvent;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimProposed;
import org.claimtrail.api.claim.ClaimReopened;
import org.claimtrail.api.claim.ClaimState;
import org.claimtrail.api.claim.ConflictClosed;
import org.claimtrail.api.claim.ConflictLinked;
import org.claimtrail.api.claim.EvidenceAttached;
import org.claimtrail.api.claim.Qualifier;
import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.claim.SidesConflictClosed;
import org.claimtrail.api.claim.SidesConflictLinked;
import org.claimtrail.api.claim.Source;
import org.claimtrail.api.claim.Stance;
import org.claimtrail.api.claim.Verdict;
import org.claimtrail.api.claim.VerdictSubmitted;
import org.claimtrail.api.claim.VerdictWithdrawn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One claim's stream with every kind of claim event, as the event store hands them to the relay. */
final class SampleEvents {

    static final ClaimId CLAIM = ClaimId.random();
    static final ClaimId OTHER = ClaimId.random();

    private SampleEvents() {
    }

    static List<DomainEventMessage<?>> stream() {
        Source report = new Source("Example News", "https://example.org/report", "Troops",
                "At least 3,000 soldiers have entered eastern Russia.", LocalDate.parse("2024-10-29"), Stance.SUPPORTS);
        // No title and no date: both are optional.
        Source denial = new Source("KCNA", "https://example.org/kcna", null, "The reports are groundless.", null,
                Stance.CONTRADICTS);
        List<ClaimEvent> events = List.of(
                new ClaimProposed(CLAIM, "At least 3,000 North Korean soldiers have entered eastern Russia.",
                        "dprk-troops-in-russia-2024", Quantity.of(new BigDecimal("3000"), Qualifier.AT_LEAST, "soldiers"),
                        "United States government", List.of(report), "contributor", ClaimState.PROPOSED),
                new ConflictLinked(CLAIM, OTHER, null, "at least 3,000 soldiers vs exactly 1,500 troops", ClaimState.DISPUTED),
                new VerdictSubmitted(CLAIM, "reviewer1", Verdict.DISPUTE, "Counts differ.", List.of(), ClaimState.DISPUTED),
                new VerdictWithdrawn(CLAIM, "reviewer1", Verdict.DISPUTE, ClaimState.DISPUTED),
                new EvidenceAttached(CLAIM, denial, "contributor", ClaimState.DISPUTED),
                new VerdictSubmitted(CLAIM, "reviewer1", Verdict.DENY, "No trace.", List.of(denial), ClaimState.DISPUTED),
                new VerdictSubmitted(CLAIM, "reviewer2", Verdict.DENY, "Denied.", List.of(), ClaimState.DENIED),
                new ConflictClosed(CLAIM, OTHER, null, CLAIM, ClaimState.DENIED),
                new ClaimReopened(CLAIM, "New footage.", "editor", ClaimState.DISPUTED),
                new SidesConflictLinked(CLAIM, "dprk-troops-in-russia-2024",
                        "at least 3,000 soldiers vs exactly 1,500 troops", ClaimState.DISPUTED),
                new SidesConflictClosed(CLAIM, "dprk-troops-in-russia-2024", OTHER, ClaimState.DISPUTED));
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            messages.add(new GenericDomainEventMessage<>("Claim", CLAIM.toString(), i, events.get(i),
                    Map.of("actor", i == 1 ? "reviewer1" : "contributor")));
        }
        return messages;
    }

    /** A claim with none of the optional fields. */
    static DomainEventMessage<?> bareProposal() {
        ClaimId id = ClaimId.random();
        return new GenericDomainEventMessage<>("Claim", id.toString(), 0, new ClaimProposed(id, "A bare claim.", null,
                null, null, List.of(new Source("Example News", "https://example.org/bare", null, "A bare claim.", null,
                Stance.SUPPORTS)), "contributor", ClaimState.PROPOSED), Map.of());
    }
}

package org.claimtrail.audit.chain;

import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimState;
import org.claimtrail.api.claim.Verdict;
import org.claimtrail.api.claim.VerdictSubmitted;
import org.claimtrail.api.claim.VerdictWithdrawn;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventHashTest {

    private static final ClaimId ID = ClaimId.random();
    private static final VerdictSubmitted VERDICT = new VerdictSubmitted(ID, "reviewer1", Verdict.DENY, "No evidence.",
            List.of(), ClaimState.PROPOSED);

    @Test
    void theSameEventInTheSamePlaceHashesTheSame() {
        assertThat(EventHash.next("abc", 1, VERDICT)).isEqualTo(EventHash.next("abc", 1, VERDICT)).hasSize(64);
    }

    @Test
    void contentPlaceAndPredecessorAllCount() {
        String hash = EventHash.next("abc", 1, VERDICT);
        assertThat(EventHash.next("abd", 1, VERDICT)).isNotEqualTo(hash);
        assertThat(EventHash.next("abc", 2, VERDICT)).isNotEqualTo(hash);
        assertThat(EventHash.next("abc", 1, new VerdictSubmitted(ID, "reviewer1", Verdict.DENY, "No evidence!",
                List.of(), ClaimState.PROPOSED))).isNotEqualTo(hash);
        assertThat(EventHash.next("abc", 1, new VerdictWithdrawn(ID, "reviewer1", Verdict.DENY, ClaimState.PROPOSED)))
                .isNotEqualTo(hash);
    }
}

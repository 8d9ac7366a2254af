package org.claimtrail.notification.relay;

import org.claimtrail.api.claim.ClaimProposed;
import org.claimtrail.api.claim.VerdictSubmitted;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CloudEventTypesTest {

    @Test
    void namesEventsAsApiMdDoes() {
        assertThat(CloudEventTypes.of(ClaimProposed.class)).isEqualTo("org.claimtrail.claim.proposed.v1");
        assertThat(CloudEventTypes.of(VerdictSubmitted.class)).isEqualTo("org.claimtrail.claim.verdict-submitted.v1");
    }
}

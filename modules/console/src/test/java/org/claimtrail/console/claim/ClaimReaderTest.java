package org.claimtrail.console.claim;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimState;
import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.console.api.ApiClient;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ClaimReaderTest {

    private final UUID id = UUID.randomUUID();
    private final String path = "/api/v1/claims/" + id;
    private final ApiClient api = mock(ApiClient.class);
    private final EventStore eventStore = mock(EventStore.class);
    private final ClaimReader reader = new ClaimReader(api, eventStore, Duration.ofMillis(300));

    private ClaimView at(long version) {
        return new ClaimView(new ClaimId(id), "s", null, null, null, ClaimState.PROPOSED, version, "contributor",
                Instant.EPOCH, Instant.EPOCH, List.of(), List.of(), List.of());
    }

    @Test
    void aReadTableThatTrailsIsAskedAgainUntilItHasTheNewestEvent() {
        when(eventStore.lastSequenceNumberFor(id.toString())).thenReturn(Optional.of(2L));
        when(api.get(eq(path), eq(ClaimView.class))).thenReturn(at(1), at(1), at(2));

        assertThat(reader.newest(id, null).version()).isEqualTo(2);
        verify(api, times(3)).get(path, ClaimView.class);
    }

    @Test
    void whatAWriteAnsweredIsShownWhenItIsTheNewest() {
        when(eventStore.lastSequenceNumberFor(id.toString())).thenReturn(Optional.of(3L));

        assertThat(reader.newest(id, at(3)).version()).isEqualTo(3);
        verify(api, never()).get(path, ClaimView.class);
    }

    @Test
    void aNewerEventThanTheWriteIsReadFromTheApi() {
        when(eventStore.lastSequenceNumberFor(id.toString())).thenReturn(Optional.of(4L));
        when(api.get(eq(path), eq(ClaimView.class))).thenReturn(at(4));

        assertThat(reader.newest(id, at(3)).version()).isEqualTo(4);
    }

    @Test
    void aReadTableThatDoesNotCatchUpIsShownAsItIsAfterAWhile() {
        when(eventStore.lastSequenceNumberFor(id.toString())).thenReturn(Optional.of(5L));
        when(api.get(eq(path), eq(ClaimView.class))).thenReturn(at(1));

        long started = System.nanoTime();
        assertThat(reader.newest(id, null).version()).isEqualTo(1);
        assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos());
    }
}

package org.claimtrail.projection.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.claimtrail.api.claim.ClaimEvent;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimState;
import org.claimtrail.api.claim.Verdict;
import org.claimtrail.projection.ClaimStream;
import org.claimtrail.projection.ReadTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtrail.projection.ClaimStream.handle;
import static org.claimtrail.projection.ClaimStream.proposed;
import static org.claimtrail.projection.ClaimStream.verdict;

/** {@code audit_entry}: one row per claim event, and the audit log's search over it. */
class AuditReadTableTest {

    private static final Instant T0 = Instant.parse("2024-11-01T10:00:00Z");

    private final ClaimStream stream = new ClaimStream();
    private final EventHandlerInvoker projection = SimpleEventHandlerInvoker.builder()
            .eventHandlers(new AuditProjection(ReadTables.jdbc(), ReadTables.JSON, Jackson3Serializer.builder().build()))
            .build();
    private final AuditLog log = new AuditLog(ReadTables.jdbc(), ReadTables.JSON);

    @BeforeEach
    void empty() {
        ReadTables.clear();
    }

    private static AuditLog.Filter all() {
        return new AuditLog.Filter(null, null, null, null, null);
    }

    @Test
    void eachClaimEventIsOneRowOfWhatWhoWhenAndInWhichRequest() {
        ClaimId id = ClaimId.random();
        DomainEventMessage<ClaimEvent> proposal = stream.append(proposed(id, "A statement", null), "contributor1", T0);
        DomainEventMessage<ClaimEvent> verdict = stream.append(verdict(id, "reviewer1", Verdict.DENY,
                ClaimState.DISPUTED), "reviewer1", T0.plusSeconds(60));

        handle(projection, List.of(proposal, verdict));

        AuditPage page = log.search(all(), 0, 50);
        assertThat(page.total()).isEqualTo(2);
        AuditEntry newest = page.items().get(0);
        assertThat(newest.eventId()).isEqualTo(verdict.getIdentifier());
        assertThat(newest.claimId()).isEqualTo(id);
        assertThat(newest.sequence()).isEqualTo(1);
        assertThat(newest.type()).isEqualTo("VerdictSubmitted");
        assertThat(newest.actor()).isEqualTo("reviewer1");
        assertThat(newest.correlationId()).isEqualTo("request-1");
        assertThat(newest.occurredAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(newest.payload().get("verdict").asString()).isEqualTo("DENY");
        assertThat(newest.payload().get("claimId").asString()).isEqualTo(id.toString());
        assertThat(page.items().get(1).type()).isEqualTo("ClaimProposed");
        assertThat(page.items().get(1).actor()).isEqualTo("contributor1");
    }

    @Test
    void anEventHandledAgainIsRecordedOnce() {
        DomainEventMessage<ClaimEvent> proposal = stream.append(proposed(ClaimId.random(), "A statement", null),
                "contributor1", T0);
        handle(projection, List.of(proposal));
        handle(projection, List.of(proposal));

        assertThat(log.search(all(), 0, 50).total()).isEqualTo(1);
    }

    @Test
    void searchNarrowsByActorClaimTypeAndTime() {
        ClaimId first = ClaimId.random();
        ClaimId second = ClaimId.random();
        handle(projection, List.of(
                stream.append(proposed(first, "First", null), "contributor1", T0),
                stream.append(proposed(second, "Second", null), "contributor1", T0.plusSeconds(10)),
                stream.append(verdict(first, "reviewer2", Verdict.DENY, ClaimState.DISPUTED), "reviewer2",
                        T0.plusSeconds(20)),
                stream.append(verdict(second, "reviewer2", Verdict.CORROBORATE, ClaimState.PROPOSED), "reviewer2",
                        T0.plusSeconds(30))));

        assertThat(types(new AuditLog.Filter("reviewer2", null, null, null, null)))
                .containsExactly("VerdictSubmitted@" + second, "VerdictSubmitted@" + first);
        assertThat(types(new AuditLog.Filter(null, first, null, null, null)))
                .containsExactly("VerdictSubmitted@" + first, "ClaimProposed@" + first);
        assertThat(types(new AuditLog.Filter(null, null, "ClaimProposed", null, null)))
                .containsExactly("ClaimProposed@" + second, "ClaimProposed@" + first);
        // from is inclusive, to exclusive.
        assertThat(types(new AuditLog.Filter(null, null, null, T0.plusSeconds(10), T0.plusSeconds(30))))
                .containsExactly("VerdictSubmitted@" + first, "ClaimProposed@" + second);
        assertThat(types(new AuditLog.Filter("reviewer2", first, "ClaimProposed", null, null))).isEmpty();
    }

    @Test
    void aPageHoldsItsShareAndCountsEveryMatch() {
        ClaimId id = ClaimId.random();
        handle(projection, List.of(stream.append(proposed(id, "A statement", null), "contributor1", T0),
                stream.append(verdict(id, "reviewer1", Verdict.DENY, ClaimState.DISPUTED), "reviewer1",
                        T0.plusSeconds(1)),
                stream.append(verdict(id, "reviewer2", Verdict.DENY, ClaimState.DENIED), "reviewer2",
                        T0.plusSeconds(2))));

        AuditPage second = log.search(all(), 1, 2);
        assertThat(second.items()).extracting(AuditEntry::sequence).containsExactly(0L);
        assertThat(second.total()).isEqualTo(3);
        assertThat(log.search(all(), 0, 2).items()).extracting(AuditEntry::sequence).containsExactly(2L, 1L);
    }

    private List<String> types(AuditLog.Filter filter) {
        return log.search(filter, 0, 50).items().stream().map(entry -> entry.type() + "@" + entry.claimId()).toList();
    }
}

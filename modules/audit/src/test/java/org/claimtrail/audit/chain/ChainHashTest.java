package org.claimtrail.audit.chain;

import org.claimtrail.api.claim.ClaimId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class ChainHashTest {

    private static final ClaimId ID = ClaimId.random();
    private final ChainEvent event = Chains.stream(ID, 2, 0).get(1);
    private final String hash = ChainHash.v2("abc", event);

    @Test
    void versionTwoCoversEveryStoredFieldAndThePreviousHash() {
        assertThat(hash).hasSize(64).isEqualTo(ChainHash.v2("abc", event));
        assertThat(ChainHash.v2("abd", event)).isNotEqualTo(hash);
        assertChanges(e -> new ChainEvent("other", e.aggregateType(), e.aggregateId(), e.sequence(), e.timestamp(),
                e.payloadType(), e.metadata(), e.payload()));
        assertChanges(e -> new ChainEvent(e.eventId(), "Proposition", e.aggregateId(), e.sequence(), e.timestamp(),
                e.payloadType(), e.metadata(), e.payload()));
        assertChanges(e -> new ChainEvent(e.eventId(), e.aggregateType(), ClaimId.random().toString(), e.sequence(),
                e.timestamp(), e.payloadType(), e.metadata(), e.payload()));
        assertChanges(e -> new ChainEvent(e.eventId(), e.aggregateType(), e.aggregateId(), 7, e.timestamp(),
                e.payloadType(), e.metadata(), e.payload()));
        assertChanges(e -> new ChainEvent(e.eventId(), e.aggregateType(), e.aggregateId(), e.sequence(),
                "2026-11-30T10:00:01.001Z", e.payloadType(), e.metadata(), e.payload()));
        assertChanges(e -> new ChainEvent(e.eventId(), e.aggregateType(), e.aggregateId(), e.sequence(),
                e.timestamp(), "org.claimtrail.api.claim.VerdictWithdrawn", e.metadata(), e.payload()));
        assertChanges(e -> withMetadata(e, m -> m.put("actor", "someone else")));
        assertChanges(e -> withMetadata(e, m -> m.put("correlationId", "forged")));
        assertChanges(e -> withMetadata(e, m -> m.put("traceId", "added")));
        assertChanges(e -> withMetadata(e, m -> {
            m.remove("requestId");
            return m;
        }));
        ObjectNode payload = ((ObjectNode) event.payload()).deepCopy();
        payload.put("rationale", "Hearsay.");
        assertChanges(e -> new ChainEvent(e.eventId(), e.aggregateType(), e.aggregateId(), e.sequence(),
                e.timestamp(), e.payloadType(), e.metadata(), payload));
    }

    @Test
    void theStoredHashItselfIsNotCovered() {
        assertThat(ChainHash.v2("abc", withMetadata(event, m -> m.put(ChainHash.HASH_KEY, "anything"))))
                .isEqualTo(hash);
    }

    @Test
    void canonicalJsonSortsMembersAndWritesNumbersOneWay() {
        ObjectNode a = CanonicalJson.MAPPER.readValue("{\"b\": 3000.0, \"a\": [1E+3, \"x\"]}", ObjectNode.class);
        ObjectNode b = CanonicalJson.MAPPER.readValue("{\"a\":[1000,\"x\"],\"b\":3E+3}", ObjectNode.class);
        assertThat(new String(CanonicalJson.bytes(a), StandardCharsets.UTF_8))
                .isEqualTo(new String(CanonicalJson.bytes(b), StandardCharsets.UTF_8))
                .isEqualTo("{\"a\":[1000,\"x\"],\"b\":3000}");
    }

    @Test
    void versionOneEventsStillVerifyByVersionOne() {
        ChainEvent first = Chains.stream(ID, 1, 1).get(0);
        assertThat(first.chainVersion()).isEqualTo(ChainHash.V1);
        assertThat(ChainHash.verifies(ChainHash.GENESIS, first)).isTrue();
        assertThat(ChainHash.verifies("abc", first)).isFalse();
    }

    /**
     * Version 1 hashed the event object, but is checked over the payload as stored: the check does not need the
     * class as it is today (here: no such class at all), so a class that gained a field still verifies its old events.
     */
    @Test
    void versionOneIsCheckedOverThePayloadAsStored() {
        List<ChainEvent> stream = Chains.stream(ID, 2, 2);
        ChainEvent old = stream.get(1);
        String previous = stream.get(0).hash();
        assertThat(old.hash()).isEqualTo(EventHash.next(previous, 1, Chains.verdict(ID, "reviewer1")));
        ChainEvent classGone = new ChainEvent(old.eventId(), old.aggregateType(), old.aggregateId(), old.sequence(),
                old.timestamp(), "org.claimtrail.retired.VerdictSubmitted", old.metadata(), old.payload());
        assertThat(ChainHash.verifies(previous, classGone)).isTrue();
    }

    private void assertChanges(UnaryOperator<ChainEvent> change) {
        assertThat(ChainHash.v2("abc", change.apply(event))).isNotEqualTo(hash);
    }

    private static ChainEvent withMetadata(ChainEvent e, UnaryOperator<ObjectNode> change) {
        return new ChainEvent(e.eventId(), e.aggregateType(), e.aggregateId(), e.sequence(), e.timestamp(),
                e.payloadType(), change.apply(((ObjectNode) e.metadata()).deepCopy()), e.payload());
    }
}

package org.claimtrail.audit.chain;

import org.claimtrail.api.claim.ClaimEvent;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimProposed;
import org.claimtrail.api.claim.ClaimState;
import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.claim.Qualifier;
import org.claimtrail.api.claim.Source;
import org.claimtrail.api.claim.Stance;
import org.claimtrail.api.claim.Verdict;
import org.claimtrail.api.claim.VerdictSubmitted;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Claim streams as the event store would hold them, hashed by either chain version. */
final class Chains {

    private Chains() {
    }

    static ClaimEvent proposed(ClaimId id) {
        return new ClaimProposed(id, "At least 3,000 soldiers.", null,
                Quantity.of(new BigDecimal("3000.0"), Qualifier.AT_LEAST, "soldiers"), "US officials",
                List.of(new Source("Example News", "https://example.org/a", "Title",
                        "At least 3,000 soldiers have entered.", LocalDate.of(2024, 10, 29), Stance.SUPPORTS)),
                "contributor", ClaimState.PROPOSED);
    }

    static ClaimEvent verdict(ClaimId id, String reviewer) {
        return new VerdictSubmitted(id, reviewer, Verdict.CORROBORATE, "Seen.", List.of(), ClaimState.PROPOSED);
    }

    /** {@code count} events of claim {@code id}: the first {@code versionOne} by chain version 1, the rest by 2. */
    static List<ChainEvent> stream(ClaimId id, int count, int versionOne) {
        List<ChainEvent> events = new ArrayList<>();
        String previous = ChainHash.GENESIS;
        for (int i = 0; i < count; i++) {
            ClaimEvent payload = i == 0 ? proposed(id) : verdict(id, "reviewer" + i);
            ObjectNode metadata = CanonicalJson.MAPPER.createObjectNode()
                    .put("actor", i == 0 ? "contributor" : "reviewer" + i)
                    .put("requestId", "request-" + i)
                    .put("correlationId", UUID.randomUUID().toString());
            String hash;
            ChainEvent event;
            if (i < versionOne) {
                hash = EventHash.next(previous, i, payload);
                event = event(id, i, metadata, payload);
            } else {
                metadata.put(ChainHash.VERSION_KEY, ChainHash.V2);
                event = event(id, i, metadata, payload);
                hash = ChainHash.v2(previous, event);
            }
            metadata.put(ChainHash.HASH_KEY, hash);
            events.add(event);
            previous = hash;
        }
        return events;
    }

    static ChainEvent event(ClaimId id, long sequence, ObjectNode metadata, ClaimEvent payload) {
        return new ChainEvent(UUID.randomUUID().toString(), "Claim", id.toString(), sequence,
                Instant.parse("2026-11-30T10:00:00Z").plusSeconds(sequence).toString().replace("Z", ".000Z"),
                payload.getClass().getName(), metadata, CanonicalJson.MAPPER.valueToTree(payload));
    }
}

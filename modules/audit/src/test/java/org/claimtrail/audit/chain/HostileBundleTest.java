package org.claimtrail.audit.chain;

import org.claimtrail.api.claim.ClaimId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Bundles reach the offline verifier from anywhere: each hostile one is refused at once with a message that says
 * why, where reading or verifying it would run out of memory (a plain form of a billion digits), of stack, or of time.
 */
class HostileBundleTest {

    private static final KeyPair KEYS = Ed25519.generate();
    private static final Duration AT_ONCE = Duration.ofSeconds(10);

    private final ClaimId id = ClaimId.random();
    private final List<ChainEvent> events = Chains.stream(id, 3, 0);
    private final String bundle = new String(CanonicalJson.MAPPER.writeValueAsBytes(HistoryBundle.of(id.toString(),
            events, HeadCheckpoint.sign(KEYS.getPrivate(), id.toString(), 2, events.get(2).hash(),
                    "2026-11-30T10:00:05Z"))), StandardCharsets.UTF_8);

    @Test
    void theUntouchedBundleReadsAndVerifies() {
        assertThat(HistoryBundle.read(bundle.getBytes(StandardCharsets.UTF_8)).verify(KEYS.getPublic()).intact())
                .isTrue();
    }

    @Test
    void aHugeExponentIsRefused() {
        assertRefused(inMetadata("1e999999999"), "exponent beyond 1000");
        assertRefused(inMetadata("-1E-999999999"), "exponent beyond 1000");
    }

    @Test
    void deepNestingIsRefused() {
        assertRefused(inMetadata("[".repeat(100_000) + "]".repeat(100_000)), "nesting depth");
    }

    @Test
    void aHugeStringIsRefused() {
        assertRefused(inMetadata("\"" + "a".repeat(2 * 1024 * 1024) + "\""), "String value length");
    }

    @Test
    void aLongNumberIsRefused() {
        assertRefused(inMetadata("1" + "0".repeat(10_000)), "Number value length");
    }

    @Test
    void tooManyEventsAreRefused() {
        String many = "{\"format\":\"" + HistoryBundle.FORMAT + "\",\"claimId\":\"" + id + "\",\"events\":["
                + String.join(",", Collections.nCopies(HistoryBundle.MAX_EVENTS + 1, "{}")) + "]}";
        assertRefused(many, "100001 events; at most 100000");
    }

    @Test
    void aTooLargeDocumentIsRefused() {
        String padded = bundle.substring(0, bundle.length() - 1) + " ".repeat(HistoryBundle.MAX_BYTES) + "}";
        assertRefused(padded, "at most " + HistoryBundle.MAX_BYTES);
    }

    @Test
    void whatIsNoBundleIsRefused() {
        assertRefused("[1, 2, 3]", "not a readable " + HistoryBundle.FORMAT);
        assertRefused(bundle.replace(HistoryBundle.FORMAT, "something-else/1"), "Not a " + HistoryBundle.FORMAT);
    }

    /** The bundle with {@code value} as one more metadata entry of its first event. */
    private String inMetadata(String value) {
        String requestId = "\"requestId\":\"request-0\"";
        assertThat(bundle).contains(requestId);
        return bundle.replace(requestId, requestId + ",\"hostile\":" + value);
    }

    private static void assertRefused(String json, String reason) {
        assertTimeoutPreemptively(AT_ONCE, () -> assertThatThrownBy(
                () -> HistoryBundle.read(json.getBytes(StandardCharsets.UTF_8)).verify(KEYS.getPublic()))
                .isInstanceOf(HistoryBundle.Refused.class)
                .hasMessageContaining(reason));
    }
}

package org.claimtrail.audit.chain;

import org.claimtrail.api.claim.ClaimId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChainVerifierTest {

    private static final KeyPair KEYS = Ed25519.generate();
    private final ClaimId id = ClaimId.random();

    @Test
    void anUnalteredStreamReachesItsSignedHead() {
        List<ChainEvent> events = Chains.stream(id, 4, 0);
        ChainVerification result = verify(events, head(events, 3));
        assertThat(result.intact()).isTrue();
        assertThat(result.events()).isEqualTo(4);
        assertThat(result.checkpoint().signatureValid()).isTrue();
        // Events after the checkpoint (its processor lags) verify by the chain.
        assertThat(verify(events, head(events, 2)).intact()).isTrue();
        assertThat(verify(events, null).intact()).isTrue();
    }

    @Test
    void aRemovedTailIsNamedFromTheSignedHead() {
        List<ChainEvent> events = Chains.stream(id, 10, 0);
        HeadCheckpoint head = head(events, 9);
        ChainVerification result = verify(events.subList(0, 7), head);
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt().sequence()).isEqualTo(7);
        assertThat(result.brokenAt().eventId()).isNull();
        assertThat(result.brokenAt().reason()).startsWith("Events 7..9 missing after sequence 6; the signed "
                + "checkpoint of " + head.signedAt() + " says head 9, hash " + head.hash());
        assertThat(verify(List.of(), head).brokenAt().reason()).startsWith("Events 0..9 missing;");
    }

    @Test
    void aRemovedMiddleEventIsNamed() {
        List<ChainEvent> events = new ArrayList<>(Chains.stream(id, 5, 0));
        events.remove(2);
        ChainVerification result = verify(events, head(Chains.stream(id, 5, 0), 4));
        assertThat(result.brokenAt().sequence()).isEqualTo(2);
        assertThat(result.brokenAt().reason()).isEqualTo("Event 2 missing before sequence 3.");
    }

    @Test
    void swappedSequenceNumbersBreakTheChain() {
        List<ChainEvent> events = Chains.stream(id, 4, 0);
        List<ChainEvent> swapped = new ArrayList<>(events);
        swapped.set(1, renumber(events.get(2), 1));
        swapped.set(2, renumber(events.get(1), 2));
        ChainVerification result = verify(swapped, head(events, 3));
        assertThat(result.brokenAt().sequence()).isEqualTo(1);
        assertThat(result.brokenAt().eventId()).isEqualTo(events.get(2).eventId());
    }

    @Test
    void aStreamForgedWholeWithAConsistentChainFailsTheSignedHead() {
        List<ChainEvent> real = Chains.stream(id, 4, 0);
        List<ChainEvent> forged = Chains.stream(id, 4, 0);
        assertThat(verify(forged, null).intact()).isTrue();
        ChainVerification result = verify(forged, head(real, 3));
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt().sequence()).isEqualTo(3);
        assertThat(result.brokenAt().reason()).contains("the stream was replaced");
        // Nor can the forger sign a head of their own without the private key.
        HeadCheckpoint selfSigned = HeadCheckpoint.sign(Ed25519.generate().getPrivate(), id.toString(), 3,
                forged.get(3).hash(), "2026-11-30T10:00:00Z");
        assertThat(verify(forged, selfSigned).brokenAt().reason()).contains("does not carry a valid signature");
        HeadCheckpoint otherClaims = head(Chains.stream(ClaimId.random(), 4, 0), 3);
        assertThat(verify(forged, new HeadCheckpoint(id.toString(), 3, forged.get(3).hash(), otherClaims.signedAt(),
                otherClaims.signature())).intact()).isFalse();
    }

    @Test
    void aSignedHeadWithoutAPublicKeyIsNotTakenOnTrust() {
        List<ChainEvent> events = Chains.stream(id, 2, 0);
        ChainVerification result = ChainVerifier.verify(id.toString(), events, head(events, 1), null);
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt().reason()).contains("no audit public key is configured");
    }

    @Test
    void aVersionOneStreamStillVerifiesAndContinuesInVersionTwo() {
        List<ChainEvent> events = Chains.stream(id, 5, 3);
        assertThat(events).extracting(ChainEvent::chainVersion).containsExactly("1", "1", "1", "2", "2");
        assertThat(verify(events, head(events, 4)).intact()).isTrue();
        assertThat(verify(events.subList(0, 3), null).intact()).isTrue();
    }

    @Test
    void aVersionTwoEventCannotBePassedOffAsVersionOne() {
        List<ChainEvent> events = new ArrayList<>(Chains.stream(id, 4, 2));
        ChainEvent downgraded = events.get(3);
        ((ObjectNode) downgraded.metadata()).remove(ChainHash.VERSION_KEY);
        ChainVerification result = verify(events, null);
        assertThat(result.brokenAt().sequence()).isEqualTo(3);
        assertThat(result.brokenAt().reason()).contains("version-1 event after version-2");
    }

    @Test
    void aBundleReadsBackExactlyAndVerifiesOffline() {
        List<ChainEvent> events = Chains.stream(id, 3, 1);
        HistoryBundle bundle = HistoryBundle.of(id.toString(), events, head(events, 2));
        HistoryBundle read = HistoryBundle.read(CanonicalJson.MAPPER.writeValueAsBytes(bundle));
        assertThat(read.verify(KEYS.getPublic()).intact()).isTrue();
        assertThat(read.verify(Ed25519.generate().getPublic()).intact()).isFalse();
        String tampered = CanonicalJson.MAPPER.writeValueAsString(bundle).replace("\"reviewer1\"", "\"reviewer9\"");
        ChainVerification broken = HistoryBundle.read(tampered.getBytes()).verify(KEYS.getPublic());
        assertThat(broken.brokenAt().sequence()).isEqualTo(1);
    }

    private ChainVerification verify(List<ChainEvent> events, HeadCheckpoint head) {
        return ChainVerifier.verify(id.toString(), events, head, KEYS.getPublic());
    }

    private HeadCheckpoint head(List<ChainEvent> events, int sequence) {
        ChainEvent event = events.get(sequence);
        return HeadCheckpoint.sign(KEYS.getPrivate(), event.aggregateId(), sequence, event.hash(),
                "2026-11-30T11:00:00Z");
    }

    private static ChainEvent renumber(ChainEvent e, long sequence) {
        return new ChainEvent(e.eventId(), e.aggregateType(), e.aggregateId(), sequence, e.timestamp(),
                e.payloadType(), e.metadata(), e.payload());
    }
}

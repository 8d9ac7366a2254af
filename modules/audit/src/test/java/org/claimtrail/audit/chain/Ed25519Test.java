package org.claimtrail.audit.chain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class Ed25519Test {

    private static final KeyPair KEYS = Ed25519.generate();

    @Test
    void signaturesVerifyOnlyWithTheirKeyAndData() {
        byte[] data = "head 9".getBytes(StandardCharsets.UTF_8);
        String signature = Ed25519.sign(KEYS.getPrivate(), data);
        assertThat(Ed25519.verify(KEYS.getPublic(), data, signature)).isTrue();
        assertThat(Ed25519.verify(KEYS.getPublic(), "head 8".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
        assertThat(Ed25519.verify(Ed25519.generate().getPublic(), data, signature)).isFalse();
        assertThat(Ed25519.verify(KEYS.getPublic(), data, "not base64!")).isFalse();
        assertThat(Ed25519.verify(null, data, signature)).isFalse();
    }

    /** Whoever verifies with the JDK, OpenSSL or any other library sees the bytes RFC 8032 prescribes. */
    @Test
    void signaturesAreTheSameBytesTheJdkProviderMakes() throws Exception {
        byte[] data = "claim 7 head".getBytes(StandardCharsets.UTF_8);
        Signature jdk = Signature.getInstance("Ed25519", "SunEC");
        jdk.initSign(KEYS.getPrivate());
        jdk.update(data);
        assertThat(Ed25519.sign(KEYS.getPrivate(), data)).isEqualTo(Base64.getEncoder().encodeToString(jdk.sign()));
    }

    /** The signing key last used is kept in Bouncy Castle's form: another key must not sign with it. */
    @Test
    void keysTakenInTurnEachSignWithTheirOwn() {
        KeyPair other = Ed25519.generate();
        byte[] data = "head 3".getBytes(StandardCharsets.UTF_8);
        for (int turn = 0; turn < 2; turn++) {
            assertThat(Ed25519.verify(KEYS.getPublic(), data, Ed25519.sign(KEYS.getPrivate(), data))).isTrue();
            assertThat(Ed25519.verify(other.getPublic(), data, Ed25519.sign(other.getPrivate(), data))).isTrue();
        }
    }

    @Test
    void keysSurviveTheirPemFormAndThePublicKeyFollowsFromThePrivate() {
        String privatePem = Ed25519.pem(KEYS.getPrivate());
        assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(Ed25519.privateKey(privatePem)).isEqualTo(KEYS.getPrivate());
        assertThat(Ed25519.publicKey(Ed25519.pem(KEYS.getPublic()))).isEqualTo(KEYS.getPublic());
        assertThat(Ed25519.publicKeyOf(Ed25519.privateKey(privatePem))).isEqualTo(KEYS.getPublic());
    }

    @Test
    void aStoreCheckpointSignsTheMerkleRootOfEveryHead() {
        List<StoreCheckpoint.Head> heads = List.of(new StoreCheckpoint.Head("b", 3, "h3"),
                new StoreCheckpoint.Head("a", 1, "h1"), new StoreCheckpoint.Head("c", 0, "h0"));
        StoreCheckpoint checkpoint = StoreCheckpoint.sign(KEYS.getPrivate(), heads, "2026-11-30T11:00:00Z");
        assertThat(checkpoint.verify(KEYS.getPublic())).isTrue();
        assertThat(checkpoint.claims()).isEqualTo(3);
        assertThat(StoreCheckpoint.merkleRoot(List.of(heads.get(2), heads.get(0), heads.get(1))))
                .isEqualTo(checkpoint.root());
        assertThat(StoreCheckpoint.merkleRoot(heads.subList(0, 2))).isNotEqualTo(checkpoint.root());
        assertThat(StoreCheckpoint.merkleRoot(List.of(heads.get(0), heads.get(1), new StoreCheckpoint.Head("c", 1, "h1"))))
                .isNotEqualTo(checkpoint.root());
        assertThat(new StoreCheckpoint(checkpoint.createdAt(), 2, checkpoint.root(), checkpoint.signature())
                .verify(KEYS.getPublic())).isFalse();
    }
}

package org.claimtrail.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The whole store at an instant, signed: the Merkle root over the signed heads of all claims, and how many there
 * were. With the heads it was made from, it shows whether any claim vanished or lost events since.
 */
public record StoreCheckpoint(String createdAt, int claims, String root, String signature) {

    /** One leaf of the tree: a claim's head. */
    public record Head(String claimId, long sequence, String hash) {
    }

    public static StoreCheckpoint sign(PrivateKey key, List<Head> heads, String createdAt) {
        String root = merkleRoot(heads);
        return new StoreCheckpoint(createdAt, heads.size(), root,
                Ed25519.sign(key, signed(createdAt, heads.size(), root)));
    }

    public boolean verify(PublicKey key) {
        return Ed25519.verify(key, signed(createdAt, claims, root), signature);
    }

    /**
     * The Merkle root of {@code heads} ordered by claim id: SHA-256 of {@code 0x00} and the leaf's text for a leaf,
     * of {@code 0x01} and both children's digests for a node (as RFC 6962, so that a leaf cannot pose as a node); an
     * odd node is carried up as it is; no heads give the digest of nothing.
     */
    public static String merkleRoot(List<Head> heads) {
        List<byte[]> level = new ArrayList<>();
        heads.stream().sorted(Comparator.comparing(Head::claimId)).forEach(head -> level.add(digest((byte) 0,
                (head.claimId() + "\n" + head.sequence() + "\n" + head.hash()).getBytes(StandardCharsets.UTF_8))));
        if (level.isEmpty()) {
            return HexFormat.of().formatHex(digest(null, new byte[0]));
        }
        List<byte[]> current = level;
        while (current.size() > 1) {
            List<byte[]> up = new ArrayList<>();
            for (int i = 0; i < current.size(); i += 2) {
                if (i + 1 == current.size()) {
                    up.add(current.get(i));
                } else {
                    byte[] pair = new byte[64];
                    System.arraycopy(current.get(i), 0, pair, 0, 32);
                    System.arraycopy(current.get(i + 1), 0, pair, 32, 32);
                    up.add(digest((byte) 1, pair));
                }
            }
            current = up;
        }
        return HexFormat.of().formatHex(current.get(0));
    }

    private static byte[] signed(String createdAt, int claims, String root) {
        return String.join("\n", "claimtrail-store-checkpoint-v1", createdAt, Integer.toString(claims), root)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] digest(Byte prefix, byte[] bytes) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            if (prefix != null) {
                sha256.update(prefix);
            }
            return sha256.digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

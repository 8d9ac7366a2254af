package org.claimtrail.audit.checkpoint;

import org.claimtrail.audit.chain.Ed25519;
import org.claimtrail.platform.role.NodeRole;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Optional;
import java.util.Set;

/**
 * The audit key pair: the private key that signs chain heads and store checkpoints, from
 * {@code claimtrail.audit.signing-key} (a PKCS#8 PEM file), and the public key that verifies them, from
 * {@code claimtrail.audit.public-key} (a PEM file) or else derived from the private key. A node that only verifies
 * needs just the public key; with neither, nothing is signed and histories verify by their chain alone, which a
 * node runs only when told to ({@link #require}).
 */
public record AuditKeys(Optional<PrivateKey> signingKey, Optional<PublicKey> publicKey) {

    public static AuditKeys load(String signingKeyPath, String publicKeyPath) {
        Optional<PrivateKey> signing = read(signingKeyPath).map(Ed25519::privateKey);
        Optional<PublicKey> verifying = read(publicKeyPath).map(Ed25519::publicKey)
                .or(() -> signing.map(Ed25519::publicKeyOf));
        if (signing.isPresent() && verifying.isPresent()
                && !verifying.get().equals(Ed25519.publicKeyOf(signing.get()))) {
            throw new IllegalStateException("claimtrail.audit.public-key is not the public key of "
                    + "claimtrail.audit.signing-key");
        }
        return new AuditKeys(signing, verifying);
    }

    /**
     * Refuses to run a role without the key it needs, unless {@code unsigned} says so on purpose: a notification node
     * without the signing key signs nothing, so a history rewritten whole, chain and all, would verify as intact
     * (docs/audit.md); a projection node without the public key cannot check a signed head.
     */
    public void require(Set<NodeRole> roles, boolean unsigned) {
        if (unsigned) {
            return;
        }
        String remedy = " Make a key with `openssl genpkey -algorithm ed25519 -out audit-key.pem`, or set "
                + "claimtrail.audit.unsigned=true to run without signed checkpoints on purpose (docs/audit.md).";
        if (roles.contains(NodeRole.NOTIFICATION) && signingKey.isEmpty()) {
            throw new IllegalStateException("claimtrail.audit.signing-key is not set: this node runs the notification "
                    + "role, which signs the audit checkpoints, and would sign nothing." + remedy);
        }
        if (roles.contains(NodeRole.PROJECTION) && publicKey.isEmpty()) {
            throw new IllegalStateException("claimtrail.audit.public-key (or claimtrail.audit.signing-key) is not set: "
                    + "this node runs the projection role, which verifies histories against their signed checkpoints, "
                    + "and could check none." + remedy);
        }
    }

    private static Optional<String> read(String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(Path.of(path)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit key " + path, e);
        }
    }
}

package org.claimtrail.audit.checkpoint;

import org.claimtrail.audit.chain.Ed25519;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Optional;

/**
 * The audit key pair: the private key that signs chain heads and store checkpoints, from
 * {@code claimtrail.audit.signing-key} (a PKCS#8 PEM file), and the public key that verifies them, from
 * {@code claimtrail.audit.public-key} (a PEM file) or else derived from the private key. A node that only verifies
 * needs just the public key; with neither, nothing is signed and histories verify by their chain alone.
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

package org.claimtrail.local;

import org.claimtrail.audit.chain.Ed25519;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The local stack's audit signing key: {@code audit-signing-key.pem} in the data directory, made on first start,
 * readable by its owner only. Nodes that join the stack with the same data directory sign with the same key.
 */
final class AuditKey {

    static final String FILE = "audit-signing-key.pem";

    private AuditKey() {
    }

    static Path inDataDirectory(Path dataDir) {
        Path key = dataDir.resolve(FILE);
        if (Files.exists(key)) {
            return key;
        }
        try {
            Files.createDirectories(dataDir);
            Files.createFile(key, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(key, Ed25519.pem(Ed25519.generate().getPrivate()), StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException raced) {
            return key; // another node of the stack made it first
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the audit key " + key, e);
        }
        return key;
    }
}

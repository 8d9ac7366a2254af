package org.claimtrail.audit.checkpoint;

import org.claimtrail.audit.chain.Ed25519;
import org.claimtrail.platform.role.NodeRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A node runs a role without the audit key that role needs only when told to on purpose. */
class AuditKeysTest {

    private static final Set<NodeRole> ALL = EnumSet.allOf(NodeRole.class);

    @Test
    void aSigningRoleWithoutTheSigningKeyIsRefused() {
        assertThatThrownBy(() -> AuditKeys.load("", "").require(Set.of(NodeRole.NOTIFICATION), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("claimtrail.audit.signing-key is not set: this node runs the notification role")
                .hasMessageContaining("claimtrail.audit.unsigned=true");
    }

    @Test
    void aVerifyingRoleWithoutAPublicKeyIsRefused(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> AuditKeys.load("", "").require(Set.of(NodeRole.PROJECTION), false))
                .hasMessageStartingWith("claimtrail.audit.public-key (or claimtrail.audit.signing-key) is not set");
        KeyPair keys = Ed25519.generate();
        Path publicKey = Files.writeString(dir.resolve("public.pem"), Ed25519.pem(keys.getPublic()));
        assertThatCode(() -> AuditKeys.load("", publicKey.toString()).require(Set.of(NodeRole.PROJECTION), false))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> AuditKeys.load("", publicKey.toString()).require(ALL, false))
                .hasMessageContaining("notification role");
    }

    @Test
    void unsignedOnPurposeOrARoleThatNeedsNoKeyStarts(@TempDir Path dir) throws IOException {
        assertThatCode(() -> AuditKeys.load("", "").require(ALL, true)).doesNotThrowAnyException();
        assertThatCode(() -> AuditKeys.load("", "").require(Set.of(NodeRole.COMMAND), false))
                .doesNotThrowAnyException();
        Path signingKey = Files.writeString(dir.resolve("signing.pem"), Ed25519.pem(Ed25519.generate().getPrivate()));
        assertThatCode(() -> AuditKeys.load(signingKey.toString(), "").require(ALL, false))
                .doesNotThrowAnyException();
    }
}

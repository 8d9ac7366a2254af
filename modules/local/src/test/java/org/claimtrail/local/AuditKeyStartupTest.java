package org.claimtrail.local;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Outside the local stack no key is made: a node that signs checkpoints and has no signing key keeps the server from
 * starting, unless {@code claimtrail.audit.unsigned=true} says so on purpose (AuditKeysTest in modules/audit).
 */
class AuditKeyStartupTest {

    @Test
    void theServerRefusesToSignNothing() {
        // The command line ranks above the local stack's own key.
        assertThatThrownBy(() -> LocalStack.start(SharedLocalStack.freshSettings(), false,
                "--claimtrail.audit.signing-key=").close())
                .hasStackTraceContaining("claimtrail.audit.signing-key is not set: this node runs the notification "
                        + "role, which signs the audit checkpoints")
                .hasStackTraceContaining("claimtrail.audit.unsigned=true");
    }
}

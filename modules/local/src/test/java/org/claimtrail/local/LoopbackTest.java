package org.claimtrail.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The local stack's demo accounts have a published password, so it listens on 127.0.0.1 only unless
 * {@code --server.address} says otherwise: not on another address of the machine, not even another loopback one.
 */
@ExtendWith(SharedLocalStack.class)
class LoopbackTest {

    @Test
    void theLocalStackListensOn127001Only(LocalStack stack) throws IOException {
        assertThat(stack.server().getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
        int port = Integer.parseInt(stack.server().getEnvironment().getRequiredProperty("local.server.port"));
        try (Socket reached = new Socket()) {
            reached.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            assertThat(reached.isConnected()).isTrue();
        }
        // A socket bound to every address would take this connection; one bound to 127.0.0.1 refuses it.
        assertThatThrownBy(() -> {
            try (Socket refused = new Socket()) {
                refused.connect(new InetSocketAddress("127.0.0.2", port), 2_000);
            }
        }).isInstanceOf(ConnectException.class);
    }
}

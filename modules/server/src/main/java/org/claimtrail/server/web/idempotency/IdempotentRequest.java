package org.claimtrail.server.web.idempotency;

import jakarta.servlet.ServletException;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * The request with an {@code Idempotency-Key} that the current thread is running, so that the commands it sends carry
 * the key (see {@link IdempotentCommands}). Commands are sent from the request's thread, whichever thread handles them.
 */
final class IdempotentRequest {

    private static final ThreadLocal<IdempotentRequest> CURRENT = new ThreadLocal<>();

    private final String username;
    private final String key;
    private int position = -1;
    private Object lastCommand;

    private IdempotentRequest(String username, String key) {
        this.username = username;
        this.key = key;
    }

    /** What a filter runs while the request is current. */
    interface Body {
        void run() throws IOException, ServletException;
    }

    static void run(String username, String key, Body body) throws IOException, ServletException {
        CURRENT.set(new IdempotentRequest(username, key));
        try {
            body.run();
        } finally {
            CURRENT.remove();
        }
    }

    static Optional<IdempotentRequest> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    String username() {
        return username;
    }

    String key() {
        return key;
    }

    /**
     * The place of {@code command} among the commands this request sends, from 0. The same command sent again at once
     * (ClaimCommands retries one that lost a race on the event store) keeps its place: it is one change, attempted twice.
     */
    int positionOf(Object command) {
        if (position < 0 || !Objects.equals(command, lastCommand)) {
            position++;
            lastCommand = command;
        }
        return position;
    }
}

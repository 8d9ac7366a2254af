package org.claimtrail.command.claim;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.claimtrail.api.claim.ClaimView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends a claim's commands and answers with the claim as the aggregate has it after the change. A command that
 * loses a race on the event store's (aggregate, sequence) key to another node is sent again: Axon has dropped the
 * stale aggregate from its cache, so the retry decides on the fresh stream, as if one node had handled both. Only
 * an explicit stale If-Match (a ConflictingAggregateVersionException, which is not a ConcurrencyException) reaches
 * the client.
 */
@Component
public class ClaimCommands {

    private final CommandGateway commands;
    private final int attempts;

    ClaimCommands(CommandGateway commands, @Value("${claimtrail.commands.attempts:8}") int attempts) {
        this.commands = commands;
        this.attempts = attempts;
    }

    public ClaimView send(Object command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return commands.sendAndWait(command);
            } catch (ConcurrencyException lostRace) {
                if (attempt >= attempts) {
                    throw lostRace;
                }
                pause(attempt);
            }
        }
    }

    /** A few milliseconds, growing and jittered, so that racing nodes do not collide again in step. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 1L << Math.min(attempt + 1, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a command", e);
        }
    }
}

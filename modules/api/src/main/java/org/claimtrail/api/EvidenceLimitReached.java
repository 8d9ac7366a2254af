package org.claimtrail.api;

/**
 * A claim already holds as many sources as it may: more evidence would make every fold, read-table row and Kafka
 * record of the claim grow without bound. Answered 409 {@code evidence-limit}; nothing is attached.
 */
public class EvidenceLimitReached extends RuntimeException {

    public EvidenceLimitReached(String message) {
        super(message);
    }
}

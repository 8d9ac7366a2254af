package org.claimtrail.projection.admin;

/**
 * How far a read-model processor is: {@code position} is the lowest global event index its segments have reached,
 * {@code head} the event store's newest, and while {@code rebuilding}, {@code progress} runs from 0 to 1.
 */
public record ProjectionStatus(String name, boolean running, boolean rebuilding, long position, long head,
                               double progress, String error) {
}

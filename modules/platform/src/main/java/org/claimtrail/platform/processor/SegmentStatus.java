package org.claimtrail.platform.processor;

/**
 * One segment of a streaming processor as the token store has it: the node that holds it ({@code owner}, null when
 * free), the global event index it has reached and how far that is behind the event store's newest.
 */
public record SegmentStatus(int segment, String owner, long position, long lag, boolean replaying) {
}

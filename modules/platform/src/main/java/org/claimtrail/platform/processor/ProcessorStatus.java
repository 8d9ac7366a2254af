package org.claimtrail.platform.processor;

import java.util.List;

/**
 * A streaming processor across the cluster, read from the token store: {@code position} is the lowest global event
 * index any of its segments has reached, {@code head} the event store's newest, and while {@code replaying} (after a
 * rebuild or a replay), {@code progress} runs from 0 to 1.
 */
public record ProcessorStatus(String processor, long head, long position, long lag, boolean replaying,
                              double progress, List<SegmentStatus> segments) {
}

package org.claimtrail.server.axon;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The time by which the nodes of a cluster agree: this node's clock, corrected by how far it is off PostgreSQL's, as
 * last measured. Axon reads the time through it (see {@link ClusterClockConfiguration}).
 */
final class ClusterClock extends Clock {

    private final Clock local;
    private volatile Duration offset = Duration.ZERO;

    ClusterClock(Clock local) {
        this.local = local;
    }

    /** This node's own clock, which the correction applies to. */
    Clock local() {
        return local;
    }

    Duration offset() {
        return offset;
    }

    void correct(Duration offset) {
        this.offset = offset;
    }

    @Override
    public Instant instant() {
        return local.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The cluster's clock is in UTC");
    }
}

package org.claimtrail.server.web.limits;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code claimtrail.limits.writes.*}: how many writes one user may send. Each user's bucket holds
 * {@code per-user.capacity} writes (the burst) and gains {@code per-user.refill} every {@code per-user.period};
 * {@code enabled=false} turns the limit off, for a benchmark that writes as one user at thousands a second.
 */
@Validated
@ConfigurationProperties("claimtrail.limits.writes")
public record WriteLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue @Valid PerUser perUser) {

    public record PerUser(@DefaultValue("100") @Min(1) long capacity, @DefaultValue("20") @Min(1) long refill,
                          @DefaultValue("1s") Duration period) {

        /** How long an empty bucket takes to fill: the policy's window, and how long an idle bucket is worth keeping. */
        Duration fillTime() {
            return period.multipliedBy(capacity).dividedBy(refill);
        }
    }
}

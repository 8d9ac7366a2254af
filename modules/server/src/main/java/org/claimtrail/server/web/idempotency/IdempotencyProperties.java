package org.claimtrail.server.web.idempotency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code claimtrail.idempotency.retention}: how long the answer to a request with an {@code Idempotency-Key} is kept
 * for its retries; {@code .in-flight-lease}: after how long a request that never finished (its node died) no longer
 * holds its key.
 */
@ConfigurationProperties("claimtrail.idempotency")
public record IdempotencyProperties(@DefaultValue("24h") Duration retention,
                                    @DefaultValue("1m") Duration inFlightLease) {
}

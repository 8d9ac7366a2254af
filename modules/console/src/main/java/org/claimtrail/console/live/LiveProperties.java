package org.claimtrail.console.live;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code claimtrail.console.live.*}: what the live stream of one node may cost (docs/configuration.md#console).
 * {@code heartbeat}: how often an idle stream gets a comment, so that proxies keep it open and a client gone away is
 * found; {@code timeout}: how long one stream lasts before the browser reconnects (with {@code Last-Event-ID}, so it
 * misses nothing); {@code per-user} and {@code total}: how many streams one user and the node may have open;
 * {@code queue}: how many changes may wait for one client before it counts as not reading and is dropped.
 */
@Validated
@ConfigurationProperties("claimtrail.console.live")
public record LiveProperties(@DefaultValue("15s") Duration heartbeat, @DefaultValue("30m") Duration timeout,
                             @DefaultValue("5") @Positive int perUser, @DefaultValue("500") @Positive int total,
                             @DefaultValue("256") @Positive int queue) {
}

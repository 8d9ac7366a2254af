package org.claimtrail.server.web.idempotency;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link IdempotencyKeys#purgeExpired()} on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PurgeScheduling {
}

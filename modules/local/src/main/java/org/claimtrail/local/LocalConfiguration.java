package org.claimtrail.local;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** What the local stack adds to the server: the demo data. */
@Configuration(proxyBeanMethods = false)
@Import(DemoData.class)
class LocalConfiguration {
}

package org.claimtrail.server.axon;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/**
 * Empty on purpose: it only orders auto-configurations. Axon 4.13 orders its JDBC and transaction
 * auto-configurations against Spring Boot 3 class names; under Boot 4 they would run before the DataSource and
 * its transaction manager exist, build no JDBC event store and fall back to a no-op transaction manager, so
 * event appends and token updates would silently stop being atomic. Sitting between the two puts them back in order.
 */
@AutoConfiguration(
        afterName = {
                "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"},
        beforeName = {
                "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
                "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration",
                "org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration"})
public class AxonAfterJdbcAutoConfiguration {
}

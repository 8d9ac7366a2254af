package org.claimtrail.platform.schema;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;

import javax.sql.DataSource;

/**
 * The tables a module owns, migrated by Flyway from {@code classpath:db/<module>} with a history table of the
 * module's own, when the module's role runs: a process without the role neither needs nor touches them. Migrated
 * as the bean is built, so before the module's processors start and before the HTTP port opens. Nodes that start at
 * once are serialised by Flyway's lock in PostgreSQL.
 */
public class ModuleSchema implements InitializingBean {

    private final DataSource dataSource;
    private final String module;

    public ModuleSchema(DataSource dataSource, String module) {
        this.dataSource = dataSource;
        this.module = module;
    }

    @Override
    public void afterPropertiesSet() {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/" + module)
                .table("flyway_history_" + module)
                // The schema already holds the event store's tables: start this module's history below its V1.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}

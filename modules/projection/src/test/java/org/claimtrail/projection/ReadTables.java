package org.claimtrail.projection;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.claimtrail.platform.schema.ModuleSchema;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL for the module's tests, with the read tables as the module's own migrations make them: the
 * search relies on PostgreSQL's English stemmer and pg_trgm, and the writes on json_populate_recordset.
 */
public final class ReadTables {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private static DataSource dataSource;

    private ReadTables() {
    }

    public static synchronized DataSource dataSource() {
        if (dataSource == null) {
            try {
                dataSource = EmbeddedPostgres.builder().start().getPostgresDatabase();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL did not start", e);
            }
            new ModuleSchema(dataSource, "projection").afterPropertiesSet();
        }
        return dataSource;
    }

    public static JdbcClient jdbc() {
        return JdbcClient.create(dataSource());
    }

    /** Empties every read table, so that each test starts from none. */
    public static void clear() {
        jdbc().sql("TRUNCATE claim_view, claim_statement, proposition_claim, proposition_side, audit_entry").update();
    }

    public static long count(String table) {
        return jdbc().sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}

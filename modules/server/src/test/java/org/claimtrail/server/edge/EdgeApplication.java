package org.claimtrail.server.edge;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.claimtrail.server.endpoint.EndpointCatalog;
import org.claimtrail.server.security.AccountProperties;
import org.claimtrail.server.security.JwtProperties;
import org.claimtrail.server.security.OriginProperties;
import org.claimtrail.server.web.idempotency.IdempotencyProperties;
import org.claimtrail.server.web.limits.WriteLimitProperties;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The server's HTTP edge without the rest of the server: security, role routing, the problem answers, the request
 * body's checks and idempotency keys, in Tomcat on a real port, with the keys in a real PostgreSQL migrated by the
 * server's Flyway scripts, around {@link EdgeController} alone. The API's own controllers and Axon are left out, so
 * that what these tests prove is the edge's doing.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class, ValidationAutoConfiguration.class,
        SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class, DataSourceAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
        JdbcClientAutoConfiguration.class, FlywayAutoConfiguration.class})
@EnableConfigurationProperties({AccountProperties.class, OriginProperties.class, JwtProperties.class,
        IdempotencyProperties.class, WriteLimitProperties.class})
@ComponentScan(basePackages = {"org.claimtrail.server.security", "org.claimtrail.server.web"},
        // The OpenAPI document and the keyed commands' results need the API's controllers and Axon's bus.
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
                pattern = ".*\\.(OpenApiConfiguration|IdempotentCommands|PurgeScheduling)"))
@Import(EdgeController.class)
class EdgeApplication {

    /** Every account's password; no default one, which the server refuses. */
    static final String PASSWORD = "edge-test-password";

    /** The accounts, one per user role of docs/api.md#user-roles, named after it. */
    static final List<String> USERS = List.of("contributor", "reviewer", "editor", "auditor", "admin");

    private static EmbeddedPostgres postgres;

    /** The catalog that security and role routing read: the test controller's endpoints. */
    @Bean
    EndpointCatalog endpointCatalog() {
        return EndpointCatalog.of(List.of(EdgeController.class));
    }

    static synchronized void properties(DynamicPropertyRegistry registry) {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL did not start", e);
            }
        }
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        // This node runs the command and projection roles, not the notification one.
        registry.add("claimtrail.roles", () -> "command,projection");
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
        for (int i = 0; i < USERS.size(); i++) {
            String prefix = "claimtrail.security.users[" + i + "].";
            String user = USERS.get(i);
            registry.add(prefix + "username", () -> user);
            registry.add(prefix + "password", () -> hash);
            registry.add(prefix + "roles[0]", () -> user.toUpperCase(java.util.Locale.ROOT));
        }
    }
}

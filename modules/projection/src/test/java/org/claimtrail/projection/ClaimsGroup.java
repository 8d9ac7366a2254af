package org.claimtrail.projection;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.claimtrail.api.quantity.UnitNormalizer;
import org.claimtrail.projection.claim.ClaimViewRepository;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The module's event handlers as Axon's Spring configuration finds them, each a bean of its {@code @ProcessingGroup},
 * on the test's database and event store: what one processor of a group runs, and what its rebuild resets.
 */
public final class ClaimsGroup implements AutoCloseable {

    @Configuration(proxyBeanMethods = false)
    @ComponentScan(basePackages = "org.claimtrail.projection", useDefaultFilters = false, includeFilters = {
            @ComponentScan.Filter(ProcessingGroup.class),
            @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = ClaimViewRepository.class)},
            // The module's handlers, not those tests declare for themselves.
            excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*Test\\$.*"))
    static class Handlers {

        @Bean
        JdbcClient jdbcClient() {
            return ReadTables.jdbc();
        }

        @Bean
        JsonMapper jsonMapper() {
            return ReadTables.JSON;
        }

        @Bean
        UnitNormalizer units() {
            return UnitNormalizer.withDefaults();
        }

        @Bean
        Serializer eventSerializer() {
            return Jackson3Serializer.builder().build();
        }
    }

    private final AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();

    public ClaimsGroup(ClaimStream stream) {
        context.registerBean(EventStore.class, stream::store);
        context.register(Handlers.class);
        context.refresh();
    }

    /** The processing groups of the module's handlers. */
    public Set<String> groups() {
        return context.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
                .map(handler -> handler.getClass().getAnnotation(ProcessingGroup.class).value())
                .collect(Collectors.toSet());
    }

    /** The handlers of processing group {@code name}. */
    public List<Object> handlers(String name) {
        return context.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
                .filter(handler -> handler.getClass().getAnnotation(ProcessingGroup.class).value().equals(name))
                .toList();
    }

    /** What the group's processor invokes: every handler of the group, the reset handlers too. */
    public EventHandlerInvoker invoker(String name) {
        return SimpleEventHandlerInvoker.builder().eventHandlers(handlers(name)).build();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}

package org.claimtrail.server.axon;

import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

@Configuration(proxyBeanMethods = false)
class AxonSerializerConfiguration {

    /**
     * Axon's tokens name their nested types (a {@code ReplayToken} holds the token it replays to, typed as a
     * plain Object). Jackson 3 refuses such polymorphic types unless allowed: without this, a processor whose
     * token was reset cannot read it back after a restart. Only Axon's own types are allowed.
     */
    @Bean
    Jackson3SerializerCustomizer axonTokenTypes() {
        return builder -> builder.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .build());
    }
}

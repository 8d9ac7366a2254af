package org.claimtrail.server.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}: springdoc derives paths and schemas, field limits included, from the
 * controllers and their validated records; this adds what lives outside them, in the HTTP edge: how to sign in, the
 * {@code Idempotency-Key} every POST may carry, and the 1 MiB body limit.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenApiCustomizer edge() {
        return api -> {
            api.info(new Info().title("claimtrail").version("v1").description("""
                    Claims found in reporting, verified by reviewers; every change is an event. Errors are \
                    application/problem+json (RFC 9457). Request bodies are at most 1 MiB (413 beyond).\
                    """));
            api.components((api.getComponents() == null ? new Components() : api.getComponents())
                    .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                    .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                            .bearerFormat("JWT")));
            api.addSecurityItem(new SecurityRequirement().addList("basic"))
                    .addSecurityItem(new SecurityRequirement().addList("bearer"));
            if (api.getPaths() != null) {
                api.getPaths().forEach((path, item) -> idempotencyKey(item));
            }
        };
    }

    private static void idempotencyKey(PathItem item) {
        if (item.getPost() != null) {
            item.getPost().addParametersItem(new HeaderParameter().name("Idempotency-Key").required(false)
                    .description("A repeat with the same key, user and body is answered as the first was and changes "
                            + "nothing; the same key with another request answers 422. Kept 24 hours by default.")
                    .schema(new StringSchema().minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$")));
        }
    }
}

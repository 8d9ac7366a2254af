package org.claimtrail.server.endpoint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** The catalog of the REST API, read once at start with the application's class loader. */
@Configuration(proxyBeanMethods = false)
class EndpointCatalogConfiguration {

    @Bean
    EndpointCatalog endpointCatalog(ResourceLoader loader) {
        return EndpointCatalog.scan(loader);
    }
}

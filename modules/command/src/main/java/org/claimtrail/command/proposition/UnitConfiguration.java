package org.claimtrail.command.proposition;

import org.claimtrail.api.quantity.UnitNormalizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Configuration(proxyBeanMethods = false)
class UnitConfiguration {

    /** The built-in synonyms, with those configured under {@code claimtrail.units.synonyms} added. */
    @Bean
    UnitNormalizer unitNormalizer(UnitProperties properties) {
        Map<String, List<String>> synonyms = new HashMap<>(UnitNormalizer.DEFAULT_SYNONYMS);
        properties.synonyms().forEach((unit, more) -> synonyms.merge(unit, more, (a, b) -> {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }));
        return new UnitNormalizer(synonyms);
    }
}

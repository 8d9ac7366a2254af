package org.claimtrail.platform.quantity;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Map;

/**
 * {@code claimtrail.units.synonyms.<unit>=<synonym>,<synonym>}: units that count the same thing, added to the
 * built-in list (such as troops for soldiers). A change applies to claims registered after it. Bound once, for
 * every role: the command side's conflicts, extraction, the console's preview and search read the same table.
 */
@ConfigurationProperties("claimtrail.units")
public record UnitProperties(Map<String, List<String>> synonyms) {

    public UnitProperties {
        synonyms = synonyms == null ? Map.of() : Map.copyOf(synonyms);
    }
}

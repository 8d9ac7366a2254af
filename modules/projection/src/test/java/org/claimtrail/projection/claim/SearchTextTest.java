package org.claimtrail.projection.claim;

import org.claimtrail.api.quantity.UnitNormalizer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a search for a text also looks for: the text with each unit synonym in it replaced by the others. */
class SearchTextTest {

    private final SearchText defaults = new SearchText(UnitNormalizer.withDefaults());

    @Test
    void aTextWithoutSynonymsIsSearchedAsItIs() {
        assertThat(defaults.variants("north korean missiles")).containsExactly("north korean missiles");
    }

    @Test
    void eachSynonymIsSearchedInPlaceOfTheWordTheTextHas() {
        assertThat(defaults.variants("3000 troops crossed")).containsExactly(
                "3000 troops crossed", "3000 soldiers crossed", "3000 servicemen crossed",
                "3000 service members crossed", "3000 military personnel crossed");
    }

    @Test
    void aSynonymIsFoundWhateverItsCaseOrNumber() {
        assertThat(defaults.variants("Troop")).contains("soldiers", "troops");
    }

    @Test
    void configuredSynonymsAreSearchedBesideTheDefaultOnes() {
        SearchText configured = new SearchText(UnitNormalizer.withDefaultsAnd(Map.of("missiles", List.of("rockets"))));

        assertThat(configured.variants("rockets fired")).containsExactly("rockets fired", "missiles fired");
        assertThat(configured.variants("troops")).contains("soldiers");
        assertThat(defaults.variants("rockets fired")).containsExactly("rockets fired");
    }

    @Test
    void aTextOfManySynonymsIsSearchedInAtMostTwelveVariants() {
        List<String> variants = defaults.variants("troops shells persons fatalities drones servicemen");

        assertThat(variants).hasSize(SearchText.MAX_VARIANTS).doesNotHaveDuplicates();
        assertThat(variants.get(0)).isEqualTo("troops shells persons fatalities drones servicemen");
    }
}

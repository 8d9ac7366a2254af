package org.claimtrail.api.quantity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UnitNormalizerTest {

    private final UnitNormalizer normalizer = UnitNormalizer.withDefaults();
    private final UnitNormalizer noSynonyms = new UnitNormalizer(Map.of());

    @ParameterizedTest
    @CsvSource({
            "soldiers, soldier",
            "casualties, casualty",
            "missiles, missile",
            "boxes, box",
            "buses, bus",
            "gases, gas",
            "launches, launch",
            "crashes, crash",
            "addresses, address",
            "years, year",
            "days, day",
            "mass, mass",
            "gas, gas",
            "us, us",
            "status, status",
            "analysis, analysis",
            "series, series",
            "news, news",
            "men, man",
            "women, woman",
            "children, child",
            "soldier, soldier",
            "s, s",
    })
    void singularisesEachWordWithSimpleEnglishRules(String unit, String expected) {
        assertThat(noSynonyms.normalize(unit)).isEqualTo(expected);
    }

    @Test
    void lowerCasesStripsAndCollapsesWhitespace() {
        assertThat(noSynonyms.normalize("  Artillery \t\n SHELLS  ")).isEqualTo("artillery shell");
        assertThat(noSynonyms.normalize("ballistic\u00A0missiles")).isEqualTo("ballistic missile");
    }

    @Test
    void blankInputNormalisesToEmpty() {
        assertThat(normalizer.normalize("")).isEmpty();
        assertThat(normalizer.normalize(" \t\n\u00A0\u2003 ")).isEmpty();
    }

    @Test
    void mapsSynonymsToTheirCanonicalUnit() {
        assertThat(normalizer.normalize("troops")).isEqualTo("soldier");
        assertThat(normalizer.normalize("Troop")).isEqualTo("soldier");
        assertThat(normalizer.normalize("servicemen")).isEqualTo("soldier");
        assertThat(normalizer.normalize("Military  Personnel")).isEqualTo("soldier");
        assertThat(normalizer.normalize("shells")).isEqualTo("artillery shell");
        assertThat(normalizer.normalize("persons")).isEqualTo("people");
        assertThat(normalizer.normalize("person")).isEqualTo("people");
        assertThat(normalizer.normalize("individuals")).isEqualTo("people");
        assertThat(normalizer.normalize("UAVs")).isEqualTo("drone");
    }

    @Test
    void soldiersAndTroopsAreComparable() {
        assertThat(normalizer.comparable("soldiers", "troops")).isTrue();
        assertThat(normalizer.comparable("North Korean soldiers", "troops")).isFalse();
    }

    @Test
    void broaderAndNarrowerUnitsAreNotComparable() {
        assertThat(normalizer.comparable("missiles", "ballistic missiles")).isFalse();
        assertThat(normalizer.comparable("projectiles", "artillery shells")).isFalse();
        assertThat(normalizer.comparable("rounds", "artillery shells")).isFalse();
        assertThat(normalizer.comparable("soldiers", "people")).isFalse();
    }

    @Test
    void usesTheTableItIsGiven() {
        UnitNormalizer custom = new UnitNormalizer(Map.of("Vessels", List.of("Ships", "boats")));

        assertThat(custom.normalize("ship")).isEqualTo("vessel");
        assertThat(custom.comparable("boats", "vessels")).isTrue();
        assertThat(custom.comparable("soldiers", "troops")).isFalse();
    }

    @Test
    void refusesASynonymOfTwoCanonicalUnits() {
        assertThatIllegalArgumentException().isThrownBy(() -> new UnitNormalizer(Map.of(
                "artillery shells", List.of("shells"),
                "tank shells", List.of("Shell"))));
    }

    @Test
    void refusesASynonymThatIsItselfACanonicalUnit() {
        assertThatIllegalArgumentException().isThrownBy(() -> new UnitNormalizer(Map.of(
                "soldiers", List.of("troops"),
                "troop", List.of("servicemen"))));
    }

    @Test
    void acceptsACanonicalUnitListedAmongItsOwnSynonyms() {
        UnitNormalizer custom = new UnitNormalizer(Map.of("soldiers", List.of("soldier", "troops")));

        assertThat(custom.normalize("soldiers")).isEqualTo("soldier");
        assertThat(custom.normalize("troops")).isEqualTo("soldier");
    }
}

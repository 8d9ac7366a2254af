package org.claimtrail.console.propose;

import org.claimtrail.api.quantity.QuantityReader;
import org.claimtrail.api.quantity.UnitNormalizer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProposePageControllerTest {

    @Test
    void theBodyIsTheApisOwnForm() {
        assertThat(ProposePageController.apiForm(QuantityReader.read("at least 3,000 troops").orElseThrow()))
                .containsEntry("qualifier", "AT_LEAST").containsEntry("unit", "troops");
        assertThat(ProposePageController.apiForm(QuantityReader.read("1,000 to 2,000 troops").orElseThrow()))
                .containsKeys("lower", "upper", "unit").doesNotContainKey("value");
    }

    @Test
    void thePreviewComparesTheUnitThroughTheConfiguredSynonyms() {
        ProposePageController controller = new ProposePageController(null,
                UnitNormalizer.withDefaultsAnd(Map.of("soldiers", List.of("fighters"))));

        ProposePageController.Preview preview = controller.preview("at least 3,000 fighters");

        assertThat(preview.unit()).isEqualTo("soldier");
        assertThat(preview.problem()).isEmpty();
    }
}

package org.claimtrail.benchmark;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The benchmark's options: defaults for the local stack, and a misspelt one refused rather than ignored. */
class SettingsTest {

    @Test
    void withoutArgumentsTheLocalStackIsMeasuredAtOneFourAndSixteenClients() {
        Settings settings = Settings.from();
        assertThat(settings.url()).isEqualTo("http://localhost:8080");
        assertThat(settings.clients()).containsExactly(1, 4, 16);
        assertThat(settings.duration()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void givenOptionsReplaceTheirDefaults() {
        Settings settings = Settings.from("--clients=4", "--long-stream=200", "--url=http://localhost:18448");
        assertThat(settings.clients()).isEqualTo(List.of(4));
        assertThat(settings.longStream()).isEqualTo(200);
        assertThat(settings.url()).isEqualTo("http://localhost:18448");
    }

    @Test
    void aMisspeltOptionIsRefused() {
        assertThatThrownBy(() -> Settings.from("--client=4")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no option --client");
        assertThatThrownBy(() -> Settings.from("--help")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theUsageListsEveryOptionWithItsDefault() {
        assertThat(Settings.usage()).contains("--clients=1,4,16", "--warmup-seconds=300", "--out=benchmark-result.json");
    }
}

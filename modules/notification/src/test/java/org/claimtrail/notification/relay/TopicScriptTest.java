package org.claimtrail.notification.relay;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** infra/kafka/create-topics.sh creates the topics with the settings the server gives them. */
class TopicScriptTest {

    private final String script = Files.readString(Path.of("../../infra/kafka/create-topics.sh"));
    private final KafkaRelayProperties defaults = new Binder(new MapConfigurationPropertySource())
            .bindOrCreate("claimtrail.kafka", KafkaRelayProperties.class);
    private final KafkaRelayConfiguration configuration = new KafkaRelayConfiguration();

    TopicScriptTest() throws IOException {
    }

    @Test
    void createsTheEventsTopicAsTheServerDoes() {
        assertSameSettings(configuration.claimEventsTopic(defaults), "EVENTS_TOPIC");
        assertThat(script).contains("EVENTS_TOPIC=${CLAIMTRAIL_KAFKA_TOPIC:-" + defaults.topic() + "}");
    }

    @Test
    void createsTheCompactedStateTopicAsTheServerDoes() {
        assertSameSettings(configuration.claimStateTopic(defaults), "STATE_TOPIC");
        assertThat(script).contains("STATE_TOPIC=${CLAIMTRAIL_KAFKA_STATE_TOPIC:-" + defaults.stateTopic() + "}");
        assertThat(script).contains("PARTITIONS=${PARTITIONS:-" + defaults.partitions() + "}");
    }

    private void assertSameSettings(NewTopic topic, String variable) {
        int start = script.indexOf("create \"$" + variable + "\"");
        assertThat(start).as("a create call for $" + variable).isNotNegative();
        String call = script.substring(start, script.indexOf("\n\n", start));
        topic.configs().forEach((name, value) -> {
            // The script sets min.insync.replicas for every topic from its replication factor, as the server does.
            if (!name.equals(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG)) {
                assertThat(call).as(variable).contains("--config " + name + "=" + value);
            }
        });
    }
}

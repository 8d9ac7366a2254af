package org.claimtrail.notification.relay;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.claimtrail.api.claim.ClaimEvent;
import org.claimtrail.platform.claim.ClaimFoldCache;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Sends every claim event to Kafka, keyed by claim id, and then the claim as it stands after the event to the
 * compacted state topic. It runs in a streaming processor whose token sits in PostgreSQL. The sends of a batch go out
 * without waiting, one after the other, so a claim's records keep their order on its partition (idempotent
 * producers), and gather until the batch flushes them; the batch then waits once for Kafka to acknowledge them all,
 * before its token is stored. A failure
 * stops the processor (every processor propagates handler failures) and the batch is sent again when it resumes, so
 * no event is skipped: delivery is at least once.
 */
@Component
@ProcessingGroup(ClaimEventRelay.PROCESSING_GROUP)
class ClaimEventRelay {

    static final String PROCESSING_GROUP = "kafka-relay";
    private static final String SENDS = ClaimEventRelay.class.getName() + ".sends";

    private final KafkaTemplate<String, Object> kafka;
    private final CloudEventMapper mapper;
    private final ClaimFoldCache claimFolds;
    private final JsonMapper json;
    private final KafkaRelayProperties properties;
    private final SendFailures failures;

    ClaimEventRelay(KafkaTemplate<String, Object> relayKafkaTemplate, CloudEventMapper mapper,
                    ClaimFoldCache claimFolds, JsonMapper json, KafkaRelayProperties properties, SendFailures failures) {
        this.kafka = relayKafkaTemplate;
        this.mapper = mapper;
        this.claimFolds = claimFolds;
        this.json = json;
        this.properties = properties;
        this.failures = failures;
    }

    @EventHandler
    void on(ClaimEvent event, DomainEventMessage<?> message, UnitOfWork<?> batch) {
        String key = event.claimId().toString();
        List<CompletableFuture<?>> sends = batch.root().getOrComputeResource(SENDS, name -> awaitedBeforeCommit(batch));
        try {
            sends.add(kafka.send(properties.topic(), key, mapper.map(message)));
            // The same JSON as the REST API's claim: the same view, written by the same mapper.
            sends.add(kafka.send(properties.stateTopic(), key,
                    json.writeValueAsBytes(claimFolds.after(message))));
        } catch (RuntimeException e) {
            failures.failed(e);
            throw e;
        }
    }

    /** The batch's sends, which the batch waits for before it stores its token and commits. */
    private List<CompletableFuture<?>> awaitedBeforeCommit(UnitOfWork<?> batch) {
        List<CompletableFuture<?>> sends = new ArrayList<>();
        batch.root().onPrepareCommit(u -> {
            try {
                kafka.flush();
                CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
            } catch (CompletionException e) {
                failures.failed(e);
                throw e;
            }
            failures.succeeded();
        });
        return sends;
    }
}

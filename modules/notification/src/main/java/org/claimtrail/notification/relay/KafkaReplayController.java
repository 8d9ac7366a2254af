package org.claimtrail.notification.relay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;

/** Lets an admin replay the claim topics for a new subscriber group, without stopping the server. */
@RestController
class KafkaReplayController {

    private static final Logger log = LoggerFactory.getLogger(KafkaReplayController.class);

    private final RelayReplay replay;

    KafkaReplayController(RelayReplay replay) {
        this.replay = replay;
    }

    /** 202: the replay has started; it runs in the background (health shows {@code replaying}). */
    @PostMapping("/api/v1/admin/kafka/replay")
    ResponseEntity<RelayReplay.Started> replay(Principal user) {
        RelayReplay.Started started = replay.start();
        // Subscribers will see every event again: say who asked for it.
        log.info("{} started a replay of the Kafka relay up to global index {}", user.getName(), started.upTo());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(started);
    }
}

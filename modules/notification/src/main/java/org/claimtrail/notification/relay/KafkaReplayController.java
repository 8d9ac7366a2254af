package org.claimtrail.notification.relay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.claimtrail.platform.endpoint.ApiTag;
import org.claimtrail.platform.endpoint.Endpoint;
import org.claimtrail.platform.endpoint.UserRole;
import org.claimtrail.platform.role.NodeRole;
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
    @Endpoint(servedBy = NodeRole.NOTIFICATION, users = UserRole.ADMIN, tag = ApiTag.ADMIN,
            operationId = "replayKafkaRelay", summary = "Replay the Kafka relay",
            description = "Sends every event to the claim topics again, in the background (202), for a new subscriber "
                    + "group; subscribers drop repeats by ce_id.",
            responseExample = "replay")
    ResponseEntity<RelayReplay.Started> replay(Principal user) {
        RelayReplay.Started started = replay.start();
        // Subscribers will see every event again: say who asked for it.
        log.info("{} started a replay of the Kafka relay up to global index {}", user.getName(), started.upTo());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(started);
    }
}

package org.claimtrail.server.edge;

import org.claimtrail.api.NotFound;
import org.claimtrail.platform.endpoint.ApiTag;
import org.claimtrail.platform.endpoint.Endpoint;
import org.claimtrail.platform.role.NodeRole;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.claimtrail.platform.endpoint.UserRole.ADMIN;
import static org.claimtrail.platform.endpoint.UserRole.AUDITOR;
import static org.claimtrail.platform.endpoint.UserRole.CONTRIBUTOR;
import static org.claimtrail.platform.endpoint.UserRole.EDITOR;
import static org.claimtrail.platform.endpoint.UserRole.REVIEWER;

/**
 * Endpoints declared as the API's are, counting how often each handler ran. {@code @Controller} with
 * {@code @ResponseBody} rather than {@code @RestController}: the catalog's scan, which other tests read whole, reads
 * only the API's own controllers so.
 */
@Controller
@ResponseBody
class EdgeController {

    record Note(String text, int count) {
    }

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    /** Counted down when {@code slow} has started; {@code slow} answers once {@link #release} is. */
    volatile CountDownLatch started = new CountDownLatch(1);
    volatile CountDownLatch release = new CountDownLatch(1);

    int calls(String handler) {
        return calls.computeIfAbsent(handler, h -> new AtomicInteger()).get();
    }

    private int ran(String handler) {
        return calls.computeIfAbsent(handler, h -> new AtomicInteger()).incrementAndGet();
    }

    @PostMapping("/api/v1/edge/notes")
    @Endpoint(servedBy = NodeRole.COMMAND, users = {CONTRIBUTOR, REVIEWER}, tag = ApiTag.CLAIMS,
            operationId = "writeNote", summary = "Write a note", description = "Counts the notes written.")
    ResponseEntity<Map<String, Object>> write(@RequestBody Note note) {
        int number = ran("write");
        return ResponseEntity.created(URI.create("/api/v1/edge/notes/" + number)).eTag(Integer.toString(number))
                .body(Map.of("number", number, "text", note.text()));
    }

    @GetMapping("/api/v1/edge/notes")
    @Endpoint(servedBy = NodeRole.PROJECTION, anySignedInUser = true,
            withParameter = @Endpoint.WithParameter(name = "asOf", users = {AUDITOR, EDITOR, ADMIN}),
            tag = ApiTag.CLAIMS, operationId = "readNotes", summary = "Read the notes", description = "The count.")
    Map<String, Object> read(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Instant asOf) {
        ran("read");
        return Map.of("written", calls("write"), "page", page);
    }

    @GetMapping("/api/v1/edge/notes/{number}")
    @Endpoint(servedBy = NodeRole.PROJECTION, anySignedInUser = true, tag = ApiTag.CLAIMS,
            operationId = "readNote", summary = "Read a note", description = "None is kept.")
    Map<String, Object> readOne(@PathVariable int number) {
        throw new NotFound("No note " + number + " is on record.");
    }

    @PostMapping("/api/v1/edge/failing")
    @Endpoint(servedBy = NodeRole.COMMAND, users = CONTRIBUTOR, tag = ApiTag.CLAIMS,
            operationId = "failNote", summary = "Fail", description = "Fails as a bug would.")
    Map<String, Object> fail(@RequestBody Note note) {
        ran("fail");
        throw new IllegalStateException("a bug, at " + getClass().getName());
    }

    @PostMapping("/api/v1/edge/slow")
    @Endpoint(servedBy = NodeRole.COMMAND, users = CONTRIBUTOR, tag = ApiTag.CLAIMS,
            operationId = "slowNote", summary = "Slow", description = "Answers when the test lets it.")
    Map<String, Object> slow(@RequestBody Note note) throws InterruptedException {
        ran("slow");
        started.countDown();
        release.await(10, TimeUnit.SECONDS);
        return Map.of("text", note.text());
    }

    @PostMapping("/api/v1/edge/rebuilds")
    @Endpoint(servedBy = NodeRole.PROJECTION, users = ADMIN, tag = ApiTag.ADMIN,
            operationId = "rebuildNotes", summary = "Rebuild", description = "Admins only.")
    ResponseEntity<Void> rebuild() {
        ran("rebuild");
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/api/v1/edge/relay")
    @Endpoint(servedBy = NodeRole.NOTIFICATION, users = ADMIN, tag = ApiTag.ADMIN,
            operationId = "relayNotes", summary = "Relay", description = "Served by a role this node does not run.")
    ResponseEntity<Void> relay() {
        ran("relay");
        return ResponseEntity.accepted().build();
    }
}

package org.claimtrail.console.live;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.security.Principal;

/** {@code GET /live}: the stream of claim changes the console's pages listen to. */
@RestController
class LiveController {

    private final LiveFeed feed;

    LiveController(LiveFeed feed) {
        this.feed = feed;
    }

    @GetMapping(value = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live(Principal user, @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        Long last = null;
        if (lastEventId != null && lastEventId.strip().matches("\\d{1,18}")) {
            last = Long.valueOf(lastEventId.strip());
        }
        return feed.open(user.getName(), last);
    }
}

package org.claimtrail.console.web;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Instants as the pages show them, in UTC like the API (templates: {@code ${@consoleTimes.at(instant)}}). */
@Component("consoleTimes")
public class Times {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String at(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    public String exactly(Instant instant) {
        return instant == null ? "" : SECONDS.format(instant);
    }
}

package org.claimtrail.console.web;

import org.claimtrail.api.claim.Source;
import org.claimtrail.api.claim.Stance;
import org.claimtrail.console.api.ApiProblem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the console's forms share: blank fields left out as the API expects, and its errors mapped to fields. */
public final class Forms {

    private Forms() {
    }

    /** The API refuses empty strings; a field left empty in a form is a field not given. */
    public static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * A source from a form's fields, or null when none of them was filled in. A date that is no date is passed on
     * as null here and reported by {@link #dateError}.
     */
    public static Source source(String publisher, String url, String title, String quote, String publishedAt,
                                String stance) {
        if (given(publisher) == null && given(url) == null && given(title) == null && given(quote) == null) {
            return null;
        }
        return new Source(given(publisher), given(url), given(title), given(quote), date(publishedAt),
                given(stance) == null ? Stance.SUPPORTS : Stance.valueOf(stance));
    }

    public static LocalDate date(String value) {
        try {
            return given(value) == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The API's field errors keyed as the forms name their fields: {@code sources[0].url} and {@code evidence[0].url}
     * become {@code sources.url} and {@code evidence.url}, since a console form holds one source.
     */
    public static Map<String, String> fieldErrors(ApiProblem problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        problem.errors().forEach(e -> errors.putIfAbsent(e.field().replaceAll("\\[\\d+]", ""), e.message()));
        return errors;
    }
}

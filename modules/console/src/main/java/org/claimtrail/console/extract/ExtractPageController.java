package org.claimtrail.console.extract;

import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.quantity.QuantityText;
import org.claimtrail.console.api.ApiClient;
import org.claimtrail.console.api.ApiProblem;
import org.claimtrail.console.web.Forms;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Claims from an article: the article's text with each candidate's sentence highlighted, and a form where a person
 * corrects the candidates they choose and accepts them, which proposes them as claims with the article as source.
 */
@Controller
class ExtractPageController {

    private final ApiClient api;

    ExtractPageController(ApiClient api) {
        this.api = api;
    }

    record ArticleForm(String text, String url, String title, String publisher, String publishedAt) {
    }

    /** {@code POST /api/v1/extractions}. */
    record ExtractionAnswer(UUID id, String language, List<Candidate> candidates) {
    }

    record Candidate(int id, String quote, int start, int end, Quantity quantity, String counted,
                     String attributedTo, String proposition, double confidence, List<String> duplicates,
                     List<String> conflicts) {

        public String reading() {
            return quantity == null ? "" : QuantityText.describe(quantity);
        }
    }

    /** A run of the article's text, part of a candidate's sentence or not. */
    record Segment(String text, Integer candidate) {
    }

    record Accepted(UUID extractionId, List<ClaimView> claims) {
    }

    @GetMapping("/extract")
    String form(Model model) {
        model.addAttribute("form", new ArticleForm("", "", "", "", ""));
        model.addAttribute("errors", Map.of());
        return "console/extract";
    }

    @PostMapping("/extract")
    String extract(@ModelAttribute ArticleForm form, Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", form.text() == null || form.text().isBlank() ? null : form.text());
        body.put("url", Forms.given(form.url()));
        body.put("title", Forms.given(form.title()));
        body.put("publisher", Forms.given(form.publisher()));
        body.put("publishedAt", Forms.date(form.publishedAt()));
        model.addAttribute("form", form);
        try {
            ExtractionAnswer answer = api.send(HttpMethod.POST, "/api/v1/extractions", body, null,
                    ExtractionAnswer.class).body();
            model.addAttribute("extraction", answer);
            model.addAttribute("segments", segments(form.text(), answer.candidates()));
            model.addAttribute("errors", Map.of());
        } catch (ApiProblem problem) {
            if (problem.status() == 403) {
                throw problem;
            }
            model.addAttribute("errors", Forms.fieldErrors(problem));
            model.addAttribute("detail", problem.detail());
        }
        return "console/extract";
    }

    @PostMapping("/extract/{id}/accept")
    String accept(@PathVariable UUID id, @RequestParam(name = "accept", defaultValue = "") List<Integer> chosen,
                  @RequestParam Map<String, String> fields, Model model) {
        List<Map<String, Object>> candidates = new ArrayList<>();
        for (Integer candidate : chosen) {
            Map<String, Object> accepted = new LinkedHashMap<>();
            accepted.put("id", candidate);
            put(accepted, "statement", fields.get("statement-" + candidate));
            put(accepted, "proposition", fields.get("proposition-" + candidate));
            put(accepted, "attributedTo", fields.get("attributedTo-" + candidate));
            String unit = Forms.given(fields.get("unit-" + candidate));
            if (unit != null) {
                Map<String, Object> quantity = new LinkedHashMap<>();
                quantity.put("lower", decimal(fields.get("lower-" + candidate)));
                quantity.put("upper", decimal(fields.get("upper-" + candidate)));
                quantity.put("unit", unit);
                quantity.put("qualifier", Forms.given(fields.get("qualifier-" + candidate)));
                accepted.put("quantity", quantity);
            }
            candidates.add(accepted);
        }
        try {
            Accepted answer = api.send(HttpMethod.POST, "/api/v1/extractions/" + id + "/accept",
                    Map.of("candidates", candidates), null, Accepted.class).body();
            model.addAttribute("accepted", answer.claims());
        } catch (ApiProblem problem) {
            if (problem.status() == 403) {
                throw problem;
            }
            model.addAttribute("detail", problem.detail());
            model.addAttribute("acceptErrors", problem.errors());
        }
        model.addAttribute("form", new ArticleForm("", "", "", "", ""));
        model.addAttribute("errors", Map.of());
        return "console/extract";
    }

    private static void put(Map<String, Object> body, String field, String value) {
        if (Forms.given(value) != null) {
            body.put(field, value.strip());
        }
    }

    /** A number as typed, or the text itself so that the API names the field it cannot read. */
    private static Object decimal(String value) {
        if (Forms.given(value) == null) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** The article cut at the candidates' sentences; a sentence with two candidates is marked once, by the first. */
    static List<Segment> segments(String text, List<Candidate> candidates) {
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (Candidate candidate : candidates.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList()) {
            if (candidate.start() < at || candidate.end() > text.length()) {
                continue;
            }
            if (candidate.start() > at) {
                segments.add(new Segment(text.substring(at, candidate.start()), null));
            }
            segments.add(new Segment(text.substring(candidate.start(), candidate.end()), candidate.id()));
            at = candidate.end();
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), null));
        }
        return segments;
    }
}

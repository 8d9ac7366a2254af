package org.claimtrail.console.queue;

import org.claimtrail.console.api.ApiClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Set;

/**
 * The review queue: the claims that need a verdict (PROPOSED and DISPUTED), or those of one state, filtered by
 * proposition and text, newest or oldest first, a page at a time.
 */
@Controller
class QueuePageController {

    static final int PAGE_SIZE = 20;
    private static final Set<String> STATES = Set.of("PROPOSED", "DISPUTED", "CORROBORATED", "DENIED");

    private final ApiClient api;

    QueuePageController(ApiClient api) {
        this.api = api;
    }

    @GetMapping("/")
    String queue(@RequestParam(defaultValue = "") String state,
                 @RequestParam(defaultValue = "") String proposition,
                 @RequestParam(defaultValue = "") String q,
                 @RequestParam(defaultValue = "newest") String sort,
                 @RequestParam(defaultValue = "0") int page,
                 Model model) {
        List<String> states = STATES.contains(state) ? List.of(state) : List.of("PROPOSED", "DISPUTED");
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/v1/claims")
                .queryParam("state", states.toArray())
                .queryParam("sort", "oldest".equals(sort) ? "oldest" : "newest")
                .queryParam("page", Math.max(0, page))
                .queryParam("size", PAGE_SIZE);
        if (!proposition.isBlank()) {
            uri.queryParam("proposition", proposition.strip());
        }
        if (!q.isBlank()) {
            uri.queryParam("q", q.strip());
        }
        model.addAttribute("claims", api.get(uri.encode().build().toUriString(), ClaimList.class));
        model.addAttribute("state", STATES.contains(state) ? state : "");
        model.addAttribute("proposition", proposition);
        model.addAttribute("q", q);
        model.addAttribute("sort", "oldest".equals(sort) ? "oldest" : "newest");
        return "console/queue";
    }
}

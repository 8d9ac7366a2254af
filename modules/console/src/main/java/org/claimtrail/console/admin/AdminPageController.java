package org.claimtrail.console.admin;

import org.claimtrail.console.api.ApiClient;
import org.claimtrail.console.api.ApiProblem;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * Rebuilding the read tables and replaying Kafka, with their progress. The page polls its progress part while a
 * rebuild runs (htmx), and shows it on reload without JavaScript.
 */
@Controller
class AdminPageController {

    private final ApiClient api;

    AdminPageController(ApiClient api) {
        this.api = api;
    }

    record Projection(String name, boolean running, boolean rebuilding, long position, long head, double progress,
                      String error) {

        public long percent() {
            return Math.round(progress * 100);
        }
    }

    @GetMapping("/admin")
    String admin(Model model) {
        model.addAttribute("projections", projections());
        return "console/admin";
    }

    @GetMapping(value = "/admin", headers = "HX-Request=true")
    String progress(Model model) {
        model.addAttribute("projections", projections());
        return "console/admin :: progress";
    }

    @PostMapping("/admin/rebuild")
    String rebuild(RedirectAttributes redirect) {
        return run(HttpMethod.POST, "/api/v1/admin/projections/claims/rebuild", "The read tables are being rebuilt.",
                redirect);
    }

    @PostMapping("/admin/replay")
    String replay(RedirectAttributes redirect) {
        return run(HttpMethod.POST, "/api/v1/admin/kafka/replay", "Every event is being sent to Kafka again.",
                redirect);
    }

    private String run(HttpMethod method, String path, String done, RedirectAttributes redirect) {
        try {
            JsonNode answer = api.send(method, path, null, null, JsonNode.class).body();
            redirect.addFlashAttribute("message", done + (answer.has("upTo")
                    ? " (up to event " + answer.get("upTo").asLong() + ")" : ""));
        } catch (ApiProblem problem) {
            redirect.addFlashAttribute("detail", problem.detail());
        }
        return "redirect:/admin";
    }

    private List<Projection> projections() {
        return api.get("/api/v1/admin/projections", new TypeReference<>() {
        });
    }
}

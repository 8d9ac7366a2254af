package org.claimtrail.console.claim;

import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.api.claim.Source;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A claim's page and its forms: a verdict and its withdrawal (reviewers), a reopening (editors), evidence
 * (contributors, reviewers, editors) and a conflict link (reviewers, editors). Every form carries the version the
 * page showed and sends it as {@code If-Match}: a decision taken on a stale page is refused by the API and the page
 * shows the claim as it is now, with what was typed kept.
 */
@Controller
class ClaimPageController {

    /** The flash attribute that carries the claim a write answered with to the page it redirects to. */
    static final String WRITTEN = "written";

    private final ApiClient api;
    private final ClaimReader claims;

    ClaimPageController(ApiClient api, ClaimReader claims) {
        this.api = api;
        this.claims = claims;
    }

    /** Every form of the page; one record so that a refused form comes back with what was typed. */
    record ClaimForm(String verdict, String rationale, String reason, String withClaimId,
                     String publisher, String url, String title, String quote, String publishedAt, String stance,
                     Long version) {
    }

    @GetMapping("/claims/{id}")
    String claim(@PathVariable UUID id, Model model) {
        return page(id, model);
    }

    /** Only the parts a live update replaces: the state, verdicts, conflicts and sources. */
    @GetMapping(value = "/claims/{id}", headers = "HX-Request=true")
    String live(@PathVariable UUID id, Model model) {
        model.addAttribute("claim", claims.newest(id, null));
        return "console/claim :: live";
    }

    @PostMapping("/claims/{id}/verdicts")
    String verdict(@PathVariable UUID id, @ModelAttribute ClaimForm form, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("verdict", Forms.given(form.verdict()));
        body.put("rationale", Forms.given(form.rationale()));
        Source evidence = Forms.source(form.publisher(), form.url(), form.title(), form.quote(), form.publishedAt(),
                form.stance());
        if (evidence != null) {
            body.put("evidence", List.of(evidence));
        }
        return write(id, HttpMethod.POST, "/verdicts", body, form, "verdict", "Your verdict is recorded.", model,
                redirect);
    }

    @PostMapping("/claims/{id}/withdrawal")
    String withdraw(@PathVariable UUID id, @ModelAttribute ClaimForm form, Model model, RedirectAttributes redirect) {
        return write(id, HttpMethod.DELETE, "/verdicts/mine", null, form, "withdraw", "Your verdict is withdrawn.",
                model, redirect);
    }

    @PostMapping("/claims/{id}/reopen")
    String reopen(@PathVariable UUID id, @ModelAttribute ClaimForm form, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", Forms.given(form.reason()));
        return write(id, HttpMethod.POST, "/reopen", body, form, "reopen", "The claim is reopened.", model, redirect);
    }

    @PostMapping("/claims/{id}/evidence")
    String evidence(@PathVariable UUID id, @ModelAttribute ClaimForm form, Model model, RedirectAttributes redirect) {
        Source source = Forms.source(form.publisher(), form.url(), form.title(), form.quote(), form.publishedAt(),
                form.stance());
        return write(id, HttpMethod.POST, "/evidence", source == null ? Map.of() : source, form, "evidence",
                "The evidence is attached.", model, redirect);
    }

    @PostMapping("/claims/{id}/conflicts")
    String conflict(@PathVariable UUID id, @ModelAttribute ClaimForm form, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("withClaimId", Forms.given(form.withClaimId()));
        body.put("reason", Forms.given(form.reason()));
        return write(id, HttpMethod.POST, "/conflicts", body, form, "conflict", "The conflict is linked.", model,
                redirect);
    }

    private String write(UUID id, HttpMethod method, String path, Object body, ClaimForm form, String formName,
                         String done, Model model, RedirectAttributes redirect) {
        try {
            ClaimView written = api.send(method, "/api/v1/claims/" + id + path, body, form.version(), ClaimView.class)
                    .body();
            // The flash is addressed to the redirect's URL with the version written: a live refresh of the page
            // the form was posted from (a GET of /claims/{id} racing the redirect) must not take it.
            redirect.addFlashAttribute("message", done);
            if (written != null) {
                redirect.addFlashAttribute(WRITTEN, written);
                redirect.addAttribute(WRITTEN, written.version());
            }
            return "redirect:/claims/" + id;
        } catch (ApiProblem problem) {
            if (problem.status() == 404 || problem.status() == 403) {
                throw problem;
            }
            model.addAttribute("form", form);
            model.addAttribute("formName", formName);
            model.addAttribute("stale", problem.stale());
            model.addAttribute("detail", problem.stale()
                    ? "This claim changed while you were looking at it; nothing was recorded. Here it is as it "
                    + "stands now: decide again."
                    : problem.detail());
            model.addAttribute("errors", Forms.fieldErrors(problem));
            return page(id, model);
        }
    }

    /** The page with the claim at its newest version, or as the write just made answered it. */
    private String page(UUID id, Model model) {
        ClaimView written = model.getAttribute(WRITTEN) instanceof ClaimView claim && claim.id().value().equals(id)
                ? claim : null;
        model.addAttribute("claim", claims.newest(id, written));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ClaimForm("CORROBORATE", "", "", "", "", "", "", "", "", "SUPPORTS", null));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "console/claim";
    }
}

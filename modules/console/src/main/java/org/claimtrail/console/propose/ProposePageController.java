package org.claimtrail.console.propose;

import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.claim.Source;
import org.claimtrail.api.quantity.QuantityReader;
import org.claimtrail.api.quantity.UnitNormalizer;
import org.claimtrail.console.api.ApiClient;
import org.claimtrail.console.api.ApiProblem;
import org.claimtrail.console.web.Forms;
import org.claimtrail.console.web.Quantities;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Proposing a claim, with a live preview of how its quantity is read before it is sent. */
@Controller
class ProposePageController {

    private static final Quantities QUANTITIES = new Quantities();

    private final ApiClient api;
    private final UnitNormalizer units;

    ProposePageController(ApiClient api, UnitNormalizer units) {
        this.api = api;
        this.units = units;
    }

    record ProposeForm(String statement, String proposition, String quantity, String attributedTo,
                       String publisher, String url, String title, String quote, String publishedAt, String stance) {
    }

    /** The preview: the interval the quantity means and the unit it is compared as, or why it cannot be read. */
    record Preview(String text, String interval, String unit, String problem) {
    }

    @GetMapping("/propose")
    String form(Model model) {
        model.addAttribute("form", new ProposeForm("", "", "", "", "", "", "", "", "", "SUPPORTS"));
        model.addAttribute("errors", Map.of());
        return "console/propose";
    }

    @GetMapping("/propose/preview")
    String preview(@RequestParam(defaultValue = "") String quantity, Model model) {
        model.addAttribute("preview", preview(quantity));
        return "console/propose :: preview";
    }

    @PostMapping("/propose")
    String propose(@ModelAttribute ProposeForm form, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statement", Forms.given(form.statement()));
        body.put("proposition", Forms.given(form.proposition()));
        body.put("attributedTo", Forms.given(form.attributedTo()));
        Source source = Forms.source(form.publisher(), form.url(), form.title(), form.quote(), form.publishedAt(),
                form.stance());
        body.put("sources", source == null ? List.of() : List.of(source));
        if (Forms.given(form.quantity()) != null) {
            Optional<QuantityReader.Reading> read = QuantityReader.read(form.quantity());
            if (read.isEmpty()) {
                return refused(form, Map.of("quantity", preview(form.quantity()).problem()),
                        "The quantity could not be read.", model);
            }
            body.put("quantity", apiForm(read.get()));
        }
        try {
            ClaimView claim = api.send(HttpMethod.POST, "/api/v1/claims", body, null, ClaimView.class).body();
            redirect.addFlashAttribute("message", "Your claim is proposed.");
            return "redirect:/claims/" + claim.id();
        } catch (ApiProblem problem) {
            if (problem.status() == 403) {
                throw problem;
            }
            return refused(form, Forms.fieldErrors(problem), problem.detail(), model);
        }
    }

    /** The body's {@code quantity} as the API takes it: the stated value and qualifier, or a range's bounds. */
    static Map<String, Object> apiForm(QuantityReader.Reading read) {
        return read.value() != null
                ? Map.of("value", read.value(), "qualifier", read.qualifier().name(), "unit", read.unit())
                : Map.of("lower", read.lower(), "upper", read.upper(), "unit", read.unit());
    }

    private String refused(ProposeForm form, Map<String, String> errors, String detail, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("detail", detail);
        model.addAttribute("preview", preview(form.quantity()));
        return "console/propose";
    }

    /** The unit is shown as it is compared, through the configured synonyms, as conflicts and search see it. */
    Preview preview(String text) {
        if (Forms.given(text) == null) {
            return new Preview("", "", "", "");
        }
        Optional<Quantity> quantity = QuantityReader.read(text).flatMap(QuantityReader.Reading::quantity);
        if (quantity.isEmpty()) {
            return new Preview(text, "", "", "Write it as a source would: \"1,500 troops\", \"at least 3,000 "
                    + "soldiers\", \"up to 5 million shells\", \"about 25 drones\", \"between 1,000 and 2,000 troops\".");
        }
        return new Preview(text, QUANTITIES.interval(quantity.get()), units.normalize(quantity.get().unit()), "");
    }
}

package org.claimtrail.console.web;

import jakarta.servlet.http.HttpServletResponse;
import org.claimtrail.api.claim.Limits;
import org.claimtrail.console.api.ApiProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What every console page has: the signed-in {@link Viewer}, and a page (not JSON) for an error the API answered
 * to a read, with the problem's detail. Ordered before the API's problem advice, and only for the console's
 * controllers.
 */
@ControllerAdvice(basePackages = "org.claimtrail.console")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleAdvice {

    @ModelAttribute("viewer")
    Viewer viewer(Authentication user) {
        if (user == null) {
            return new Viewer("", Set.of());
        }
        return new Viewer(user.getName(), user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** The API's length limits, which the forms repeat as {@code maxlength} so that a browser stops at them. */
    @ModelAttribute("limits")
    Map<String, Integer> limits() {
        return Map.of("STATEMENT", Limits.STATEMENT, "NAME", Limits.NAME, "TITLE", Limits.TITLE, "QUOTE", Limits.QUOTE,
                "URL", Limits.URL, "RATIONALE", Limits.RATIONALE);
    }

    @ExceptionHandler(ApiProblem.class)
    String problem(ApiProblem problem, Model model, HttpServletResponse response) {
        response.setStatus(problem.status());
        model.addAttribute("problem", problem);
        return "console/error";
    }
}

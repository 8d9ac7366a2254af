package org.claimtrail.console.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.List;

/**
 * The sign-in page: the form, whose POST to {@code /login} Spring Security takes, and a "Sign in with …" link for each
 * OpenID Connect provider the server is registered with (docs/console.md#signing-in).
 */
@Controller
class LoginPageController {

    /** A provider as the page offers it; the link starts Spring Security's authorization code flow. */
    record Provider(String name, String href) {
    }

    private final List<Provider> providers = new ArrayList<>();

    LoginPageController(ObjectProvider<ClientRegistrationRepository> registrations) {
        // Spring Boot's repository of spring.security.oauth2.client.registration.* lists its registrations.
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object registration : all) {
                if (registration instanceof ClientRegistration client) {
                    providers.add(new Provider(client.getClientName(),
                            "/oauth2/authorization/" + client.getRegistrationId()));
                }
            }
        }
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("providers", providers);
        return "console/login";
    }
}

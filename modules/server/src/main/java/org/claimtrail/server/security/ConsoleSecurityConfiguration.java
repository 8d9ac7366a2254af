package org.claimtrail.server.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;

import static org.claimtrail.platform.endpoint.UserRole.ADMIN;
import static org.claimtrail.platform.endpoint.UserRole.AUDITOR;
import static org.claimtrail.platform.endpoint.UserRole.CONTRIBUTOR;
import static org.claimtrail.platform.endpoint.UserRole.EDITOR;
import static org.claimtrail.platform.endpoint.UserRole.REVIEWER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * The console's paths: form sign-in with a session cookie and CSRF tokens, for people in a browser. Ordered before
 * the API's stateless chain and matching only the console's paths, so {@code /api/**} keeps HTTP Basic and JWT
 * without sessions. Its role rules mirror the API's (docs/api.md#user-roles) so that a page a role may not use is
 * refused here; every write the console makes goes through the API, which checks the same roles again.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

    static final String[] PATHS = {"/", "/login", "/logout", "/live", "/claims/**", "/propositions/**",
            "/propose", "/propose/**", "/extract", "/extract/**", "/audit", "/admin", "/admin/**", "/console/**",
            "/webjars/**", OidcSignIn.LOGIN_PATHS, OidcSignIn.CALLBACK_PATHS};

    @Bean
    @Order(1)
    SecurityFilterChain console(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> registrations,
                                JwtProperties jwt) throws Exception {
        String[] writers = {CONTRIBUTOR.name(), REVIEWER.name(), EDITOR.name()};
        // Single sign-on beside the form, when an OpenID Connect provider is registered.
        ClientRegistrationRepository providers = registrations.getIfAvailable();
        if (providers != null) {
            OidcSignIn.configure(http, providers, jwt);
        }
        return http
                .securityMatcher(PATHS)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/console/**", "/webjars/**").permitAll()
                        .requestMatchers(POST, "/claims/*/verdicts", "/claims/*/withdrawal").hasRole(REVIEWER.name())
                        .requestMatchers(POST, "/claims/*/reopen").hasRole(EDITOR.name())
                        .requestMatchers(POST, "/claims/*/conflicts").hasAnyRole(REVIEWER.name(), EDITOR.name())
                        .requestMatchers(POST, "/claims/*/evidence").hasAnyRole(writers)
                        .requestMatchers("/propose", "/propose/**", "/extract", "/extract/**").hasAnyRole(writers)
                        .requestMatchers(GET, "/claims/*/history").hasAnyRole(AUDITOR.name(), EDITOR.name(), ADMIN.name())
                        .requestMatchers("/audit").hasAnyRole(AUDITOR.name(), ADMIN.name())
                        .requestMatchers("/admin", "/admin/**").hasRole(ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .build();
    }
}

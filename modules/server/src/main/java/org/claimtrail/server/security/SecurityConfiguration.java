package org.claimtrail.server.security;

import org.claimtrail.console.api.ConsoleIdentity;
import org.claimtrail.platform.endpoint.UserRole;
import org.claimtrail.server.endpoint.ApiEndpoint;
import org.claimtrail.server.endpoint.Callers;
import org.claimtrail.server.endpoint.EndpointCatalog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.util.matcher.ParameterRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatchers;

import static org.springframework.http.HttpMethod.GET;

/**
 * How the REST API's users sign in, and who may do what: the user-role table of docs/api.md#user-roles, as each
 * endpoint's {@code @Endpoint} declares its row, enforced from the {@link EndpointCatalog}. The console's pages have
 * their own chain ({@link ConsoleSecurityConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, ObjectProvider<JwtDecoder> tokens,
                            JwtProperties jwt, ObjectProvider<OAuth2ResourceServerProperties> resourceServer,
                            ObjectProvider<ConsoleIdentity> console, EndpointCatalog catalog)
            throws Exception {
        // The console calls the API for its signed-in users; see ConsoleUsersFilter.
        console.ifAvailable(identity -> http.addFilterBefore(new ConsoleUsersFilter(identity),
                BasicAuthenticationFilter.class));
        // Bearer tokens are accepted when Spring Boot has a decoder: an issuer-uri or a JWK set is set. Only those
        // meant for claimtrail: see TokenValidation.
        boolean bearer = tokens.getIfAvailable() != null;
        if (bearer) {
            JwtAuthenticationConverter converter = TokenValidation.claimtrailOnly(resourceServer.getObject().getJwt(), jwt);
            http.oauth2ResourceServer(resource -> resource
                    .authenticationEntryPoint(problems.unauthenticated(true))
                    .jwt(token -> token.jwtAuthenticationConverter(converter)));
        }
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthenticated(bearer)))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(problems.unauthenticated(bearer))
                        .accessDeniedHandler(problems.forbidden()))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                            "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error").permitAll();
                    endpoints(requests, catalog);
                    requests.requestMatchers(GET, "/api/v1/**").authenticated()
                            .requestMatchers("/actuator/**").hasRole(UserRole.ADMIN.name())
                            .anyRequest().authenticated();
                })
                .build();
    }

    /** Also refuses parameter values with control characters: PostgreSQL cannot store a NUL, nothing needs the rest. */
    @Bean
    HttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedParameterValues(value -> value.chars().noneMatch(Character::isISOControl));
        return firewall;
    }

    @Bean
    RequestRejectedHandler rejectedRequests(ProblemResponses problems) {
        return problems.rejected();
    }

    /**
     * HTTP Basic against the configured accounts. A verified password is remembered for a while, so that bcrypt runs
     * once per client rather than per request; failed sign-ins are slowed per username and address together, so that
     * wrong passwords cannot keep the CPU busy either, nor lock a user out.
     */
    @Bean
    AuthenticationProvider accounts(AccountProperties properties) {
        if (!properties.demoAccountsAllowed()) {
            DefaultPasswords.refuse(properties.users());
        }
        UserDetailsService users = new InMemoryUserDetailsManager(properties.users().stream()
                .map(account -> User.withUsername(account.username())
                        .password(account.password())
                        .roles(account.roles().stream().map(UserRole::name).toArray(String[]::new))
                        .build())
                .toList());
        AuthenticationProvider checked = new LoginThrottle(new DaoAuthenticationProvider(users),
                properties.failedSignIns());
        return !properties.verifiedPasswordTtl().isZero() && !properties.verifiedPasswordTtl().isNegative()
                ? new VerifiedCredentials(checked, users, properties.verifiedPasswordTtl())
                : checked;
    }

    /**
     * Each endpoint's callers, in the catalog's order: the most specific path first, as Spring MVC chooses among
     * handlers. A stricter rule for a parameter comes before its endpoint's own, since the first rule that matches a
     * request decides.
     */
    private static void endpoints(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
            EndpointCatalog catalog) {
        for (ApiEndpoint endpoint : catalog.endpoints()) {
            RequestMatcher request = endpoint.request();
            endpoint.withParameter().forEach((parameter, callers) -> allow(requests.requestMatchers(
                    RequestMatchers.allOf(request, new ParameterRequestMatcher(parameter))), callers));
            allow(requests.requestMatchers(request), endpoint.callers());
        }
    }

    private static void allow(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl rule, Callers callers) {
        if (callers.anySignedInUser()) {
            rule.authenticated();
        } else {
            rule.hasAnyRole(callers.roleNames());
        }
    }
}

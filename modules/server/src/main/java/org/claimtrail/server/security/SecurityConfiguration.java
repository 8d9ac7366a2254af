package org.claimtrail.server.security;

import org.claimtrail.console.api.ConsoleIdentity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
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
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.claimtrail.server.security.UserRole.ADMIN;
import static org.claimtrail.server.security.UserRole.AUDITOR;
import static org.claimtrail.server.security.UserRole.CONTRIBUTOR;
import static org.claimtrail.server.security.UserRole.EDITOR;
import static org.claimtrail.server.security.UserRole.REVIEWER;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/** Who may do what: the one place where the user-role table of docs/api.md#user-roles is enforced. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Reading a claim as it stood in the past is for those who audit. */
    private static final RequestMatcher AS_OF = request -> request.getParameter("asOf") != null;

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, ObjectProvider<JwtDecoder> tokens,
                            JwtProperties jwt, ObjectProvider<ConsoleIdentity> console) throws Exception {
        // The console calls the API for its signed-in users; see ConsoleUsersFilter.
        console.ifAvailable(identity -> http.addFilterBefore(new ConsoleUsersFilter(identity),
                BasicAuthenticationFilter.class));
        // Bearer tokens are accepted when Spring Boot has a decoder: an issuer-uri, a JWK set or a public key is set.
        boolean bearer = tokens.getIfAvailable() != null;
        if (bearer) {
            JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
            converter.setPrincipalClaimName(jwt.usernameClaim());
            converter.setJwtGrantedAuthoritiesConverter(new JwtRoles(jwt.rolesClaim()));
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
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                                "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error").permitAll()
                        .requestMatchers(POST, "/api/v1/claims").hasAnyRole(names(CONTRIBUTOR, REVIEWER, EDITOR))
                        .requestMatchers(POST, "/api/v1/extractions", "/api/v1/extractions/*/accept")
                        .hasAnyRole(names(CONTRIBUTOR, REVIEWER, EDITOR))
                        .requestMatchers(POST, "/api/v1/claims/*/verdicts").hasRole(REVIEWER.name())
                        .requestMatchers(DELETE, "/api/v1/claims/*/verdicts/mine").hasRole(REVIEWER.name())
                        .requestMatchers(POST, "/api/v1/claims/*/evidence").hasAnyRole(names(CONTRIBUTOR, REVIEWER, EDITOR))
                        .requestMatchers(POST, "/api/v1/claims/*/conflicts").hasAnyRole(names(REVIEWER, EDITOR))
                        .requestMatchers(POST, "/api/v1/claims/*/reopen").hasRole(EDITOR.name())
                        // The offline bundle is for auditors, as docs/api.md#user-roles has it.
                        .requestMatchers(GET, "/api/v1/claims/*/history/export").hasRole(AUDITOR.name())
                        .requestMatchers(GET, "/api/v1/claims/*/history", "/api/v1/claims/*/history/**")
                        .hasAnyRole(names(AUDITOR, EDITOR, ADMIN))
                        .requestMatchers(AS_OF).hasAnyRole(names(AUDITOR, EDITOR, ADMIN))
                        .requestMatchers(GET, "/api/v1/audit", "/api/v1/audit/**").hasAnyRole(names(AUDITOR, ADMIN))
                        .requestMatchers("/api/v1/admin/**").hasRole(ADMIN.name())
                        .requestMatchers(GET, "/api/v1/**").authenticated()
                        .requestMatchers("/actuator/**").hasRole(ADMIN.name())
                        .anyRequest().authenticated())
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
     * once per client rather than per request; failed sign-ins are throttled per username and per address, so that
     * wrong passwords cannot keep the CPU busy either.
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
        AccountProperties.Throttle throttle = properties.failedSignIns();
        AuthenticationProvider checked = new LoginThrottle(new DaoAuthenticationProvider(users),
                throttle.perUser(), throttle.perAddress(), throttle.window());
        return !properties.verifiedPasswordTtl().isZero() && !properties.verifiedPasswordTtl().isNegative()
                ? new VerifiedCredentials(checked, users, properties.verifiedPasswordTtl())
                : checked;
    }

    private static String[] names(UserRole... roles) {
        return java.util.Arrays.stream(roles).map(UserRole::name).toArray(String[]::new);
    }
}

package org.claimtrail.server.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.claimtrail.server.security.Role.ADMIN;
import static org.claimtrail.server.security.Role.AUDITOR;
import static org.claimtrail.server.security.Role.CONTRIBUTOR;
import static org.claimtrail.server.security.Role.EDITOR;
import static org.claimtrail.server.security.Role.REVIEWER;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/** Who may do what: the one place where API.md's role table is enforced. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Reading a claim as it stood in the past is for those who audit. */
    private static final RequestMatcher AS_OF = request -> request.getParameter("asOf") != null;

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthenticated()))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                                "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error").permitAll()
                        .requestMatchers(POST, "/api/v1/claims").hasAnyRole(names(CONTRIBUTOR, REVIEWER, EDITOR))
                        .requestMatchers(POST, "/api/v1/claims/*/verdicts").hasRole(REVIEWER.name())
                        .requestMatchers(DELETE, "/api/v1/claims/*/verdicts/mine").hasRole(REVIEWER.name())
                        .requestMatchers(POST, "/api/v1/claims/*/evidence").hasAnyRole(names(CONTRIBUTOR, REVIEWER, EDITOR))
                        .requestMatchers(POST, "/api/v1/claims/*/conflicts").hasAnyRole(names(REVIEWER, EDITOR))
                        .requestMatchers(POST, "/api/v1/claims/*/reopen").hasRole(EDITOR.name())
                        .requestMatchers(GET, "/api/v1/claims/*/history", "/api/v1/claims/*/history/**")
                        .hasAnyRole(names(AUDITOR, EDITOR, ADMIN))
                        .requestMatchers(AS_OF).hasAnyRole(names(AUDITOR, EDITOR, ADMIN))
                        .requestMatchers(GET, "/api/v1/**").authenticated()
                        .requestMatchers("/actuator/**").hasRole(ADMIN.name())
                        .anyRequest().authenticated())
                .build();
    }

    @Bean
    UserDetailsService accounts(AccountProperties properties) {
        return new InMemoryUserDetailsManager(properties.users().stream()
                .map(account -> User.withUsername(account.username())
                        .password(account.password())
                        .roles(account.roles().stream().map(Role::name).toArray(String[]::new))
                        .build())
                .toList());
    }

    private static String[] names(Role... roles) {
        return java.util.Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}

package org.claimtrail.server.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserSource;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The console's single sign-on with an OpenID Connect provider, beside its sign-in form, once Spring Boot has a client
 * registration ({@code spring.security.oauth2.client.registration.*}, docs/configuration.md#single-sign-on). The
 * signed-in user is named and given roles as a bearer token is ({@link JwtProperties}), from the ID token and the
 * provider's user info; the API then hears of them as of any console user ({@code ConsoleUsersFilter}).
 */
final class OidcSignIn {

    static final String LOGIN_PATHS = "/oauth2/authorization/**";
    static final String CALLBACK_PATHS = "/login/oauth2/code/**";

    private OidcSignIn() {
    }

    static void configure(HttpSecurity http, ClientRegistrationRepository registrations, JwtProperties jwt)
            throws Exception {
        JwtRoles roles = new JwtRoles(jwt.rolesClaim());
        OidcUserService users = new OidcUserService();
        users.setOidcUserConverter(source -> user(source, roles, jwt.usernameClaim()));
        // Signing out of the console also ends the provider's session, where the provider offers that.
        OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signedOut.setPostLogoutRedirectUri("{baseUrl}/login?signedOut");
        signedOut.setDefaultTargetUrl("/login?signedOut");
        http.oauth2Login(login -> login
                        .loginPage("/login")
                        .failureUrl("/login?providerError")
                        .defaultSuccessUrl("/", false)
                        .userInfoEndpoint(info -> info.oidcUserService(users)))
                .logout(logout -> logout.logoutSuccessHandler(signedOut));
    }

    private static OidcUser user(OidcUserSource source, JwtRoles roles, String usernameClaim) {
        Map<String, Object> claims = new HashMap<>(source.getUserRequest().getIdToken().getClaims());
        if (source.getUserInfo() != null) {
            claims.putAll(source.getUserInfo().getClaims());
        }
        if (!(claims.get(usernameClaim) instanceof String name) || name.isBlank()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_user_info",
                    "The provider names no user in " + usernameClaim, null));
        }
        Collection<GrantedAuthority> authorities = roles.of(claims);
        return new DefaultOidcUser(authorities, source.getUserRequest().getIdToken(), source.getUserInfo(),
                usernameClaim);
    }
}

package org.claimtrail.console.web;

import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The console's session cookie is sent on top-level navigation only ({@code SameSite=Lax}) on top of the CSRF
 * tokens; the servlet container already makes it {@code HttpOnly}.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfiguration {

    @Bean
    CookieSameSiteSupplier consoleSessionCookie() {
        return CookieSameSiteSupplier.ofLax().whenHasName("JSESSIONID");
    }
}

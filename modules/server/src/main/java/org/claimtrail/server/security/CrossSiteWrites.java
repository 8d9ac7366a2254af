package org.claimtrail.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.claimtrail.platform.endpoint.ProblemType;
import org.claimtrail.server.web.ApiWrites;
import org.claimtrail.server.web.Problems;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

import java.io.IOException;
import java.util.Set;

/**
 * Refuses the API's writes (every method but GET, HEAD, OPTIONS and TRACE) that a page of another site makes a browser
 * send: its {@code Origin} is neither this server's own (as the request reaches it, forwarded headers of a trusted
 * proxy applied) nor one of {@code claimtrail.security.allowed-origins}, or, without an {@code Origin}, its
 * {@code Sec-Fetch-Site} is {@code cross-site} or {@code same-site}. Such a request would carry the credentials the
 * browser holds for this server, so it is answered 403 before anyone is signed in. Clients that are no browser send
 * neither header and are not affected; that every write is also {@code application/json}, which no form can send,
 * is RequestBodyFilter's rule. The console's pages have CSRF tokens of their own (ConsoleSecurityConfiguration).
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class CrossSiteWrites extends OncePerRequestFilter {

    private static final Set<String> OTHER_SITES = Set.of("cross-site", "same-site");

    private final Set<String> allowedOrigins;
    private final Problems problems;

    CrossSiteWrites(OriginProperties origins, Problems problems) {
        this.allowedOrigins = Set.copyOf(origins.allowedOrigins());
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiWrites.isApiWrite(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        String site = request.getHeader("Sec-Fetch-Site");
        boolean otherSite = origin != null
                ? !allowedOrigins.contains(origin) && !sameOrigin(request)
                : site != null && OTHER_SITES.contains(site);
        if (otherSite) {
            problems.write(response, ProblemType.CROSS_SITE_REQUEST, ProblemType.CROSS_SITE_REQUEST.example());
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean sameOrigin(HttpServletRequest request) {
        try {
            return WebUtils.isSameOrigin(new ServletServerHttpRequest(request));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}

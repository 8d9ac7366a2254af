package org.claimtrail.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.claimtrail.console.api.ConsoleIdentity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Authenticates the console's calls to the API as the user signed in to the console: the header is signed with a
 * key only the console's nodes hold ({@link ConsoleIdentity}) and names the user and the roles their sign-in
 * gave them. A header that does not verify authenticates nobody, and the request is answered as one without
 * credentials.
 */
class ConsoleUsersFilter extends OncePerRequestFilter {

    private final ConsoleIdentity identity;

    ConsoleUsersFilter(ConsoleIdentity identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        identity.verify(request.getHeader(ConsoleIdentity.HEADER)).ifPresent(user -> {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.name(), null,
                    user.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
            SecurityContextHolder.setContext(context);
        });
        chain.doFilter(request, response);
    }
}

package org.claimtrail.server.web;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Set;

/**
 * What the edge counts as a write to the API: any method but GET, HEAD, OPTIONS and TRACE under {@code /api/}. The
 * cross-site refusal, the write rate limit and the body's media-type rule all apply to these, and to the same ones.
 */
public final class ApiWrites {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private ApiWrites() {
    }

    public static boolean isApiWrite(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod()) && request.getRequestURI().startsWith("/api/");
    }
}

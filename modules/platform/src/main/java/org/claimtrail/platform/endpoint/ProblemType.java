package org.claimtrail.platform.endpoint;

import org.springframework.http.HttpStatus;

/**
 * Every kind of problem answer (RFC 9457) the server gives, with its status, when it is given and an example in the
 * words the server uses: what every answer's {@code type} is made of, and what the OpenAPI document lists. An
 * {@link Endpoint} names those only it gives; the answers every operation of a kind can give are the OpenAPI
 * configuration's to add.
 */
public enum ProblemType {

    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "malformed-request", "the request or its body cannot be read",
            "The body is not well-formed JSON of the expected form."),
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "invalid-request", "fields or parameters are invalid, each named in errors",
            "The request has invalid fields."),
    INVALID_IDEMPOTENCY_KEY(HttpStatus.BAD_REQUEST, "invalid-idempotency-key",
            "the Idempotency-Key is not 1 to 255 visible ASCII characters",
            "Idempotency-Key must be 1 to 255 visible ASCII characters."),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "unauthenticated", "no or wrong credentials",
            "Sign in with HTTP Basic or a bearer token."),
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "the user's roles do not allow the request",
            "Your roles do not allow this request."),
    CROSS_SITE_REQUEST(HttpStatus.FORBIDDEN, "cross-site-request",
            "a write a page of another site made a browser send (its Origin or Sec-Fetch-Site)",
            "This write comes from a page of another site; the API takes writes from its own pages and from clients "
                    + "that are no browser. Nothing was changed."),
    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "nothing is on record under this path",
            "No claim b09e5433-3caf-4739-929b-bc491886a7f3 is on record."),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
            "the path has no operation of the request's method (Allow names those it has)",
            "PUT is not supported on /api/v1/claims; it supports GET, POST."),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable",
            "the request's Accept allows none of the media types the operation answers",
            "GET /api/v1/claims answers application/json; the request's Accept allows none of them."),
    WORKFLOW_RULE(HttpStatus.CONFLICT, "workflow-rule", "a workflow rule forbids the request",
            "A reviewer may not give a verdict on a claim they proposed."),
    PROPOSITION_FULL(HttpStatus.CONFLICT, "proposition-full",
            "the proposition holds as many claims, or as many sides, as one may (claimtrail.limits.*)",
            "Proposition dprk-troops-in-russia-2024 has 1000 sides (distinct quantities), as many as one proposition "
                    + "may (claimtrail.limits.sides-per-proposition): propose a quantity one of its claims states, or "
                    + "none; nothing was proposed."),
    CONCURRENT_CHANGE(HttpStatus.CONFLICT, "concurrent-change", "another request changed the claim at the same moment",
            "The claim was changed by another request at the same moment; send the request again."),
    IDEMPOTENCY_KEY_IN_FLIGHT(HttpStatus.CONFLICT, "idempotency-key-in-flight",
            "the first request with this Idempotency-Key is still being answered",
            "The first request with this Idempotency-Key is still being answered; retry shortly."),
    EVIDENCE_LIMIT(HttpStatus.CONFLICT, "evidence-limit",
            "the claim holds as many sources as claimtrail.limits.evidence-per-claim allows",
            "This claim holds 200 sources, the most a claim may hold; nothing was attached."),
    STALE_VERSION(HttpStatus.PRECONDITION_FAILED, "stale-version", "the claim is no longer at the version of If-Match",
            "The claim is no longer at the version of If-Match; nothing was changed. Read it again and decide anew."),
    BODY_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "the body is larger than 1 MiB",
            "The request body is larger than 1048576 bytes (1 MiB)."),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
            "a write that is not application/json (one without a body may name no type)",
            "The body must be application/json, not text/plain."),
    IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
            "the Idempotency-Key was used before for another request",
            "This Idempotency-Key was used with another request; use a new key for a new request."),
    UNPROCESSABLE_CONTENT(HttpStatus.UNPROCESSABLE_CONTENT, "unprocessable-content", "the text is not in English",
            "The text reads as German (deu); only English text is read."),
    TOO_MANY_FAILED_SIGN_INS(HttpStatus.TOO_MANY_REQUESTS, "too-many-failed-sign-ins",
            "too many failed sign-ins of this name from this address, or from this address (Retry-After)",
            "Too many failed sign-ins; try again in 30 s."),
    TOO_MANY_LIVE_STREAMS(HttpStatus.TOO_MANY_REQUESTS, "too-many-live-streams",
            "the console's live stream (/live) is open as often as allowed for this user or this node (Retry-After)",
            "You have 5 live streams open, as many as one user may; close a console page or try again later."),
    TOO_MANY_WRITES(HttpStatus.TOO_MANY_REQUESTS, "too-many-writes",
            "the user has sent more writes than claimtrail.limits.writes allows (Retry-After, RateLimit)",
            "Writes are limited to 20 per 1s per user, in bursts of up to 100; nothing was changed. Try again in 1 s."),
    INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "the server failed to answer the request",
            "The server failed to answer this request."),
    NOT_IMPLEMENTED(HttpStatus.NOT_IMPLEMENTED, "not-implemented", "the server does not implement the request's method",
            "The server does not implement this request's method."),
    ROLE_NOT_SERVED(HttpStatus.SERVICE_UNAVAILABLE, "role-not-served",
            "this node does not run the role that serves the request (Retry-After)",
            "This node does not run the command role (claimtrail.roles=projection): send this request to a node that "
                    + "runs it. Nothing was changed."),
    STORAGE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "storage-unavailable", "PostgreSQL is unavailable (Retry-After)",
            "Storage is unavailable; nothing was changed. Try again shortly.");

    /** What every type's URI begins with. */
    public static final String PREFIX = "urn:claimtrail:problem:";

    private final HttpStatus status;
    private final String type;
    private final String when;
    private final String example;

    ProblemType(HttpStatus status, String type, String when, String example) {
        this.status = status;
        this.type = type;
        this.when = when;
        this.example = example;
    }

    public HttpStatus status() {
        return status;
    }

    /** The short name, such as {@code not-found}. */
    public String type() {
        return type;
    }

    /** The type as an answer writes it: {@code urn:claimtrail:problem:not-found}. */
    public String uri() {
        return PREFIX + type;
    }

    /** When the server answers with it, as the OpenAPI document says. */
    public String when() {
        return when;
    }

    /** The detail of a typical answer. */
    public String example() {
        return example;
    }
}

package org.claimtrail.platform.endpoint;

/**
 * The roles of docs/api.md that a user holds, several at once if need be: what an {@link Endpoint} lets call it, and
 * what accounts and tokens grant.
 */
public enum UserRole {
    CONTRIBUTOR, REVIEWER, EDITOR, AUDITOR, ADMIN
}

package org.claimtrail.server.security;

/** The user roles of docs/api.md#user-roles; a user may hold several. */
public enum UserRole {
    CONTRIBUTOR, REVIEWER, EDITOR, AUDITOR, ADMIN
}

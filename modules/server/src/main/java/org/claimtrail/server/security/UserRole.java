package org.claimtrail.server.security;

/** The roles of API.md; a user may hold several. */
public enum UserRole {
    CONTRIBUTOR, REVIEWER, EDITOR, AUDITOR, ADMIN
}

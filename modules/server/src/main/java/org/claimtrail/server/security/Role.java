package org.claimtrail.server.security;

/** The roles of API.md; a user may hold several. */
public enum Role {
    CONTRIBUTOR, REVIEWER, EDITOR, AUDITOR, ADMIN
}

package org.claimtrail.console.web;

import java.util.Set;

/** The signed-in user as the pages see them: which controls to show is decided from these roles. */
public record Viewer(String name, Set<String> roles) {

    public boolean has(String... any) {
        for (String role : any) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean canPropose() {
        return has("CONTRIBUTOR", "REVIEWER", "EDITOR");
    }

    public boolean canJudge() {
        return has("REVIEWER");
    }

    public boolean canReopen() {
        return has("EDITOR");
    }

    public boolean canLinkConflicts() {
        return has("REVIEWER", "EDITOR");
    }

    public boolean canReadHistory() {
        return has("AUDITOR", "EDITOR", "ADMIN");
    }

    public boolean canReadAudit() {
        return has("AUDITOR", "ADMIN");
    }

    public boolean isAdmin() {
        return has("ADMIN");
    }
}

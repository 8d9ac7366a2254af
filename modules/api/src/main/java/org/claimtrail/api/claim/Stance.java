package org.claimtrail.api.claim;

/** Whether a source appearance supports the claim or contradicts it. */
public enum Stance {
    SUPPORTS, CONTRADICTS
}

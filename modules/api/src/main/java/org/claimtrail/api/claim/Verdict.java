package org.claimtrail.api.claim;

/** A reviewer's decision on a claim. */
public enum Verdict {
    CORROBORATE, DENY, DISPUTE
}

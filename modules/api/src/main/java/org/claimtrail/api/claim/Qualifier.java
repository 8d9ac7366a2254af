package org.claimtrail.api.claim;

/** How a source qualifies a number: "1,500" is EXACT, "at least 3,000" AT_LEAST, "1,000 to 2,000" RANGE. */
public enum Qualifier {
    EXACT, AT_LEAST, AT_MOST, APPROXIMATELY, RANGE
}

package org.claimtrail.api.claim;

/** Length limits of text fields, in characters; docs/api.md#limits and the OpenAPI document repeat them. */
public final class Limits {
    public static final int STATEMENT = 2_000;
    public static final int NAME = 200;
    public static final int TITLE = 500;
    public static final int QUOTE = 1_000;
    public static final int URL = 2_048;
    public static final int RATIONALE = 4_000;
    public static final int SOURCES = 50;

    /**
     * An http or https URL without white space, in the scheme's any case. Written in the part of the syntax that
     * Java and ECMA-262 (the dialect of OpenAPI's {@code pattern}, which client generators and JavaScript validators
     * use) share: ECMA-262 has no {@code (?i)}, so the case is spelled out.
     */
    public static final String URL_PATTERN = "^[Hh][Tt][Tt][Pp][Ss]?://\\S+$";

    private Limits() {
    }
}

package org.claimtrail.platform.endpoint;

/** The resources a user of the REST API thinks in, as the OpenAPI document lists them; an {@link Endpoint} has one. */
public enum ApiTag {

    CLAIMS("Claims", "Claims as sources state them: propose, list, read, as of a past instant, and the schema.org "
            + "ClaimReview of a decided claim."),
    VERDICTS("Verdicts", "Reviewers' verdicts (CORROBORATE, DENY, DISPUTE), their withdrawal, and an editor's "
            + "reopening of a decided claim; the claim's state follows from them."),
    EVIDENCE("Evidence", "Further sources attached to a claim, supporting or contradicting it."),
    CONFLICTS("Conflicts", "Links between claims that cannot both be true."),
    HISTORY("History", "A claim's events as the event store holds them, the check of their hash chain against the "
            + "signed checkpoint of its head, and its export for offline verification."),
    PROPOSITIONS("Propositions", "The question several claims answer, with their conflicts."),
    AUDIT("Audit", "Events across claims: who did what, when; the audit public key and the check that no claim "
            + "vanished from the store."),
    EXTRACTION("Extraction", "Candidate claims read from an article's text, and their acceptance as claims."),
    ADMIN("Admin", "Operators' actions: rebuilding read models, replaying the Kafka relay.");

    private final String title;
    private final String description;

    ApiTag(String title, String description) {
        this.title = title;
        this.description = description;
    }

    /** The tag's name in the OpenAPI document. */
    public String title() {
        return title;
    }

    public String description() {
        return description;
    }
}

package org.claimtrail.server.web;

import org.claimtrail.platform.endpoint.ProblemType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.claimtrail.platform.endpoint.ProblemType.CONCURRENT_CHANGE;
import static org.claimtrail.platform.endpoint.ProblemType.FORBIDDEN;
import static org.claimtrail.platform.endpoint.ProblemType.NOT_FOUND;
import static org.claimtrail.platform.endpoint.ProblemType.STALE_VERSION;
import static org.claimtrail.platform.endpoint.ProblemType.UNPROCESSABLE_CONTENT;
import static org.claimtrail.platform.endpoint.ProblemType.WORKFLOW_RULE;

/**
 * What the OpenAPI document says of each operation of the REST API: its resource (tag), a name for generated
 * clients, what it does and who may ask, the answers only it gives, and its examples (names in
 * {@code openapi/examples.json}, taken from the demo data). Kept beside {@code SecurityConfiguration}, whose role
 * table the "who" lines repeat; the answers every operation of a kind can give are added by
 * {@link OpenApiConfiguration}.
 */
final class ApiOperations {

    /** A resource a user thinks in, and what it is. */
    record Tag(String name, String description) {
    }

    /**
     * One operation. {@code roles} is null when every signed-in user may ask; {@code request} and {@code response}
     * name examples, or are null.
     */
    record Operation(String tag, String id, String summary, String description, String roles,
                     Set<ProblemType> problems, String request, String response) {
    }

    static final List<Tag> TAGS = List.of(
            new Tag("Claims", "Claims as sources state them: propose, list, read, as of a past instant, and the "
                    + "schema.org ClaimReview of a decided claim."),
            new Tag("Verdicts", "Reviewers' verdicts (CORROBORATE, DENY, DISPUTE), their withdrawal, and an editor's "
                    + "reopening of a decided claim; the claim's state follows from them."),
            new Tag("Evidence", "Further sources attached to a claim, supporting or contradicting it."),
            new Tag("Conflicts", "Links between claims that cannot both be true."),
            new Tag("History", "A claim's events as the event store holds them, the check of their hash chain "
                    + "against the signed checkpoint of its head, and its export for offline verification."),
            new Tag("Propositions", "The question several claims answer, with their conflicts."),
            new Tag("Audit", "Events across claims: who did what, when; the audit public key and the check that "
                    + "no claim vanished from the store."),
            new Tag("Extraction", "Candidate claims read from an article's text, and their acceptance as claims."),
            new Tag("Admin", "Operators' actions: rebuilding read models, replaying the Kafka relay."));

    private static final String WRITERS = "CONTRIBUTOR, REVIEWER or EDITOR";
    private static final String AUDITORS = "AUDITOR, EDITOR or ADMIN";

    private static final Map<String, Operation> OPERATIONS = new LinkedHashMap<>();

    static {
        add("POST /api/v1/claims", new Operation("Claims", "proposeClaim", "Propose a claim",
                "Records a claim as a source states it, in state PROPOSED. Answers 201 with the claim, its Location and "
                        + "ETag \"0\". A claim on a proposition whose quantity cannot be true with another's becomes "
                        + "DISPUTED within a second or two.", WRITERS,
                Set.of(), "claimProposal", "proposedClaim"));
        add("GET /api/v1/claims", new Operation("Claims", "listClaims", "List claims",
                "Claims from the read table, newest first, filtered by state, proposition and words of the "
                        + "statement, a page at a time.", null,
                Set.of(), null, "claimPage"));
        add("GET /api/v1/claims/{id}", new Operation("Claims", "getClaim", "Read a claim",
                "The claim with its ETag. With asOf, the claim as it stood at that instant, rebuilt from its events "
                        + "(AUDITOR, EDITOR or ADMIN only: 403 for others).", null,
                Set.of(NOT_FOUND, FORBIDDEN), null, "claim"));
        add("GET /api/v1/claims/{id}/claim-review", new Operation("Claims", "getClaimReview",
                "Read a decided claim's ClaimReview",
                "The schema.org ClaimReview (JSON-LD) of a CORROBORATED or DENIED claim; an undecided claim has none "
                        + "yet (409).", null,
                Set.of(NOT_FOUND, WORKFLOW_RULE), null, "claimReview"));
        add("POST /api/v1/claims/{id}/verdicts", new Operation("Verdicts", "submitVerdict", "Submit a verdict",
                "The reviewer's verdict replaces any earlier one of theirs; the state is derived again. A reviewer may "
                        + "not judge a claim they proposed (409). With If-Match, a claim that changed since that "
                        + "version answers 412 and nothing changes.", "REVIEWER",
                Set.of(NOT_FOUND, WORKFLOW_RULE, CONCURRENT_CHANGE, STALE_VERSION), "verdict", "claim"));
        add("DELETE /api/v1/claims/{id}/verdicts/mine", new Operation("Verdicts", "withdrawVerdict",
                "Withdraw your verdict",
                "Removes the reviewer's active verdict (409 if there is none); the state is derived again.",
                "REVIEWER",
                Set.of(NOT_FOUND, WORKFLOW_RULE, CONCURRENT_CHANGE, STALE_VERSION), null, "claim"));
        add("POST /api/v1/claims/{id}/reopen", new Operation("Verdicts", "reopenClaim", "Reopen a decided claim",
                "Sets the verdicts of a CORROBORATED or DENIED claim aside, with a reason; the state is derived again. "
                        + "An undecided claim cannot be reopened (409).", "EDITOR",
                Set.of(NOT_FOUND, WORKFLOW_RULE, CONCURRENT_CHANGE, STALE_VERSION), "reopen", "claim"));
        add("POST /api/v1/claims/{id}/evidence", new Operation("Evidence", "attachEvidence", "Attach evidence",
                "Adds a source to the claim, with its stance: SUPPORTS or CONTRADICTS.", WRITERS,
                Set.of(NOT_FOUND, CONCURRENT_CHANGE, STALE_VERSION), "evidence", "claim"));
        add("POST /api/v1/claims/{id}/conflicts", new Operation("Conflicts", "linkConflict", "Link a conflict",
                "Links the claim with another that cannot be true with it; both become DISPUTED while the conflict is "
                        + "open. withClaimId must name another claim on record (400).", "REVIEWER or EDITOR",
                Set.of(NOT_FOUND, WORKFLOW_RULE, CONCURRENT_CHANGE), "conflict", "claim"));
        add("GET /api/v1/claims/{id}/history", new Operation("History", "getHistory", "Read a claim's history",
                "Every event of the claim in order, read from the event store: who did what, when, and why, with the "
                        + "hash that chains each event to the one before.", AUDITORS,
                Set.of(NOT_FOUND), null, "history"));
        add("GET /api/v1/claims/{id}/history/verify", new Operation("History", "verifyHistory",
                "Verify a claim's hash chain",
                "Recomputes the claim's hash chain and compares it with the latest signed checkpoint of its head: "
                        + "intact, or the first event that is altered, reordered or missing, named.", AUDITORS,
                Set.of(NOT_FOUND), null, "chainVerification"));
        add("GET /api/v1/claims/{id}/history/export", new Operation("History", "exportHistory",
                "Export a claim's history for offline verification",
                "A self-contained JSON bundle: every stored field of every event (identifier, type, aggregate, "
                        + "sequence, timestamp as stored, metadata, payload), their hashes and the latest signed "
                        + "checkpoint of the claim's head. `verify-history BUNDLE --public-key KEY.pem` of the local "
                        + "jar checks it with no server and no database.", "AUDITOR",
                Set.of(NOT_FOUND), null, "historyBundle"));
        add("GET /api/v1/audit/public-key", new Operation("Audit", "getAuditPublicKey", "Read the audit public key",
                "The Ed25519 public key (PEM) that verifies signed chain heads and store checkpoints; 404 when the "
                        + "server has no audit key.", "AUDITOR or ADMIN",
                Set.of(NOT_FOUND), null, "auditPublicKey"));
        add("GET /api/v1/audit/store-checkpoint/verify", new Operation("Audit", "verifyStore",
                "Verify that no claim vanished",
                "Checks the latest signed store checkpoint (a Merkle root over every claim's signed head) and that "
                        + "each head it covers is still in the event store; lists vanished and damaged claims. 404 "
                        + "before the first store checkpoint.", "AUDITOR or ADMIN",
                Set.of(NOT_FOUND), null, "storeVerification"));
        add("GET /api/v1/propositions/{key}", new Operation("Propositions", "getProposition", "Read a proposition",
                "The claims on the proposition with their normalised units, the conflicts among them, and the claims "
                        + "whose units cannot be compared.", null,
                Set.of(NOT_FOUND), null, "proposition"));
        add("GET /api/v1/audit", new Operation("Audit", "searchAudit", "Search the audit log",
                "Events across claims, newest first, filtered by actor, claim, event type and time.",
                "AUDITOR or ADMIN",
                Set.of(), null, "auditPage"));
        add("POST /api/v1/extractions", new Operation("Extraction", "extractCandidates",
                "Extract candidate claims from an article",
                "Reads an English article and answers with candidate claims: the sentence, its quantity, attribution, "
                        + "proposition, and claims on record it duplicates or conflicts with. Nothing is proposed "
                        + "yet. Text in another language answers 422.", WRITERS,
                Set.of(UNPROCESSABLE_CONTENT), "extractionRequest", "extraction"));
        add("POST /api/v1/extractions/{id}/accept", new Operation("Extraction", "acceptCandidates",
                "Accept candidates as claims",
                "Proposes the chosen candidates, corrected where the request says so, as claims with the article as "
                        + "their source. Answers 201 with the claims; a candidate accepted before answers 409.",
                WRITERS,
                Set.of(NOT_FOUND, WORKFLOW_RULE), "acceptRequest", "accepted"));
        add("GET /api/v1/extractions/{id}", new Operation("Extraction", "getExtraction", "Read an extraction",
                "The article, what the machine proposed, and which candidates who accepted as which claim.", null,
                Set.of(NOT_FOUND), null, "extractionRecord"));
        add("GET /api/v1/admin/projections", new Operation("Admin", "listProjections", "List the read models",
                "Each read model's position in the event stream, and whether it is being rebuilt.", "ADMIN",
                Set.of(), null, "projections"));
        add("POST /api/v1/admin/projections/{name}/rebuild", new Operation("Admin", "rebuildProjection",
                "Rebuild a read model",
                "Empties the read model and replays every event into it, in the background (202). Reads answer from "
                        + "the event store meanwhile.", "ADMIN",
                Set.of(NOT_FOUND), null, "rebuilding"));
        add("POST /api/v1/admin/kafka/replay", new Operation("Admin", "replayKafkaRelay", "Replay the Kafka relay",
                "Sends every event to the claim topics again, in the background (202), for a new subscriber group; "
                        + "subscribers drop repeats by ce_id.", "ADMIN",
                Set.of(), null, "replay"));
    }

    private ApiOperations() {
    }

    private static void add(String key, Operation operation) {
        OPERATIONS.put(key, operation);
    }

    static Optional<Operation> of(String method, String path) {
        return Optional.ofNullable(OPERATIONS.get(method + " " + path));
    }
}

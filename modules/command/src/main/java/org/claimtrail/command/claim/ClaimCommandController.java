package org.claimtrail.command.claim;

import jakarta.validation.Valid;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.claimtrail.api.claim.AttachEvidence;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.api.claim.LinkConflict;
import org.claimtrail.api.claim.ReopenClaim;
import org.claimtrail.api.claim.Source;
import org.claimtrail.api.claim.WithdrawVerdict;
import org.claimtrail.api.InvalidFieldException;
import org.claimtrail.platform.endpoint.ApiTag;
import org.claimtrail.platform.endpoint.Endpoint;
import org.claimtrail.platform.role.NodeRole;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.security.Principal;

import static org.claimtrail.platform.endpoint.ProblemType.CONCURRENT_CHANGE;
import static org.claimtrail.platform.endpoint.ProblemType.EVIDENCE_LIMIT;
import static org.claimtrail.platform.endpoint.ProblemType.NOT_FOUND;
import static org.claimtrail.platform.endpoint.ProblemType.PROPOSITION_FULL;
import static org.claimtrail.platform.endpoint.ProblemType.STALE_VERSION;
import static org.claimtrail.platform.endpoint.ProblemType.WORKFLOW_RULE;
import static org.claimtrail.platform.endpoint.UserRole.CONTRIBUTOR;
import static org.claimtrail.platform.endpoint.UserRole.EDITOR;
import static org.claimtrail.platform.endpoint.UserRole.REVIEWER;

/**
 * The write side of claims. Each answer is the claim as its aggregate holds it after the command committed, so a
 * client always sees its own change, whatever the lag of the read tables, and no read side needs to run here.
 */
@RestController
@RequestMapping("/api/v1/claims")
class ClaimCommandController {

    private final ClaimCommands commands;
    private final EventStore eventStore;

    ClaimCommandController(ClaimCommands commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @PostMapping
    @Endpoint(servedBy = NodeRole.COMMAND, users = {CONTRIBUTOR, REVIEWER, EDITOR}, tag = ApiTag.CLAIMS,
            operationId = "proposeClaim", summary = "Propose a claim",
            description = "Records a claim as a source states it, in state PROPOSED. Answers 201 with the claim, its "
                    + "Location and ETag \"0\". A claim on a proposition whose quantity cannot be true with another's "
                    + "becomes DISPUTED within a second or two. A proposition holds at most "
                    + "claimtrail.limits.claims-per-proposition claims on claimtrail.limits.sides-per-proposition "
                    + "sides (distinct quantities): a proposal past them is refused with 409.",
            problems = PROPOSITION_FULL, requestExample = "claimProposal", responseExample = "proposedClaim")
    ResponseEntity<ClaimView> propose(@Valid @RequestBody ProposeClaimRequest request, Principal user,
                                      UriComponentsBuilder uri) {
        ClaimId id = ClaimId.random();
        ClaimView claim = commands.send(request.toCommand(id, user.getName()));
        // The claim's own id: a retried request (Idempotency-Key) is answered with the claim its first run proposed.
        return ResponseEntity.created(uri.path("/api/v1/claims/{id}").build(claim.id().toString()))
                .eTag(Long.toString(claim.version()))
                .body(claim);
    }

    @PostMapping("/{id}/verdicts")
    @Endpoint(servedBy = NodeRole.COMMAND, users = REVIEWER, tag = ApiTag.VERDICTS,
            operationId = "submitVerdict", summary = "Submit a verdict",
            description = "The reviewer's verdict replaces any earlier one of theirs; the state is derived again. A "
                    + "reviewer may not judge a claim they proposed (409). With If-Match, a claim that changed since "
                    + "that version answers 412 and nothing changes.",
            problems = {NOT_FOUND, WORKFLOW_RULE, CONCURRENT_CHANGE, STALE_VERSION, EVIDENCE_LIMIT},
            requestExample = "verdict", responseExample = "claim")
    ResponseEntity<ClaimView> submitVerdict(@PathVariable ClaimId id, @Valid @RequestBody SubmitVerdictRequest request,
                                            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                            Principal user) {
        return answer(commands.send(request.toCommand(id, user.getName(), IfMatch.expectedVersion(ifMatch))));
    }

    @DeleteMapping("/{id}/verdicts/mine")
    @Endpoint(servedBy = NodeRole.COMMAND, users = REVIEWER, tag = ApiTag.VERDICTS,
            operationId = "withdrawVerdict", summary = "Withdraw your verdict",
            description = "Removes the reviewer's active verdict (409 if there is none); the state is derived again.",
            problems = {NOT_FOUND, WORKFLOW_RULE, CONCURRENT_CHANGE, STALE_VERSION}, responseExample = "claim")
    ResponseEntity<ClaimView> withdrawVerdict(@PathVariable ClaimId id,
                                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                              Principal user) {
        return answer(commands.send(new WithdrawVerdict(id, user.getName(), IfMatch.expectedVersion(ifMatch))));
    }

    @PostMapping("/{id}/evidence")
    @Endpoint(servedBy = NodeRole.COMMAND, users = {CONTRIBUTOR, REVIEWER, EDITOR}, tag = ApiTag.EVIDENCE,
            operationId = "attachEvidence", summary = "Attach evidence",
            description = "Adds a source to the claim, with its stance: SUPPORTS or CONTRADICTS. A claim holds at most "
                    + "200 sources by default (claimtrail.limits.evidence-per-claim): beyond, 409 and nothing is "
                    + "attached.",
            problems = {NOT_FOUND, CONCURRENT_CHANGE, STALE_VERSION, EVIDENCE_LIMIT},
            requestExample = "evidence", responseExample = "claim")
    ResponseEntity<ClaimView> attachEvidence(@PathVariable ClaimId id, @Valid @RequestBody Source source,
                                             @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                             Principal user) {
        return answer(commands.send(new AttachEvidence(id, source, user.getName(), IfMatch.expectedVersion(ifMatch))));
    }

    @PostMapping("/{id}/conflicts")
    @Endpoint(servedBy = NodeRole.COMMAND, users = {REVIEWER, EDITOR}, tag = ApiTag.CONFLICTS,
            operationId = "linkConflict", summary = "Link a conflict",
            description = "Links the claim with another that cannot be true with it; both become DISPUTED while the "
                    + "conflict is open. withClaimId must name another claim on record (400).",
            problems = {NOT_FOUND, WORKFLOW_RULE, CONCURRENT_CHANGE},
            requestExample = "conflict", responseExample = "claim")
    ResponseEntity<ClaimView> linkConflict(@PathVariable ClaimId id, @Valid @RequestBody LinkConflictRequest request) {
        if (request.withClaimId().equals(id)) {
            throw new InvalidFieldException("withClaimId", "a claim cannot conflict with itself");
        }
        if (!exists(request.withClaimId())) {
            throw new InvalidFieldException("withClaimId", "no claim " + request.withClaimId() + " is on record");
        }
        return answer(commands.send(LinkConflict.withClaim(id, request.withClaimId(), request.reason())));
    }

    @PostMapping("/{id}/reopen")
    @Endpoint(servedBy = NodeRole.COMMAND, users = EDITOR, tag = ApiTag.VERDICTS,
            operationId = "reopenClaim", summary = "Reopen a decided claim",
            description = "Sets the verdicts of a CORROBORATED or DENIED claim aside, with a reason; the state is "
                    + "derived again. An undecided claim cannot be reopened (409).",
            problems = {NOT_FOUND, WORKFLOW_RULE, CONCURRENT_CHANGE, STALE_VERSION},
            requestExample = "reopen", responseExample = "claim")
    ResponseEntity<ClaimView> reopen(@PathVariable ClaimId id, @Valid @RequestBody ReopenRequest request,
                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                     Principal user) {
        return answer(commands.send(new ReopenClaim(id, request.reason(), user.getName(), IfMatch.expectedVersion(ifMatch))));
    }

    private static ResponseEntity<ClaimView> answer(ClaimView claim) {
        return ResponseEntity.ok().eTag(Long.toString(claim.version())).body(claim);
    }

    /** One indexed look-up of the stream's last sequence number, rather than rebuilding the claim. */
    private boolean exists(ClaimId id) {
        return eventStore.lastSequenceNumberFor(id.toString()).isPresent();
    }
}

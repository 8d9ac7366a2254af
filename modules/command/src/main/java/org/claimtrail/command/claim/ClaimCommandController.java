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
    ResponseEntity<ClaimView> submitVerdict(@PathVariable ClaimId id, @Valid @RequestBody SubmitVerdictRequest request,
                                            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                            Principal user) {
        return answer(commands.send(request.toCommand(id, user.getName(), IfMatch.expectedVersion(ifMatch))));
    }

    @DeleteMapping("/{id}/verdicts/mine")
    ResponseEntity<ClaimView> withdrawVerdict(@PathVariable ClaimId id,
                                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                              Principal user) {
        return answer(commands.send(new WithdrawVerdict(id, user.getName(), IfMatch.expectedVersion(ifMatch))));
    }

    @PostMapping("/{id}/evidence")
    ResponseEntity<ClaimView> attachEvidence(@PathVariable ClaimId id, @Valid @RequestBody Source source,
                                             @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                             Principal user) {
        return answer(commands.send(new AttachEvidence(id, source, user.getName(), IfMatch.expectedVersion(ifMatch))));
    }

    @PostMapping("/{id}/conflicts")
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

package org.claimtrail.command.claim;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.api.claim.FindClaim;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.security.Principal;

/**
 * The write side of claims. Each answer is the claim rebuilt from its events after the command committed,
 * so a client always sees its own change, whatever the lag of the read tables.
 */
@RestController
@RequestMapping("/api/v1/claims")
class ClaimCommandController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    ClaimCommandController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<ClaimView> propose(@Valid @RequestBody ProposeClaimRequest request, Principal user,
                                      UriComponentsBuilder uri) {
        ClaimId id = ClaimId.random();
        commands.sendAndWait(request.toCommand(id, user.getName()));
        ClaimView claim = current(id);
        return ResponseEntity.created(uri.path("/api/v1/claims/{id}").build(id.toString()))
                .eTag(Long.toString(claim.version()))
                .body(claim);
    }

    @PostMapping("/{id}/verdicts")
    ResponseEntity<ClaimView> submitVerdict(@PathVariable ClaimId id, @Valid @RequestBody SubmitVerdictRequest request,
                                            Principal user) {
        commands.sendAndWait(request.toCommand(id, user.getName()));
        ClaimView claim = current(id);
        return ResponseEntity.ok().eTag(Long.toString(claim.version())).body(claim);
    }

    private ClaimView current(ClaimId id) {
        return queries.query(new FindClaim(id, null), ClaimView.class).join();
    }
}

package org.claimtrail.projection.proposition;

import org.claimtrail.api.NotFound;
import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.api.proposition.PropositionKey;
import org.claimtrail.projection.claim.ClaimViewRepository;
import org.claimtrail.platform.endpoint.ApiTag;
import org.claimtrail.platform.endpoint.Endpoint;
import org.claimtrail.platform.endpoint.ProblemType;
import org.claimtrail.platform.role.NodeRole;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class PropositionController {

    private final ClaimViewRepository claims;
    private final PropositionProjection propositions;

    PropositionController(ClaimViewRepository claims, PropositionProjection propositions) {
        this.claims = claims;
        this.propositions = propositions;
    }

    @GetMapping("/api/v1/propositions/{key}")
    @Endpoint(servedBy = NodeRole.PROJECTION, anySignedInUser = true, tag = ApiTag.PROPOSITIONS,
            operationId = "getProposition", summary = "Read a proposition",
            description = "The claims on the proposition with their normalised units, the conflicts among them, and "
                    + "the claims whose units cannot be compared.",
            problems = ProblemType.NOT_FOUND, responseExample = "proposition")
    PropositionView get(@PathVariable PropositionKey key) {
        List<ClaimView> views = claims.findByProposition(key.value());
        if (views.isEmpty()) {
            throw new NotFound("No claim is on proposition " + key.value() + ".");
        }
        return PropositionView.of(key.value(), views, propositions.registrations(key), propositions.sides(key));
    }
}

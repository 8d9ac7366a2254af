package org.claimtrail.projection.proposition;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.claimtrail.api.NotFound;
import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.api.proposition.PropositionKey;
import org.claimtrail.projection.claim.ClaimPage;
import org.claimtrail.projection.claim.ClaimViewRepository;
import org.claimtrail.platform.endpoint.ApiTag;
import org.claimtrail.platform.endpoint.Endpoint;
import org.claimtrail.platform.endpoint.ProblemType;
import org.claimtrail.platform.role.NodeRole;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PropositionController {

    private final ClaimViewRepository claims;
    private final PropositionProjection propositions;

    PropositionController(ClaimViewRepository claims, PropositionProjection propositions) {
        this.claims = claims;
        this.propositions = propositions;
    }

    /** Pages as {@code GET /api/v1/claims} does: {@code page} from 0, {@code size} 1 to 100 (docs/api.md#limits). */
    @GetMapping("/api/v1/propositions/{key}")
    @Endpoint(servedBy = NodeRole.PROJECTION, anySignedInUser = true, tag = ApiTag.PROPOSITIONS,
            operationId = "getProposition", summary = "Read a proposition",
            description = "A page of the claims on the proposition (oldest first) with their normalised units and "
                    + "sides, how many claims it has in all, every side and unit with its number of claims, and the "
                    + "conflicts of the page's claims.",
            problems = ProblemType.NOT_FOUND, responseExample = "proposition")
    PropositionView get(@PathVariable PropositionKey key,
                        @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                        @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        ClaimPage views = claims.findByProposition(key.value(), page, size);
        if (views.total() == 0) {
            throw new NotFound("No claim is on proposition " + key.value() + ".");
        }
        return PropositionView.of(key.value(), views,
                propositions.registrations(key, views.items().stream().map(ClaimView::id).toList()),
                propositions.sides(key), propositions.units(key));
    }
}

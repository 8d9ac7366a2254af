package org.claimtrail.projection.review;

import org.claimtrail.api.WorkflowViolation;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.platform.claim.ClaimFoldCache;
import org.claimtrail.platform.endpoint.ApiTag;
import org.claimtrail.platform.endpoint.Endpoint;
import org.claimtrail.platform.endpoint.ProblemType;
import org.claimtrail.platform.role.NodeRole;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
class ClaimReviewController {

    private final ClaimFoldCache claims;
    private final String reviewer;

    ClaimReviewController(ClaimFoldCache claims,
                          @Value("${claimtrail.claim-review.author:claimtrail}") String reviewer) {
        this.claims = claims;
        this.reviewer = reviewer;
    }

    /** The review of a decided claim; an undecided one has no verdict to publish yet (409). */
    @GetMapping(path = "/api/v1/claims/{id}/claim-review", produces = {"application/ld+json", "application/json"})
    @Endpoint(servedBy = NodeRole.PROJECTION, anySignedInUser = true, tag = ApiTag.CLAIMS,
            operationId = "getClaimReview", summary = "Read a decided claim's ClaimReview",
            description = "The schema.org ClaimReview (JSON-LD) of a CORROBORATED or DENIED claim; an undecided claim "
                    + "has none yet (409).",
            problems = {ProblemType.NOT_FOUND, ProblemType.WORKFLOW_RULE}, responseExample = "claimReview")
    ResponseEntity<ClaimReview> review(@PathVariable ClaimId id) {
        ClaimView claim = claims.current(id);
        if (!claim.state().isDecided()) {
            throw new WorkflowViolation("Claim " + id + " is " + claim.state()
                    + "; only a corroborated or denied claim has a review.");
        }
        String url = ServletUriComponentsBuilder.fromCurrentRequestUri().toUriString();
        return ResponseEntity.ok(ClaimReview.of(claim, url, reviewer));
    }
}

package org.claimtrail.projection.claim;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimState;
import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.platform.claim.ClaimFoldCache;
import org.claimtrail.platform.endpoint.ApiTag;
import org.claimtrail.platform.endpoint.Endpoint;
import org.claimtrail.platform.endpoint.ProblemType;
import org.claimtrail.platform.role.NodeRole;
import org.claimtrail.projection.proposition.PropositionProjection;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import static org.claimtrail.platform.endpoint.UserRole.ADMIN;
import static org.claimtrail.platform.endpoint.UserRole.AUDITOR;
import static org.claimtrail.platform.endpoint.UserRole.EDITOR;

@RestController
@RequestMapping("/api/v1/claims")
class ClaimQueryController {

    private final ClaimViewRepository views;
    private final ClaimFoldCache claims;
    private final PropositionProjection propositions;

    ClaimQueryController(ClaimViewRepository views, ClaimFoldCache claims, PropositionProjection propositions) {
        this.views = views;
        this.claims = claims;
        this.propositions = propositions;
    }

    @GetMapping
    @Endpoint(servedBy = NodeRole.PROJECTION, anySignedInUser = true, tag = ApiTag.CLAIMS,
            operationId = "listClaims", summary = "List claims",
            description = "Claims from the read table, newest first, filtered by state, proposition and words of the "
                    + "statement, a page at a time.",
            responseExample = "claimPage")
    ClaimPage list(@RequestParam(required = false) List<ClaimState> state,
                   @RequestParam(required = false) @Size(max = 64) String proposition,
                   @RequestParam(name = "q", required = false) @Size(max = 200) String text,
                   @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                   @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
                   @RequestParam(defaultValue = "newest") @Pattern(regexp = "^(newest|oldest)$") String sort) {
        return views.search(new ClaimViewRepository.ClaimFilter(givenStates(state),
                blankToNull(proposition), blankToNull(text), sort.equals("oldest")), page, size);
    }

    /** The states asked for; an empty {@code state=} names none, as an absent one does. */
    private static List<ClaimState> givenStates(List<ClaimState> states) {
        return states == null ? List.of() : states.stream().filter(Objects::nonNull).toList();
    }

    /**
     * The claim from the read table; with {@code asOf}, rebuilt from its events up to that instant. A claim the
     * read table lacks or has not caught up with yet is rebuilt from the event store, so that a read right after a
     * write shows it: a fresh claim is never 404, and a verdict is never read back as undone. The claim's conflict
     * with the sides of its proposition lists those that stand now; as of a past instant it lists none, as the
     * sides' past standing is not kept.
     */
    @GetMapping("/{id}")
    @Endpoint(servedBy = NodeRole.PROJECTION, anySignedInUser = true,
            // Reading a claim as it stood in the past is for those who audit.
            withParameter = @Endpoint.WithParameter(name = "asOf", users = {AUDITOR, EDITOR, ADMIN}),
            tag = ApiTag.CLAIMS, operationId = "getClaim", summary = "Read a claim",
            description = "The claim with its ETag; its conflict with the sides of its proposition lists the standing "
                    + "sides it disagrees with (the first 100 by number, and their total). With asOf, the claim as it stood at that instant, rebuilt from its "
                    + "events (AUDITOR, EDITOR or ADMIN only: 403 for others).",
            problems = ProblemType.NOT_FOUND, responseExample = "claimRead")
    ResponseEntity<ClaimView> get(@PathVariable ClaimId id, @RequestParam(required = false) Instant asOf) {
        ClaimView claim = asOf != null
                ? claims.asOf(id, asOf)
                : propositions.withDisagreeingSides(
                        views.find(id).filter(claims::isCurrent).orElseGet(() -> claims.current(id)));
        return ResponseEntity.ok().eTag(Long.toString(claim.version())).body(claim);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

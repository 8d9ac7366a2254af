package org.claimtrail.extraction.article;

import com.fasterxml.jackson.annotation.JsonRootName;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.platform.endpoint.ApiTag;
import org.claimtrail.platform.endpoint.Endpoint;
import org.claimtrail.platform.role.NodeRole;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import static org.claimtrail.platform.endpoint.ProblemType.FORBIDDEN;
import static org.claimtrail.platform.endpoint.ProblemType.NOT_FOUND;
import static org.claimtrail.platform.endpoint.ProblemType.PROPOSITION_FULL;
import static org.claimtrail.platform.endpoint.ProblemType.UNPROCESSABLE_CONTENT;
import static org.claimtrail.platform.endpoint.ProblemType.WORKFLOW_RULE;
import static org.claimtrail.platform.endpoint.UserRole.CONTRIBUTOR;
import static org.claimtrail.platform.endpoint.UserRole.EDITOR;
import static org.claimtrail.platform.endpoint.UserRole.REVIEWER;

/** Articles in, candidate claims out; accepted candidates become claims with the article as their source. */
@RestController
@RequestMapping("/api/v1/extractions")
class ExtractionController {

    private final Extractions extractions;

    ExtractionController(Extractions extractions) {
        this.extractions = extractions;
    }

    /**
     * The answer of an accept: the extraction the claims came from, and the claims as proposed. Its root name is the
     * name of its schema in the OpenAPI document, apart from {@link AcceptRequest.Accepted}'s (Jackson writes no
     * root name unless told to).
     */
    @JsonRootName("AcceptedClaims")
    record Accepted(UUID extractionId, List<ClaimView> claims) {
    }

    @PostMapping
    @Endpoint(servedBy = NodeRole.COMMAND, users = {CONTRIBUTOR, REVIEWER, EDITOR}, tag = ApiTag.EXTRACTION,
            operationId = "extractCandidates", summary = "Extract candidate claims from an article",
            description = "Reads an English article and answers with candidate claims: the sentence, its quantity, "
                    + "attribution, proposition, and claims on record it duplicates or conflicts with. Nothing is "
                    + "proposed yet. Text in another language answers 422.",
            problems = UNPROCESSABLE_CONTENT, requestExample = "extractionRequest", responseExample = "extraction")
    Extraction extract(@Valid @RequestBody ExtractionRequest request, Principal user) {
        return extractions.extract(request, user.getName());
    }

    @PostMapping("/{id}/accept")
    @Endpoint(servedBy = NodeRole.COMMAND, users = {CONTRIBUTOR, REVIEWER, EDITOR}, tag = ApiTag.EXTRACTION,
            operationId = "acceptCandidates", summary = "Accept candidates as claims",
            description = "Proposes the chosen candidates, corrected where the request says so, as claims with the "
                    + "article as their source. Answers 201 with the claims; a candidate accepted before answers 409. "
                    + "Only the extraction's author or an editor may accept: another user who may read it (an "
                    + "auditor) is answered 403, one who may not is answered 404 as for an unknown extraction.",
            problems = {NOT_FOUND, FORBIDDEN, WORKFLOW_RULE, PROPOSITION_FULL}, requestExample = "acceptRequest", responseExample = "accepted")
    ResponseEntity<Accepted> accept(@PathVariable UUID id, @Valid @RequestBody AcceptRequest request,
                                    HttpServletRequest user, UriComponentsBuilder uri) {
        List<ClaimView> claims = extractions.accept(id, request, Caller.of(user));
        return ResponseEntity.created(uri.path("/api/v1/extractions/{id}").build(id.toString()))
                .body(new Accepted(id, claims));
    }

    @GetMapping("/{id}")
    @Endpoint(servedBy = NodeRole.COMMAND, anySignedInUser = true, tag = ApiTag.EXTRACTION,
            operationId = "getExtraction", summary = "Read an extraction",
            description = "The article, what the machine proposed, and which candidates who accepted as which claim. "
                    + "For the extraction's author, editors, auditors and admins; anyone else is answered 404, as for "
                    + "an unknown extraction, so that an id tells nobody else whether it exists.",
            problems = NOT_FOUND, responseExample = "extractionRecord")
    ExtractionRecord show(@PathVariable UUID id, HttpServletRequest user) {
        return extractions.show(id, Caller.of(user));
    }
}

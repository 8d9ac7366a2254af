package org.claimtrail.extraction.article;

import com.fasterxml.jackson.annotation.JsonRootName;
import jakarta.validation.Valid;
import org.claimtrail.api.claim.ClaimView;
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
    Extraction extract(@Valid @RequestBody ExtractionRequest request, Principal user) {
        return extractions.extract(request, user.getName());
    }

    @PostMapping("/{id}/accept")
    ResponseEntity<Accepted> accept(@PathVariable UUID id, @Valid @RequestBody AcceptRequest request, Principal user,
                                    UriComponentsBuilder uri) {
        List<ClaimView> claims = extractions.accept(id, request, user.getName());
        return ResponseEntity.created(uri.path("/api/v1/extractions/{id}").build(id.toString()))
                .body(new Accepted(id, claims));
    }

    @GetMapping("/{id}")
    ExtractionRecord show(@PathVariable UUID id) {
        return extractions.show(id);
    }
}

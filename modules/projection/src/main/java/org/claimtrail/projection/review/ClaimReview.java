package org.claimtrail.projection.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.claimtrail.api.claim.ClaimState;
import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.api.claim.Source;
import org.claimtrail.api.claim.Stance;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A decided claim as schema.org {@code ClaimReview} JSON-LD, the form Google Fact Check Tools and other readers of
 * fact checks take. The rating runs from 1 (denied, false) to 5 (corroborated, true).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"@context", "@type"})
public record ClaimReview(
        @JsonProperty("@context") String context,
        @JsonProperty("@type") String type,
        String url,
        String claimReviewed,
        LocalDate datePublished,
        Organization author,
        Rating reviewRating,
        Claim itemReviewed) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Organization(@JsonProperty("@type") String type, String name) {
        static Organization named(String name) {
            return name == null ? null : new Organization("Organization", name);
        }
    }

    public record Rating(@JsonProperty("@type") String type, int ratingValue, int bestRating, int worstRating,
                         String alternateName) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Claim(@JsonProperty("@type") String type, Organization author, LocalDate datePublished,
                        List<Appearance> appearance, Appearance firstAppearance) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Appearance(@JsonProperty("@type") String type, String url, String headline,
                             LocalDate datePublished, Organization publisher) {
    }

    private static final int TRUE = 5;
    private static final int FALSE = 1;

    /**
     * The review of {@code claim}, published at {@code url} by {@code reviewer}.
     *
     * @throws IllegalArgumentException when the claim is not decided
     */
    static ClaimReview of(ClaimView claim, String url, String reviewer) {
        if (!claim.state().isDecided()) {
            throw new IllegalArgumentException("claim " + claim.id() + " is " + claim.state());
        }
        boolean corroborated = claim.state() == ClaimState.CORROBORATED;
        List<Appearance> appearances = claim.sources().stream()
                .filter(source -> source.stance() == Stance.SUPPORTS)
                .map(ClaimReview::appearance)
                .toList();
        Appearance first = appearances.stream()
                .filter(a -> a.datePublished() != null)
                .min(Comparator.comparing(Appearance::datePublished))
                .orElse(null);
        return new ClaimReview("https://schema.org", "ClaimReview", url, claim.statement(),
                LocalDate.ofInstant(claim.updatedAt(), ZoneOffset.UTC), Organization.named(reviewer),
                new Rating("Rating", corroborated ? TRUE : FALSE, TRUE, FALSE, corroborated ? "True" : "False"),
                new Claim("Claim", Organization.named(claim.attributedTo()),
                        first == null ? null : first.datePublished(), appearances, first));
    }

    private static Appearance appearance(Source source) {
        return new Appearance("CreativeWork", source.url(), source.title(), source.publishedAt(),
                Organization.named(Objects.requireNonNull(source.publisher())));
    }
}

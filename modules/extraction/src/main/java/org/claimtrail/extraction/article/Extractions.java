package org.claimtrail.extraction.article;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.claimtrail.api.Forbidden;
import org.claimtrail.api.InvalidFieldException;
import org.claimtrail.api.UnprocessableContent;
import org.claimtrail.api.WorkflowViolation;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.api.claim.ProposeClaim;
import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.claim.Source;
import org.claimtrail.api.claim.Stance;
import org.claimtrail.api.proposition.PropositionKey;
import org.claimtrail.api.quantity.ConflictRule;
import org.claimtrail.api.quantity.Intervals;
import org.claimtrail.api.quantity.UnitNormalizer;
import org.claimtrail.extraction.article.ClaimsOnRecord.Registered;
import org.claimtrail.extraction.candidate.CandidateFinder;
import org.claimtrail.extraction.candidate.Found;
import org.claimtrail.extraction.reading.ArticleReader;
import org.claimtrail.platform.endpoint.UserRole;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Extracts candidate claims from articles and proposes the ones people accept. */
@Service
class Extractions {

    private static final String ENGLISH = "eng";

    private final ArticleReader reader;
    private final CandidateFinder finder;
    private final UnitNormalizer units;
    private final ClaimsOnRecord claims;
    private final ExtractionStore store;
    private final CommandGateway commands;

    Extractions(ArticleReader reader, CandidateFinder finder, UnitNormalizer units, ClaimsOnRecord claims,
                ExtractionStore store, CommandGateway commands) {
        this.reader = reader;
        this.finder = finder;
        this.units = units;
        this.claims = claims;
        this.store = store;
        this.commands = commands;
    }

    /** Reads the article and keeps it with its candidates; a refused article leaves nothing behind. */
    Extraction extract(ExtractionRequest request, String user) {
        String text = request.text();
        requireText(text);
        String language = reader.language(text);
        if (!language.equals(ENGLISH)) {
            throw new UnprocessableContent("The text reads as " + ArticleReader.languageName(language) + " ("
                    + language + "); only English text is read.");
        }
        List<Found> found = finder.find(text);
        Set<String> normalised = found.stream().map(f -> units.normalize(f.quantity().unit())).collect(Collectors.toSet());
        Map<String, List<Registered>> byUnit = claims.inUnits(normalised).stream()
                .collect(Collectors.groupingBy(Registered::unit));
        List<Candidate> candidates = new ArrayList<>(found.size());
        for (Found f : found) {
            candidates.add(candidate(candidates.size() + 1, f, request,
                    byUnit.getOrDefault(units.normalize(f.quantity().unit()), List.of())));
        }
        UUID id = UUID.randomUUID();
        store.save(new ExtractionStore.Stored(id, text, request.url(), request.title(), request.publisher(),
                request.publishedAt(), language, candidates, user, Instant.now()));
        return new Extraction(id, language, candidates);
    }

    /**
     * Proposes the accepted candidates as claims, each with the article as its source, and records what was
     * accepted. Everything is checked before the first claim is proposed.
     */
    List<ClaimView> accept(UUID id, AcceptRequest request, Caller caller) {
        ExtractionStore.Stored extraction = readable(id, caller);
        if (!caller.name().equals(extraction.createdBy()) && !caller.isAny(UserRole.EDITOR)) {
            throw new Forbidden("Extraction " + id + " was made by another user: only its author or an editor may "
                    + "accept its candidates. Nothing was proposed.");
        }
        String user = caller.name();
        if (extraction.url() == null || extraction.publisher() == null) {
            throw new InvalidFieldException(extraction.url() == null ? "url" : "publisher",
                    "the extraction was made without the article's " + (extraction.url() == null ? "url" : "publisher")
                            + ", which a claim's source needs: extract the article again with it");
        }
        Map<Integer, Candidate> byId = extraction.candidates().stream()
                .collect(Collectors.toMap(Candidate::id, c -> c));
        Map<Integer, ClaimId> accepted = new HashMap<>();
        store.acceptances(id).forEach(a -> accepted.put(a.candidateId(), a.claimId()));
        Set<Integer> chosen = new HashSet<>();
        List<ProposeClaim> proposals = new ArrayList<>();
        for (int i = 0; i < request.candidates().size(); i++) {
            AcceptRequest.Accepted choice = request.candidates().get(i);
            String field = "candidates[" + i + "]";
            Candidate candidate = byId.get(choice.id());
            if (candidate == null) {
                throw new InvalidFieldException(field + ".id", "extraction " + id + " has no candidate " + choice.id());
            }
            if (!chosen.add(choice.id())) {
                throw new InvalidFieldException(field + ".id", "candidate " + choice.id() + " is chosen twice");
            }
            if (accepted.containsKey(choice.id())) {
                throw new WorkflowViolation("Candidate " + choice.id() + " was already accepted as claim "
                        + accepted.get(choice.id()) + "; nothing was proposed.");
            }
            proposals.add(proposal(extraction, candidate, choice, field, user));
        }
        List<ClaimView> proposed = new ArrayList<>(proposals.size());
        for (int i = 0; i < proposals.size(); i++) {
            ClaimView claim = commands.sendAndWait(proposals.get(i));
            store.accept(id, new ExtractionStore.Acceptance(request.candidates().get(i).id(), claim.id(),
                    request.candidates().get(i), user, Instant.now()));
            proposed.add(claim);
        }
        return proposed;
    }

    ExtractionRecord show(UUID id, Caller caller) {
        return new ExtractionRecord(readable(id, caller), store.acceptances(id));
    }

    /**
     * The extraction, if the caller may read it: an article someone is checking (and what they made of it) is theirs
     * until it becomes claims; editors, auditors and admins read every one. Anyone else is told what an unknown id
     * is told, so that an id says nothing of whether it exists.
     */
    private ExtractionStore.Stored readable(UUID id, Caller caller) {
        ExtractionStore.Stored extraction = store.find(id);
        if (!caller.name().equals(extraction.createdBy())
                && !caller.isAny(UserRole.EDITOR, UserRole.AUDITOR, UserRole.ADMIN)) {
            throw ExtractionStore.notOnRecord(id);
        }
        return extraction;
    }

    /**
     * Text that is not text is refused: control characters other than line breaks and tabs, and U+FFFD, which
     * stands where a decoder met bytes that are not UTF-8 (a binary file pasted or uploaded as text).
     */
    static void requireText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new InvalidFieldException("text", "must be text: it holds a control character or bytes that"
                        + " are not UTF-8 at offset " + i);
            }
        }
    }

    private Candidate candidate(int id, Found found, ExtractionRequest article, List<Registered> sameUnit) {
        Set<String> words = words(found.quote());
        Map<String, List<Registered>> byProposition = sameUnit.stream()
                .collect(Collectors.groupingBy(Registered::proposition));
        String proposition = byProposition.entrySet().stream()
                .max(Comparator.<Map.Entry<String, List<Registered>>>comparingLong(e -> overlap(e.getKey(), words))
                        .thenComparingInt(e -> e.getValue().size()))
                .map(Map.Entry::getKey)
                .orElseGet(() -> newKey(found, article));
        List<Registered> onProposition = byProposition.getOrDefault(proposition, List.of());
        Quantity quantity = found.quantity();
        List<ClaimId> duplicates = onProposition.stream()
                .filter(r -> Intervals.same(r.quantity(), quantity)).map(Registered::claimId).toList();
        String unit = units.normalize(quantity.unit());
        List<ClaimId> conflicts = onProposition.stream()
                .filter(r -> ConflictRule.cannotBothBeTrue(r.quantity(), r.unit(), quantity, unit))
                .map(Registered::claimId).toList();
        return new Candidate(id, found.quote(), found.start(), found.end(), quantity, found.counted(),
                found.attributedTo(), proposition, found.confidence(), duplicates, conflicts);
    }

    /** How many words of a proposition key the sentence has, compared as units are ("troops" is "soldiers"). */
    private long overlap(String key, Set<String> words) {
        return Arrays.stream(key.split("-")).map(units::normalize).filter(words::contains).count();
    }

    private Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).map(units::normalize).collect(Collectors.toSet());
    }

    /** A key for a proposition nobody has yet: what is counted, and the year of the article when it has one. */
    private static String newKey(Found found, ExtractionRequest article) {
        String slug = found.counted().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.isEmpty()) {
            slug = "quantity";
        }
        String year = article.publishedAt() == null ? "" : "-" + article.publishedAt().getYear();
        int room = PropositionKey.MAX_LENGTH - year.length();
        if (slug.length() > room) {
            slug = slug.substring(0, room).replaceAll("-[^-]*$|-$", "");
        }
        return slug + year;
    }

    private static ProposeClaim proposal(ExtractionStore.Stored article, Candidate candidate,
                                         AcceptRequest.Accepted choice, String field, String user) {
        String statement = choice.statement() != null && !choice.statement().isBlank()
                ? choice.statement().strip() : candidate.quote();
        Quantity quantity = choice.quantity() != null ? choice.quantity().toQuantity(field + ".quantity")
                : candidate.quantity();
        String proposition = choice.proposition() != null ? choice.proposition() : candidate.proposition();
        String attributedTo = choice.attributedTo() != null ? choice.attributedTo() : candidate.attributedTo();
        Source source = new Source(article.publisher(), article.url(), article.title(), candidate.quote(),
                article.publishedAt(), Stance.SUPPORTS);
        return new ProposeClaim(ClaimId.random(), statement, proposition, quantity, attributedTo, List.of(source),
                user);
    }
}

package org.claimtrail.local;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static net.jqwik.api.Tuple.of;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of generated requests (valid bodies with hostile values spliced in, random JSON, boundary lengths, wrong
 * types, huge numbers, odd Unicode, garbled headers) on every endpoint as every role: none is answered 5xx, every
 * refusal is problem+json, and a refused request changes neither its claim nor the set of claims.
 */
@ExtendWith(IsolatedLocalStack.class)
class FuzzTest {

    private static final int TRIES = 2_000;
    private static final List<String> USERS = List.of("contributor", "reviewer1", "editor", "auditor", "admin", "anonymous");

    private final RawHttp http;

    FuzzTest(LocalStack stack) {
        this.http = new RawHttp(stack);
    }

    /** One generated request on a claim that only the fuzz changes, so its events are counted exactly. */
    record Attempt(String user, String method, String path, String contentType, String body, String ifMatch,
                   String idempotencyKey, String target) {
    }

    @Test
    void generatedRequestsNeverFailTheServerNorChangeWhatTheyRefuse() {
        // Claims without a proposition: no policy ever appends to them, only the fuzz's own requests.
        List<String> targets = List.of(http.propose("contributor", "The fuzz's first claim."),
                http.propose("reviewer1", "The fuzz's second claim."));
        // The claim conflicts are linked to: its events happen in the background, so it is never a target.
        String linked = http.propose("editor", "The claim the fuzz links conflicts to.");
        Map<Integer, Integer> statuses = new TreeMap<>();
        // Sampled as one list, not run as a jqwik property: the stack lives in JUnit Jupiter, and sampling one by one
        // costs more than sending. Without the list's edge cases, which repeat one attempt. A failure names its request.
        List<Attempt> attempts = attempts(targets, linked).list().ofSize(TRIES).withoutEdgeCases().sample();

        for (int i = 0; i < attempts.size(); i++) {
            Attempt attempt = attempts.get(i);
            String described = "try " + i + ": " + attempt;
            long events = http.eventsOf(attempt.target());
            long proposals = http.proposals();

            RawHttp.Answer answer = send(attempt);

            statuses.merge(answer.status(), 1, Integer::sum);
            assertThat(answer.status()).as(described + " answered " + answer.body()).isBetween(200, 499);
            if (answer.status() >= 400) {
                assertThat(answer.header("Content-Type")).as(described).startsWith(RawHttp.PROBLEM_JSON);
                assertThat(http.eventsOf(attempt.target())).as("events appended by a refusal, " + described)
                        .isEqualTo(events);
                assertThat(http.proposals()).as("claims proposed by a refusal, " + described).isEqualTo(proposals);
            }
        }

        // The fuzz reaches past the edge: some requests are taken, many are refused for what they carry.
        int taken = statuses.entrySet().stream().filter(e -> e.getKey() < 300).mapToInt(Map.Entry::getValue).sum();
        assertThat(taken).as("requests taken, by status: %s", statuses).isGreaterThan(TRIES / 20);
        assertThat(statuses).as("statuses").containsKeys(400, 401, 403, 404);
    }

    private RawHttp.Answer send(Attempt attempt) {
        RawHttp.Call call = http.call(attempt.method(), attempt.path())
                .as(attempt.user().equals("anonymous") ? null : attempt.user());
        if (attempt.body() != null) {
            call.body(attempt.contentType(), attempt.body().getBytes(StandardCharsets.UTF_8));
        }
        if (attempt.ifMatch() != null) {
            call.header("If-Match", attempt.ifMatch());
        }
        if (attempt.idempotencyKey() != null) {
            call.header("Idempotency-Key", attempt.idempotencyKey());
        }
        return call.send();
    }

    private static Arbitrary<Attempt> attempts(List<String> targets, String linked) {
        Arbitrary<String> target = Arbitraries.of(targets);
        Arbitrary<String> user = Arbitraries.of(USERS);
        Arbitrary<String> contentType = Arbitraries.frequencyOf(
                of(17, Arbitraries.just("application/json")),
                of(1, Arbitraries.of("text/plain", "application/xml", "application/json; charset=ISO-8859-1",
                        "application/merge-patch+json", "*/*", "application/x-www-form-urlencoded")));
        Arbitrary<String> ifMatch = Arbitraries.frequencyOf(
                of(6, Arbitraries.just((String) null)),
                of(2, Arbitraries.integers().between(0, 8).map(version -> "\"" + version + "\"")),
                of(1, Arbitraries.of("*", "W/\"1\"", "1", "\"\"", "\"1\", \"2\"", "\"99999999999999999999999\"")));
        Arbitrary<String> idempotencyKey = Arbitraries.frequencyOf(
                of(6, Arbitraries.just((String) null)),
                of(1, Arbitraries.of("fuzz-1", "fuzz-2", "fuzz-3", "a key with spaces")),
                of(1, Arbitraries.create(() -> UUID.randomUUID().toString())));
        return Combinators.combine(target, user, contentType, ifMatch, idempotencyKey, endpoint(linked))
                .as((claim, who, type, precondition, key, request) -> new Attempt(who, request.method(),
                        request.path().replace(TARGET, claim), type,
                        request.body() == null ? null : request.body().replace(TARGET, claim), precondition, key, claim));
    }

    /** Where a request names its target claim; the claim is chosen apart, so that the requests are generated once. */
    private static final String TARGET = "{target}";

    /** A method, a path and a body, before who sends it and how. */
    record Request(String method, String path, String body) {
    }

    private static Arbitrary<Request> endpoint(String linked) {
        Arbitrary<String> id = Arbitraries.frequencyOf(
                of(12, Arbitraries.just(TARGET)),
                of(1, Arbitraries.create(() -> UUID.randomUUID().toString())),
                of(1, text().map(FuzzTest::urlEncoded)));
        Arbitrary<String> claimPath = id.map(value -> "/api/v1/claims/" + value);
        return Arbitraries.oneOf(
                body(proposal()).map(body -> new Request("POST", "/api/v1/claims", body)),
                query().map(query -> new Request("GET", "/api/v1/claims?" + query, null)),
                claimPath.map(path -> new Request("GET", path, null)),
                Combinators.combine(claimPath, Arbitraries.oneOf(text(), Arbitraries.of(
                                "2024-11-01T00:00:00Z", "2999-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z", "0")))
                        .as((path, asOf) -> new Request("GET", path + "?asOf=" + urlEncoded(asOf), null)),
                Combinators.combine(claimPath, body(verdict()))
                        .as((path, body) -> new Request("POST", path + "/verdicts", body)),
                claimPath.map(path -> new Request("DELETE", path + "/verdicts/mine", null)),
                Combinators.combine(claimPath, body(source()))
                        .as((path, body) -> new Request("POST", path + "/evidence", body)),
                Combinators.combine(claimPath, body(conflict(linked)))
                        .as((path, body) -> new Request("POST", path + "/conflicts", body)),
                Combinators.combine(claimPath, body(Map.of("reason", validText())))
                        .as((path, body) -> new Request("POST", path + "/reopen", body)),
                claimPath.map(path -> new Request("GET", path + "/history", null)),
                Arbitraries.oneOf(text(), Arbitraries.of("dprk-troops-in-russia-2024", "fuzz"))
                        .map(key -> new Request("GET", "/api/v1/propositions/" + urlEncoded(key), null)),
                claimPath.map(path -> new Request("GET", path + "/claim-review", null)),
                Combinators.combine(Arbitraries.of("PUT", "PATCH", "DELETE", "GET"), claimPath, json())
                        .as((method, path, body) -> new Request(method, path + "/verdicts", body)));
    }

    // Bodies: the endpoint's valid fields, each kept or replaced by a hostile value, some dropped, some added.

    private static Arbitrary<String> body(Map<String, Arbitrary<String>> fields) {
        List<Arbitrary<String>> members = new ArrayList<>();
        fields.forEach((name, valid) -> members.add(Arbitraries.frequencyOf(
                of(8, valid.map(value -> quoted(name) + ": " + value)),
                of(2, json().map(value -> quoted(name) + ": " + value)),
                of(1, Arbitraries.just("")))));
        members.add(Arbitraries.frequencyOf(
                of(10, Arbitraries.just("")),
                of(1, Combinators.combine(Arbitraries.of("proposedBy", "reviewer", "actor", "editor", "id", "version"),
                        json()).as((name, value) -> quoted(name) + ": " + value))));
        Arbitrary<String> object = Combinators.combine(members).as(parts ->
                parts.stream().filter(part -> !part.isEmpty()).collect(Collectors.joining(", ", "{", "}")));
        return Arbitraries.frequencyOf(
                of(16, object),
                of(2, json()),
                of(1, text()),
                of(1, object.map(valid -> valid.substring(0, valid.length() / 2))));
    }

    private static Map<String, Arbitrary<String>> proposal() {
        return Map.of(
                "statement", validText(),
                "proposition", Arbitraries.of("fuzz", "dprk-troops-in-russia-2024", "x").map(FuzzTest::quoted),
                "quantity", Arbitraries.oneOf(body(Map.of(
                                "value", number(),
                                "qualifier", Arbitraries.of("EXACT", "AT_LEAST", "AT_MOST", "APPROXIMATELY", "RANGE")
                                        .map(FuzzTest::quoted),
                                "unit", Arbitraries.of("soldiers", "troops", "km").map(FuzzTest::quoted))),
                        body(Map.of("lower", number(), "upper", number(), "unit", Arbitraries.just("\"tanks\"")))),
                "attributedTo", validText(),
                "sources", body(source()).list().ofMaxSize(3).map(sources -> String.join(", ", sources))
                        .map(sources -> "[" + sources + "]"));
    }

    private static Map<String, Arbitrary<String>> source() {
        return Map.of(
                "publisher", validText(),
                "url", Arbitraries.of("https://example.org/a", "http://e.org", "ftp://e.org", "javascript:alert(1)",
                        "https://" + "x".repeat(2_040), "https://" + "x".repeat(2_041)).map(FuzzTest::quoted),
                "title", validText(),
                "quote", validText(),
                "publishedAt", Arbitraries.of("2024-10-29", "2024-02-30", "+999999999-12-31", "yesterday")
                        .map(FuzzTest::quoted),
                "stance", Arbitraries.of("SUPPORTS", "CONTRADICTS", "supports").map(FuzzTest::quoted));
    }

    private static Map<String, Arbitrary<String>> verdict() {
        return Map.of(
                "verdict", Arbitraries.of("CORROBORATE", "DENY", "DISPUTE", "APPROVE").map(FuzzTest::quoted),
                "rationale", validText(),
                "evidence", body(source()).list().ofMaxSize(2).map(sources -> "[" + String.join(", ", sources) + "]"));
    }

    private static Map<String, Arbitrary<String>> conflict(String linked) {
        return Map.of(
                "withClaimId", Arbitraries.frequencyOf(
                        of(4, Arbitraries.just(linked)),
                        of(1, Arbitraries.just(TARGET)),
                        of(1, Arbitraries.create(() -> UUID.randomUUID().toString()))).map(FuzzTest::quoted),
                "reason", validText());
    }

    // Values.

    /** Text a client might mean, at and around the length limits. */
    private static Arbitrary<String> validText() {
        return Arbitraries.frequencyOf(
                of(6, Arbitraries.strings().alpha().numeric().withChars(" .,'-").ofMinLength(1).ofMaxLength(40)),
                of(1, Arbitraries.of(200, 201, 500, 501, 1_000, 1_001, 2_000, 2_001, 4_000, 4_001)
                        .map("x"::repeat)),
                of(1, Arbitraries.of(" ", "", "Ünïcödé ✓", "😀", "\u202eevil", "zero\u200bwidth", "中文")))
                .map(FuzzTest::quoted);
    }

    /** Any JSON value, now and then not quite JSON. */
    private static Arbitrary<String> json() {
        return Arbitraries.frequencyOf(
                of(5, Arbitraries.recursive(FuzzTest::scalar, FuzzTest::container, 0, 3)),
                of(1, Arbitraries.integers().between(20, 60).map(depth -> "[".repeat(depth) + "]".repeat(depth))),
                of(1, Arbitraries.of("NaN", "Infinity", "'single'", "{\"a\":}", "[1,]", "undefined", "0x10", "\"\\x\"")));
    }

    private static Arbitrary<String> container(Arbitrary<String> element) {
        return Arbitraries.oneOf(
                element.list().ofMaxSize(4).map(items -> "[" + String.join(", ", items) + "]"),
                Combinators.combine(text(), element).as((name, value) -> quoted(name) + ": " + value)
                        .list().ofMaxSize(4).map(members -> "{" + String.join(", ", members) + "}"));
    }

    private static Arbitrary<String> scalar() {
        return Arbitraries.oneOf(
                Arbitraries.of("null", "true", "false"),
                number(),
                text().map(FuzzTest::quoted));
    }

    private static Arbitrary<String> number() {
        return Arbitraries.oneOf(
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.of("1e18", "1000000000000000001", "-1e19", "1e308", "1e400", "-1e-400", "1e-999999999",
                        "0.1", "-0", "2.5e18"),
                Arbitraries.strings().numeric().ofMinLength(19).ofMaxLength(150));
    }

    /** Any Java text: control characters, NUL, lone surrogates, private use, every plane. */
    private static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                of(3, Arbitraries.strings().all().ofMaxLength(30)),
                of(1, Arbitraries.strings().withChars("\u0000\u0001\u001f\u007f\u00a0\u2028\u202e\ufeff\ufffd\ud800\udc00\uffff")
                        .ofMaxLength(8)));
    }

    /** A JSON string of {@code text}, escaping what JSON requires and, as \\u escapes, every surrogate. */
    private static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static String urlEncoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Arbitrary<String> query() {
        Arbitrary<String> value = Arbitraries.oneOf(text(), Arbitraries.of("PROPOSED", "DISPUTED", "MAYBE", "-1", "0",
                "100", "101", "99999999999", "fuzz")).map(FuzzTest::urlEncoded);
        return Combinators.combine(Arbitraries.of("state", "proposition", "q", "page", "size", "asOf", "sort"), value)
                .as((name, v) -> name + "=" + v)
                .list().ofMaxSize(4).map(parameters -> String.join("&", parameters));
    }
}

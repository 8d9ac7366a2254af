package org.claimtrail.audit.chain;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.security.PublicKey;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A claim's history as one self-contained JSON document for offline verification: every stored field of every
 * event (enough to recompute each hash) and the latest signed checkpoint of its head. With the audit public key,
 * {@link #verify} needs no server and no database.
 */
public record HistoryBundle(String format, String claimId, List<ChainEvent> events, HeadCheckpoint checkpoint) {

    public static final String FORMAT = "claimtrail-history-bundle/1";

    /** The largest bundle read, in bytes: a claim's whole history is far smaller. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;
    /** The most events a bundle may hold. */
    public static final int MAX_EVENTS = 100_000;
    /** The largest exponent a decimal may have either way: 1e999999999 is short, its plain form a billion digits. */
    public static final int MAX_SCALE = 1_000;

    /**
     * Bundles come from anywhere, so they are read within limits no history comes near: an event nests a few levels
     * deep, and its longest text is an article's quote.
     */
    private static final JsonMapper READER = CanonicalJson.mapper(StreamReadConstraints.builder()
            .maxDocumentLength(MAX_BYTES)
            .maxNestingDepth(64)
            .maxNumberLength(100)
            .maxStringLength(1024 * 1024)
            .maxNameLength(1_000)
            .build());

    public static HistoryBundle of(String claimId, List<ChainEvent> events, HeadCheckpoint checkpoint) {
        return new HistoryBundle(FORMAT, claimId, events, checkpoint);
    }

    /**
     * Reads a bundle with decimals kept exact, as version-1 hashes need them.
     *
     * @throws Refused when it is not a bundle, or beyond what a bundle may be: larger than {@link #MAX_BYTES}, nested
     *                 too deep, with too long a number, string or name, a decimal with too large an exponent, or more
     *                 than {@link #MAX_EVENTS} events
     */
    public static HistoryBundle read(byte[] json) {
        if (json.length > MAX_BYTES) {
            throw new Refused("The bundle has " + json.length + " bytes; at most " + MAX_BYTES + " are read.");
        }
        try {
            JsonNode tree = READER.readTree(json);
            refuseHugeDecimals(tree);
            JsonNode events = tree.get("events");
            if (events != null && events.size() > MAX_EVENTS) {
                throw new Refused("The bundle has " + events.size() + " events; at most " + MAX_EVENTS
                        + " are read.");
            }
            HistoryBundle bundle = READER.treeToValue(tree, HistoryBundle.class);
            if (bundle == null || !FORMAT.equals(bundle.format())) {
                throw new Refused("Not a " + FORMAT + " document: format "
                        + (bundle == null ? null : bundle.format()) + ".");
            }
            return bundle;
        } catch (JacksonException e) {
            throw new Refused("The bundle is not a readable " + FORMAT + " document: " + e.getOriginalMessage(), e);
        }
    }

    /** Without a stack: the tree is at most as deep as the reader allows, but a loop costs nothing either. */
    private static void refuseHugeDecimals(JsonNode tree) {
        Deque<JsonNode> open = new ArrayDeque<>(List.of(tree));
        while (!open.isEmpty()) {
            JsonNode node = open.pop();
            if (node.isContainer()) {
                node.values().forEach(open::push);
            } else if (node.isBigDecimal() && Math.abs((long) node.decimalValue().scale()) > MAX_SCALE) {
                throw new Refused("The bundle has a number with an exponent beyond " + MAX_SCALE + " either way ("
                        + node.decimalValue().precision() + " digits, scale " + node.decimalValue().scale()
                        + "); no claim has such a number.");
            }
        }
    }

    public ChainVerification verify(PublicKey key) {
        return ChainVerifier.verify(claimId, events == null ? List.of() : events, checkpoint, key);
    }

    /** A document that is not a bundle, or one beyond the limits a bundle is read within; the message says which. */
    public static final class Refused extends IllegalArgumentException {

        Refused(String message) {
            super(message);
        }

        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

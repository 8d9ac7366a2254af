package org.claimtrail.audit.chain;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical JSON text that chain hashes are taken over: object members sorted by name, no whitespace, strings
 * escaped as JSON requires, and numbers in their plain decimal form without trailing zeros ({@code 3000},
 * {@code 3000.0} and {@code 3E+3} are all {@code 3000}). So a value hashes the same whichever JSON writer and reader
 * it went through: the server's, the event store's or the offline verifier's.
 */
public final class CanonicalJson {

    /** Reads and writes bundles and events; decimals stay exact (no detour through double). */
    public static final JsonMapper MAPPER = mapper(StreamReadConstraints.defaults());

    private CanonicalJson() {
    }

    /** A mapper like {@link #MAPPER} that reads within {@code constraints}. */
    static JsonMapper mapper(StreamReadConstraints constraints) {
        return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // A tree keeps a decimal's scale: version-1 hashes were taken over the value as it was (3000.0, not
                // 3E+3).
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
    }

    public static byte[] bytes(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node == null ? JsonNodeFactory.instance.nullNode() : node, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            node.properties().forEach(e -> sorted.put(e.getKey(), e.getValue()));
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> member : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append(MAPPER.writeValueAsString(member.getKey())).append(':');
                write(member.getValue(), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            Iterator<JsonNode> elements = node.values().iterator();
            while (elements.hasNext()) {
                write(elements.next(), out);
                if (elements.hasNext()) {
                    out.append(',');
                }
            }
            out.append(']');
        } else if (node.isNumber()) {
            BigDecimal number = node.decimalValue();
            out.append(number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString());
        } else {
            out.append(MAPPER.writeValueAsString(node));
        }
    }
}

package org.claimtrail.server.web;

import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import java.math.BigDecimal;

/**
 * Request bodies are read strictly: a value of the wrong JSON type, an enum given by its index, a repeated or unknown
 * field, trailing content, deep nesting, an absurdly long number or exponent, and text PostgreSQL cannot store (NUL,
 * a lone UTF-16 surrogate) are all refused as malformed (400) before anything is dispatched.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    /** Deeper than any claimtrail body (a claim nests four levels) by far, shallow enough to stop stack games. */
    static final int MAX_NESTING_DEPTH = 32;
    /** Digits of one number: quantities are at most 10^18, so 100 leaves room for any honest decimal. */
    static final int MAX_NUMBER_LENGTH = 100;

    /** Powers of ten a decimal may have, either way: read tables keep JSONB, whose numbers are PostgreSQL numerics. */
    static final int MAX_DECIMAL_SCALE = 1_000;

    @Bean
    JsonFactoryBuilderCustomizer readConstraints() {
        return factory -> factory
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    @Bean
    JsonMapperBuilderCustomizer strictTypes() {
        return mapper -> mapper
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, number -> number
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, number -> number
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, bool -> bool
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .addModule(new SimpleModule("claimtrail-storable")
                        .addDeserializer(String.class, new StorableText())
                        .addDeserializer(BigDecimal.class, new StorableDecimal()));
    }

    /** A decimal as Jackson reads it, refused when its exponent is beyond any count (1e-999999999). */
    static final class StorableDecimal extends NumberDeserializers.BigDecimalDeserializer {

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
            BigDecimal value = super.deserialize(parser, context);
            if (value != null && Math.abs((long) value.scale()) > MAX_DECIMAL_SCALE) {
                return (BigDecimal) context.handleWeirdNumberValue(BigDecimal.class, value,
                        "must not need a power of ten beyond " + MAX_DECIMAL_SCALE + " either way");
            }
            return value;
        }
    }

    /** Text as Jackson reads it, refused when PostgreSQL could not store it as UTF-8 text. */
    static final class StorableText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null && !storable(text)) {
                return (String) context.handleWeirdStringValue(String.class, text,
                        "must not contain NUL characters or unpaired UTF-16 surrogates");
            }
            return text;
        }

        static boolean storable(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\0' || Character.isLowSurrogate(c)) {
                    return false;
                }
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                        return false;
                    }
                    i++;
                }
            }
            return true;
        }
    }
}

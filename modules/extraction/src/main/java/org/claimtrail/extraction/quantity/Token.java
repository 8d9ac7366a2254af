package org.claimtrail.extraction.quantity;

import java.util.Locale;

/**
 * A word of a sentence with its part of speech (a Universal Dependencies tag such as NOUN, PROPN, ADJ, NUM,
 * PUNCT) and its character offsets in the article.
 */
public record Token(String text, String tag, int start, int end) {

    public Token {
        // The tagger joins a possessive to its word ("Korea’s" is PROPN+PART): the word's own tag is the first.
        int plus = tag.indexOf('+');
        tag = plus < 0 ? tag : tag.substring(0, plus);
    }

    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    public boolean is(String tag) {
        return this.tag.equals(tag);
    }
}

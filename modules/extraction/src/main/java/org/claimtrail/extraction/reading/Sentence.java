package org.claimtrail.extraction.reading;

import org.claimtrail.extraction.quantity.Token;

import java.util.List;

/** One sentence of an article: its text, its character offsets in the article, and its tagged tokens. */
public record Sentence(String text, int start, int end, List<Token> tokens) {
}

package org.claimtrail.extraction.reading;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.claimtrail.extraction.quantity.Token;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads English text with Apache OpenNLP's Universal Dependencies models (shipped in jars on the classpath, so
 * nothing is fetched at run time): language, sentences, tokens and parts of speech. The models are loaded once
 * and shared; the tools that use them are not thread-safe and are made per call, which costs little.
 */
public class ArticleReader {

    /** Below this many letters the language detector guesses; such text is read as English. */
    private static final int LETTERS_TO_DETECT = 40;
    private static final Pattern LINES = Pattern.compile("[^\\n\\r]+");

    private final SentenceModel sentences;
    private final TokenizerModel tokens;
    private final POSModel tags;
    private final LanguageDetectorModel languages;

    public ArticleReader() {
        this.sentences = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
        this.tokens = load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
        this.tags = load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
        this.languages = load("/langdetect-183.bin", LanguageDetectorModel::new);
    }

    /**
     * The language of the text as an ISO 639-3 code ("eng", "deu"). English when the detector ranks it close to
     * the top (half the best confidence or more), since news text with many names confuses it, and when the text
     * is too short to tell.
     */
    public String language(String text) {
        if (text.chars().filter(Character::isLetter).count() < LETTERS_TO_DETECT) {
            return "eng";
        }
        Language[] ranked = new LanguageDetectorME(languages).predictLanguages(text);
        Language best = ranked[0];
        for (Language language : ranked) {
            if (language.getLang().equals("eng") && language.getConfidence() >= best.getConfidence() / 2) {
                return "eng";
            }
        }
        return best.getLang();
    }

    /** A language code's English name: "deu" is "German"; the code itself when Java knows no name for it. */
    public static String languageName(String code) {
        return NAMES.getOrDefault(code, code);
    }

    /** English names by ISO 639-3 code: Java names languages by their two-letter codes only. */
    private static final Map<String, String> NAMES = Arrays.stream(Locale.getISOLanguages())
            .map(Locale::new)
            .collect(Collectors.toMap(Locale::getISO3Language, l -> l.getDisplayLanguage(Locale.ENGLISH), (a, b) -> a));

    /**
     * The sentences of the text with their tokens. Each line is read on its own: pasted articles put headlines,
     * captions and list items on lines without a full stop, which must not run into the next sentence.
     */
    public List<Sentence> read(String text) {
        SentenceDetectorME detector = new SentenceDetectorME(sentences);
        TokenizerME tokenizer = new TokenizerME(tokens);
        POSTaggerME tagger = new POSTaggerME(tags, POSTagFormat.UD);
        List<Sentence> read = new ArrayList<>();
        Matcher line = LINES.matcher(text);
        while (line.find()) {
            int offset = line.start();
            for (Span span : detector.sentPosDetect(line.group())) {
                String sentence = span.getCoveredText(line.group()).toString();
                int start = offset + span.getStart();
                Span[] spans = separateSigns(sentence, tokenizer.tokenizePos(sentence));
                String[] words = Span.spansToStrings(spans, sentence);
                String[] posTags = tagger.tag(words);
                List<Token> tokenList = new ArrayList<>(spans.length);
                for (int i = 0; i < spans.length; i++) {
                    tokenList.add(new Token(words[i], posTags[i], start + spans[i].getStart(), start + spans[i].getEnd()));
                }
                read.add(new Sentence(sentence, start, offset + span.getEnd(), List.copyOf(tokenList)));
            }
        }
        return read;
    }

    /**
     * Splits a sign the tokenizer leaves on a number: the dash of a range ("1,200" "-1,500") and a currency sign
     * ("€2"), so that the quantity grammar sees the sign and the number apart.
     */
    static Span[] separateSigns(String sentence, Span[] spans) {
        List<Span> separated = new ArrayList<>(spans.length);
        for (Span span : spans) {
            String token = span.getCoveredText(sentence).toString();
            if (token.length() > 1 && "-–—$€£".indexOf(token.charAt(0)) >= 0 && Character.isDigit(token.charAt(1))) {
                separated.add(new Span(span.getStart(), span.getStart() + 1));
                separated.add(new Span(span.getStart() + 1, span.getEnd()));
            } else {
                separated.add(span);
            }
        }
        return separated.toArray(Span[]::new);
    }

    private interface ModelLoader<T> {
        T load(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, ModelLoader<T> loader) {
        try (InputStream in = ArticleReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
            }
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}

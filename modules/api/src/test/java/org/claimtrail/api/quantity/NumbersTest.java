package org.claimtrail.api.quantity;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersTest {

    private static final String[] ONES = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety"};

    @Property
    void digitGroupsReadAsWritten(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long n) {
        String grouped = String.format(Locale.ROOT, "%,d", n);
        assertThat(Numbers.numeral(grouped)).contains(BigDecimal.valueOf(n));
        assertThat(Numbers.numeral(Long.toString(n))).contains(BigDecimal.valueOf(n));
    }

    @Property
    void numberWordsReadAsSpelled(@ForAll @LongRange(min = 1, max = 999_999_999L) long n) {
        List<String> words = spell(n);
        Numbers.Reading reading = Numbers.read(words, 0).orElseThrow();
        assertThat(reading.value()).isEqualByComparingTo(BigDecimal.valueOf(n));
        assertThat(reading.end()).isEqualTo(words.size());
    }

    @Property
    void aDecimalTimesItsScaleWord(@ForAll @LongRange(min = 1, max = 9_999) long tenths) {
        BigDecimal value = BigDecimal.valueOf(tenths, 1);
        Numbers.Reading reading = Numbers.read(List.of(value.toPlainString(), "million", "shells"), 0).orElseThrow();
        assertThat(reading.value()).isEqualByComparingTo(value.multiply(BigDecimal.valueOf(1_000_000)));
        assertThat(reading.end()).isEqualTo(2);
        assertThat(reading.scaled()).isTrue();
    }

    @Example
    void idiomsOfNumberWords() {
        assertThat(value("a dozen tanks")).isEqualByComparingTo("12");
        assertThat(value("two dozen tanks")).isEqualByComparingTo("24");
        assertThat(value("half a million people")).isEqualByComparingTo("500000");
        assertThat(value("twenty-five drones")).isEqualByComparingTo("25");
        assertThat(value("twenty - five drones")).isEqualByComparingTo("25");
        assertThat(value("three hundred and fifty troops")).isEqualByComparingTo("350");
        assertThat(value("1.5 million shells")).isEqualByComparingTo("1500000");
    }

    @Example
    void whatIsNoNumber() {
        assertThat(Numbers.read(words("million refugees"), 0)).isEmpty();
        assertThat(Numbers.read(words("a few soldiers"), 0)).isEmpty();
        assertThat(Numbers.numeral("19th")).isEmpty();
        assertThat(Numbers.numeral("10:55")).isEmpty();
        assertThat(Numbers.numeral("3,00")).isEmpty();
    }

    private static BigDecimal value(String text) {
        return Numbers.read(words(text), 0).orElseThrow().value();
    }

    private static List<String> words(String text) {
        return Arrays.asList(text.split(" "));
    }

    /** English words for n, the way a newspaper spells them: "three hundred and five thousand, twelve" less commas. */
    private static List<String> spell(long n) {
        List<String> words = new ArrayList<>();
        long millions = n / 1_000_000;
        long thousands = n / 1_000 % 1_000;
        long rest = n % 1_000;
        if (millions > 0) {
            words.addAll(belowThousand(millions));
            words.add("million");
        }
        if (thousands > 0) {
            words.addAll(belowThousand(thousands));
            words.add("thousand");
        }
        words.addAll(belowThousand(rest));
        return words;
    }

    private static List<String> belowThousand(long n) {
        List<String> words = new ArrayList<>();
        if (n >= 100) {
            words.add(ONES[(int) (n / 100)]);
            words.add("hundred");
            if (n % 100 > 0) {
                words.add("and");
            }
        }
        int tens = (int) (n % 100);
        if (tens >= 20) {
            words.add(tens % 10 == 0 ? TENS[tens / 10] : TENS[tens / 10] + "-" + ONES[tens % 10]);
        } else if (tens > 0) {
            words.add(ONES[tens]);
        }
        return words;
    }
}

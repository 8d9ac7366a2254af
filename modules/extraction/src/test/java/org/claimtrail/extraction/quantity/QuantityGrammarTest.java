package org.claimtrail.extraction.quantity;

import org.claimtrail.api.claim.Qualifier;
import org.claimtrail.extraction.reading.ArticleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The grammar on tagged sentences: qualifiers, ranges, units, and what is no claim. */
class QuantityGrammarTest {

    private static ArticleReader reader;

    @BeforeAll
    static void loadModels() {
        reader = new ArticleReader();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Officials said 1,500 troops were sent.                     | EXACT         | 1500    | 1500    | troops",
            "At least 3,000 soldiers entered Russia.                    | AT_LEAST      | 3000    |         | soldiers",
            "More than 300 tanks were destroyed.                        | AT_LEAST      | 300     |         | tanks",
            "Over 100 soldiers were killed.                             | AT_LEAST      | 100     |         | soldiers",
            "It could supply up to 5 million projectiles.               | AT_MOST       | 0       | 5000000 | projectiles",
            "Fewer than 50 journalists were admitted.                   | AT_MOST       | 0       | 50      | journalists",
            "As many as 12,000 soldiers may have been sent.             | AT_MOST       | 0       | 12000   | soldiers",
            "About 25 drones were launched.                             | APPROXIMATELY | 22.5    | 27.5    | drones",
            "Some 2,000 troops were redeployed.                         | APPROXIMATELY | 1800    | 2200    | troops",
            "An estimated 600 prisoners were exchanged.                 | APPROXIMATELY | 540     | 660     | prisoners",
            "Nearly 900 prisoners were returned.                        | APPROXIMATELY | 810     | 990     | prisoners",
            "Between 1,000 and 2,000 artillery shells were fired.       | RANGE         | 1000    | 2000    | artillery shells",
            "They recruited 1,200-1,500 volunteers.                     | RANGE         | 1200    | 1500    | volunteers",
            "The convoy had 10 to 12 million rounds.                    | RANGE         | 10000000| 12000000| rounds",
            "Two or three battalions were seen.                         | RANGE         | 2       | 3       | battalions",
            "Five thousand workers were sent.                           | EXACT         | 5000    | 5000    | workers",
            "A dozen ballistic missiles were launched.                  | EXACT         | 12      | 12      | ballistic missiles",
            "Dozens of ballistic missiles were launched.                | AT_LEAST      | 24      |         | ballistic missiles",
            "Hundreds of thousands of people fled.                      | AT_LEAST      | 200000  |         | people",
            "The army has 3,000 or more tanks.                          | AT_LEAST      | 3000    |         | tanks",
    })
    void readsTheQuantity(String sentence, Qualifier qualifier, BigDecimal lower, BigDecimal upper, String unit) {
        List<Mention> found = find(sentence);
        assertThat(found).hasSize(1);
        Mention mention = found.get(0);
        var quantity = mention.quantity(mention.unit());
        assertThat(quantity.qualifier()).isEqualTo(qualifier);
        assertThat(quantity.lower()).isEqualByComparingTo(lower);
        if (upper == null) {
            assertThat(quantity.upper()).isNull();
        } else {
            assertThat(quantity.upper()).isEqualByComparingTo(upper);
        }
        assertThat(mention.unit()).isEqualTo(unit);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The treaty was signed on June 19, 2024.",
            "It replaced the Treaty of Friendship of 1961.",
            "Putin made his first visit in nearly 25 years.",
            "The 45-year-old commander served for 20 years.",
            "Article 4 of the document obliges both sides.",
            "The list is on page 12 of the annex.",
            "Support fell to 38 percent, down from 52%.",
            "Kyiv wants more F-16 aircraft.",
            "The two countries signed the deal.",
            "One of the parties was attacked.",
            "We are not talking about sending hundreds of thousands of special forces.",
            "They talked for more than two hours.",
            "I see two ways out of this.",
            "Polls closed at 8 p.m. on Tuesday.",
    })
    void leavesOutWhatIsNoClaim(String sentence) {
        assertThat(find(sentence)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pyongyang could supply up to 5 million projectiles.", "Reportedly, 700 mercenaries fight there."})
    void marksHedgedNumbers(String sentence) {
        assertThat(find(sentence)).singleElement().extracting(Mention::hedged).isEqualTo(true);
    }

    private static List<Mention> find(String text) {
        return reader.read(text).stream().flatMap(s -> QuantityGrammar.find(s.tokens()).stream()).toList();
    }
}

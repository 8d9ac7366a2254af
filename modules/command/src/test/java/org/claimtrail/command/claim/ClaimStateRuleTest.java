package org.claimtrail.command.claim;

import org.claimtrail.api.claim.ClaimState;
import org.claimtrail.api.claim.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimStateRuleTest {

    @ParameterizedTest(name = "{0} with {1} open conflicts, quorum {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                  | 0 | 2 | PROPOSED
            CORROBORATE                         | 0 | 2 | PROPOSED
            CORROBORATE CORROBORATE             | 0 | 2 | CORROBORATED
            CORROBORATE CORROBORATE CORROBORATE | 0 | 2 | CORROBORATED
            CORROBORATE                         | 0 | 1 | CORROBORATED
            DENY                                | 0 | 2 | PROPOSED
            DENY DENY                           | 0 | 2 | DENIED
            DENY                                | 0 | 1 | DENIED
            DISPUTE                             | 0 | 2 | DISPUTED
            CORROBORATE CORROBORATE DISPUTE     | 0 | 2 | DISPUTED
            DENY DENY DISPUTE                   | 0 | 2 | DISPUTED
            CORROBORATE DENY                    | 0 | 2 | DISPUTED
            CORROBORATE CORROBORATE DENY        | 0 | 2 | DISPUTED
            DENY DENY CORROBORATE               | 0 | 2 | DISPUTED
            ''                                  | 1 | 2 | DISPUTED
            CORROBORATE                         | 1 | 2 | DISPUTED
            DENY                                | 2 | 2 | DISPUTED
            CORROBORATE CORROBORATE             | 1 | 2 | CORROBORATED
            DENY DENY                           | 1 | 2 | DENIED
            """)
    void derivesTheStateFromVerdictsConflictsAndQuorum(String verdicts, int openConflicts, int quorum, ClaimState expected) {
        assertThat(ClaimStateRule.derive(parse(verdicts), openConflicts, quorum)).isEqualTo(expected);
    }

    private static List<Verdict> parse(String verdicts) {
        return verdicts == null || verdicts.isBlank()
                ? List.of()
                : Arrays.stream(verdicts.trim().split("\\s+")).map(Verdict::valueOf).toList();
    }
}

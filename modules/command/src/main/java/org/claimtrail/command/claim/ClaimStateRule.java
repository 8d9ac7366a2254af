package org.claimtrail.command.claim;

import org.claimtrail.api.claim.ClaimState;
import org.claimtrail.api.claim.Verdict;

import java.util.Collection;

/** The state a claim is in, from its active verdicts, open conflicts and the quorum (docs/architecture.md, rule 4). */
final class ClaimStateRule {

    private ClaimStateRule() {
    }

    static ClaimState derive(Collection<Verdict> activeVerdicts, int openConflicts, int quorum) {
        long corroborations = activeVerdicts.stream().filter(v -> v == Verdict.CORROBORATE).count();
        long denials = activeVerdicts.stream().filter(v -> v == Verdict.DENY).count();
        long disputes = activeVerdicts.stream().filter(v -> v == Verdict.DISPUTE).count();

        if (corroborations >= quorum && denials == 0 && disputes == 0) {
            return ClaimState.CORROBORATED;
        }
        if (denials >= quorum && corroborations == 0 && disputes == 0) {
            return ClaimState.DENIED;
        }
        if (disputes > 0 || (corroborations > 0 && denials > 0) || openConflicts > 0) {
            return ClaimState.DISPUTED;
        }
        return ClaimState.PROPOSED;
    }
}

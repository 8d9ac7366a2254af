package org.claimtrail.command.claim;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** {@code claimtrail.workflow.quorum}: how many agreeing reviewers decide a claim. */
@Validated
@ConfigurationProperties("claimtrail.workflow")
public record WorkflowProperties(@DefaultValue("2") @Min(1) int quorum) {
}

package org.claimtrail.api;

/** A workflow rule forbids the command, for example a reviewer judging a claim they proposed. */
public class WorkflowViolation extends RuntimeException {

    public WorkflowViolation(String message) {
        super(message);
    }
}

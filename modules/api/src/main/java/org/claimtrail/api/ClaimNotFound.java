package org.claimtrail.api;

import org.claimtrail.api.claim.ClaimId;

/** No claim with this id is on record (or none was, at the instant asked about). */
public class ClaimNotFound extends NotFound {

    public ClaimNotFound(ClaimId id) {
        super("No claim " + id + " is on record.");
    }
}

package org.claimtrail.projection.claim;

import org.claimtrail.api.claim.ClaimView;

import java.util.List;

/** One page of a claim list; {@code total} counts every claim the filter matches. */
public record ClaimPage(List<ClaimView> items, int page, int size, long total) {
}

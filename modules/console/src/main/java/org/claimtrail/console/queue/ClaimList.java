package org.claimtrail.console.queue;

import org.claimtrail.api.claim.ClaimView;

import java.util.List;

/** A page of {@code GET /api/v1/claims}. */
public record ClaimList(List<ClaimView> items, int page, int size, long total) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}

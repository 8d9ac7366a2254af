package org.claimtrail.projection.audit;

import java.util.List;

/** One page of the audit log, newest first; {@code total} counts every entry the filter matches. */
public record AuditPage(List<AuditEntry> items, int page, int size, long total) {
}

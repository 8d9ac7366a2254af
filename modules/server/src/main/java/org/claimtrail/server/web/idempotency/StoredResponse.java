package org.claimtrail.server.web.idempotency;

import org.jspecify.annotations.Nullable;

/** The parts of a first answer that a repeat gets again. */
record StoredResponse(int status, @Nullable String contentType, @Nullable String etag, @Nullable String location,
                      byte[] body) {
}

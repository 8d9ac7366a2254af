package org.claimtrail.projection;

import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a projection writes for a batch of events, collected as the events are handled and written at once as the
 * batch commits: one JDBC batch per table instead of a statement per event, in the same transaction as the token.
 */
public final class BatchWrites {

    private BatchWrites() {
    }

    /**
     * The collection kept under {@code key} in the batch that {@code unitOfWork} belongs to, made by {@code create} for
     * the batch's first event and handed to {@code write} before the batch commits.
     */
    public static <C> C of(UnitOfWork<?> unitOfWork, String key, Supplier<C> create, Consumer<C> write) {
        UnitOfWork<?> batch = unitOfWork.root();
        return batch.getOrComputeResource(key, k -> {
            C collected = create.get();
            batch.onPrepareCommit(u -> write.accept(collected));
            return collected;
        });
    }
}

package org.claimtrail.platform.audit;

import org.claimtrail.api.audit.HeadCheckpoint;
import org.claimtrail.api.audit.StoreCheckpoint;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The signed checkpoints in PostgreSQL: the latest of each claim's head, and the latest store checkpoints. */
public class Checkpoints {

    /** How many store checkpoints are kept with their heads. */
    private static final int STORE_CHECKPOINTS_KEPT = 10;

    private final JdbcClient jdbc;

    public Checkpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A store checkpoint with the heads it was made from. */
    public record StoreCheckpointWithHeads(StoreCheckpoint checkpoint, List<StoreCheckpoint.Head> heads) {
    }

    /** Keeps each head unless a later one of its claim is already kept (a replayed processor goes back in time). */
    public void save(Collection<HeadCheckpoint> heads) {
        for (HeadCheckpoint head : heads) {
            jdbc.sql("""
                            INSERT INTO audit_checkpoint (claim_id, sequence, hash, signed_at, signature)
                            VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT (claim_id) DO UPDATE
                            SET sequence = EXCLUDED.sequence, hash = EXCLUDED.hash,
                                signed_at = EXCLUDED.signed_at, signature = EXCLUDED.signature
                            WHERE audit_checkpoint.sequence < EXCLUDED.sequence
                            """)
                    .params(head.claimId(), head.sequence(), head.hash(), head.signedAt(), head.signature())
                    .update();
        }
    }

    public Optional<HeadCheckpoint> latest(String claimId) {
        return jdbc.sql("SELECT claim_id, sequence, hash, signed_at, signature FROM audit_checkpoint WHERE claim_id = ?")
                .param(claimId)
                .query((rs, row) -> new HeadCheckpoint(rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .optional();
    }

    /** Every claim's latest head, by claim id. */
    public List<StoreCheckpoint.Head> heads() {
        return jdbc.sql("SELECT claim_id, sequence, hash FROM audit_checkpoint ORDER BY claim_id")
                .query((rs, row) -> new StoreCheckpoint.Head(rs.getString(1), rs.getLong(2), rs.getString(3)))
                .list();
    }

    /** Stores {@code checkpoint} with its heads and drops the oldest beyond the ones kept. */
    public void save(StoreCheckpoint checkpoint, List<StoreCheckpoint.Head> heads) {
        long id = jdbc.sql("""
                        INSERT INTO audit_store_checkpoint (created_at, claims, root, signature)
                        VALUES (?, ?, ?, ?) RETURNING id
                        """)
                .params(checkpoint.createdAt(), checkpoint.claims(), checkpoint.root(), checkpoint.signature())
                .query(Long.class).single();
        for (StoreCheckpoint.Head head : heads) {
            jdbc.sql("INSERT INTO audit_store_checkpoint_head (checkpoint_id, claim_id, sequence, hash) VALUES (?, ?, ?, ?)")
                    .params(id, head.claimId(), head.sequence(), head.hash())
                    .update();
        }
        jdbc.sql("""
                        DELETE FROM audit_store_checkpoint WHERE id NOT IN
                            (SELECT id FROM audit_store_checkpoint ORDER BY id DESC LIMIT ?)
                        """)
                .param(STORE_CHECKPOINTS_KEPT)
                .update();
    }

    public Optional<StoreCheckpointWithHeads> latestStore() {
        return jdbc.sql("SELECT id, created_at, claims, root, signature FROM audit_store_checkpoint ORDER BY id DESC LIMIT 1")
                .query((rs, row) -> new StoreCheckpointWithHeads(new StoreCheckpoint(rs.getString(2), rs.getInt(3),
                        rs.getString(4), rs.getString(5)), storeHeads(rs.getLong(1))))
                .optional();
    }

    private List<StoreCheckpoint.Head> storeHeads(long checkpointId) {
        return jdbc.sql("SELECT claim_id, sequence, hash FROM audit_store_checkpoint_head WHERE checkpoint_id = ? ORDER BY claim_id")
                .param(checkpointId)
                .query((rs, row) -> new StoreCheckpoint.Head(rs.getString(1), rs.getLong(2), rs.getString(3)))
                .list();
    }
}

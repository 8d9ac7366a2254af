package org.claimtrail.audit.checkpoint;

import org.claimtrail.audit.chain.HeadCheckpoint;
import org.claimtrail.audit.chain.StoreCheckpoint;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The signed checkpoints in PostgreSQL: the latest of each claim's head, and the latest store checkpoints. */
public class Checkpoints {

    /** How many store checkpoints are kept with their heads. */
    private static final int STORE_CHECKPOINTS_KEPT = 10;

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    public Checkpoints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
    }

    /** A store checkpoint with the heads it was made from. */
    public record StoreCheckpointWithHeads(StoreCheckpoint checkpoint, List<StoreCheckpoint.Head> heads) {
    }

    /** Keeps each head unless a later one of its claim is already kept (a replayed processor goes back in time). */
    public void save(Collection<HeadCheckpoint> heads) {
        // One batch, one round trip: a checkpoint writer's batch signs a head for each claim it saw change.
        jdbc.batchUpdate("""
                        INSERT INTO audit_checkpoint (claim_id, sequence, hash, signed_at, signature)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (claim_id) DO UPDATE
                        SET sequence = EXCLUDED.sequence, hash = EXCLUDED.hash,
                            signed_at = EXCLUDED.signed_at, signature = EXCLUDED.signature
                        WHERE audit_checkpoint.sequence < EXCLUDED.sequence
                        """,
                heads.stream().map(head -> new Object[]{head.claimId(), head.sequence(), head.hash(), head.signedAt(),
                        head.signature()}).toList());
    }

    public Optional<HeadCheckpoint> latest(String claimId) {
        return client.sql("SELECT claim_id, sequence, hash, signed_at, signature FROM audit_checkpoint WHERE claim_id = ?")
                .param(claimId)
                .query((rs, row) -> new HeadCheckpoint(rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .optional();
    }

    /** Every claim's latest head, by claim id. */
    public List<StoreCheckpoint.Head> heads() {
        return client.sql("SELECT claim_id, sequence, hash FROM audit_checkpoint ORDER BY claim_id")
                .query((rs, row) -> new StoreCheckpoint.Head(rs.getString(1), rs.getLong(2), rs.getString(3)))
                .list();
    }

    /** Stores {@code checkpoint} with its heads and drops the oldest beyond the ones kept. */
    public void save(StoreCheckpoint checkpoint, List<StoreCheckpoint.Head> heads) {
        long id = client.sql("""
                        INSERT INTO audit_store_checkpoint (created_at, claims, root, signature)
                        VALUES (?, ?, ?, ?) RETURNING id
                        """)
                .params(checkpoint.createdAt(), checkpoint.claims(), checkpoint.root(), checkpoint.signature())
                .query(Long.class).single();
        jdbc.batchUpdate(
                "INSERT INTO audit_store_checkpoint_head (checkpoint_id, claim_id, sequence, hash) VALUES (?, ?, ?, ?)",
                heads.stream().map(head -> new Object[]{id, head.claimId(), head.sequence(), head.hash()}).toList());
        client.sql("""
                        DELETE FROM audit_store_checkpoint WHERE id NOT IN
                            (SELECT id FROM audit_store_checkpoint ORDER BY id DESC LIMIT ?)
                        """)
                .param(STORE_CHECKPOINTS_KEPT)
                .update();
    }

    public Optional<StoreCheckpointWithHeads> latestStore() {
        return client.sql("SELECT id, created_at, claims, root, signature FROM audit_store_checkpoint ORDER BY id DESC LIMIT 1")
                .query((rs, row) -> new StoreCheckpointWithHeads(new StoreCheckpoint(rs.getString(2), rs.getInt(3),
                        rs.getString(4), rs.getString(5)), storeHeads(rs.getLong(1))))
                .optional();
    }

    private List<StoreCheckpoint.Head> storeHeads(long checkpointId) {
        return client.sql("SELECT claim_id, sequence, hash FROM audit_store_checkpoint_head WHERE checkpoint_id = ? ORDER BY claim_id")
                .param(checkpointId)
                .query((rs, row) -> new StoreCheckpoint.Head(rs.getString(1), rs.getLong(2), rs.getString(3)))
                .list();
    }
}

-- Which nodes run which streaming processor, seen lately: how many nodes share a processor's segments, counting
-- those that hold none yet. Written by each node's SegmentBalancer; the time is PostgreSQL's, not the nodes'.
CREATE TABLE IF NOT EXISTS processor_node (
    processor_name VARCHAR(255) NOT NULL,
    node_id        VARCHAR(255) NOT NULL,
    seen_at        TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (processor_name, node_id)
);

#!/bin/sh
# Creates claimtrail's Kafka topics. Idempotent: existing topics are left as
# they are (their settings are not changed; use kafka-configs.sh for that).
#
# Environment (defaults in brackets):
#   BOOTSTRAP_SERVERS             [localhost:9092]
#   PARTITIONS                    [6]   partitions of each topic (key = claim id)
#   REPLICATION_FACTOR            [1]   use 3 on a real cluster
#   MIN_INSYNC_REPLICAS           [1, or 2 when REPLICATION_FACTOR >= 3]
#   CLAIMTRAIL_KAFKA_TOPIC        [claimtrail.claim-events]
#   CLAIMTRAIL_KAFKA_STATE_TOPIC  [claimtrail.claim-state]
#   WAIT_SECONDS                  [60]  how long to wait for the broker
#   KAFKA_HOME                    where bin/kafka-topics.sh lives, if not on PATH
set -eu

BOOTSTRAP_SERVERS=${BOOTSTRAP_SERVERS:-localhost:9092}
PARTITIONS=${PARTITIONS:-6}
REPLICATION_FACTOR=${REPLICATION_FACTOR:-1}
MIN_INSYNC_REPLICAS=${MIN_INSYNC_REPLICAS:-$(( REPLICATION_FACTOR >= 3 ? 2 : 1 ))}
EVENTS_TOPIC=${CLAIMTRAIL_KAFKA_TOPIC:-claimtrail.claim-events}
STATE_TOPIC=${CLAIMTRAIL_KAFKA_STATE_TOPIC:-claimtrail.claim-state}
CHECKPOINT_TOPIC=${CLAIMTRAIL_AUDIT_CHECKPOINT_TOPIC:-claimtrail.audit.checkpoints}
WAIT_SECONDS=${WAIT_SECONDS:-60}

if [ -n "${KAFKA_HOME:-}" ] && [ -x "$KAFKA_HOME/bin/kafka-topics.sh" ]; then
  KAFKA_TOPICS=$KAFKA_HOME/bin/kafka-topics.sh
elif command -v kafka-topics.sh >/dev/null 2>&1; then
  KAFKA_TOPICS=kafka-topics.sh
elif [ -x /opt/kafka/bin/kafka-topics.sh ]; then   # the apache/kafka image
  KAFKA_TOPICS=/opt/kafka/bin/kafka-topics.sh
else
  echo "create-topics: kafka-topics.sh not found; set KAFKA_HOME or PATH" >&2
  exit 1
fi

# Wait (bounded) until the broker answers.
waited=0
until "$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP_SERVERS" --list >/dev/null 2>&1; do
  if [ "$waited" -ge "$WAIT_SECONDS" ]; then
    echo "create-topics: no broker at $BOOTSTRAP_SERVERS after ${WAIT_SECONDS}s" >&2
    exit 1
  fi
  sleep 2
  waited=$((waited + 2))
done

create() {
  topic=$1
  shift
  "$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP_SERVERS" --create --if-not-exists \
    --topic "$topic" --partitions "$PARTITIONS" --replication-factor "$REPLICATION_FACTOR" \
    --config "min.insync.replicas=$MIN_INSYNC_REPLICAS" "$@"
  echo "create-topics: $topic ready"
}

# Every claim event, kept forever: subscribers may replay from the start.
create "$EVENTS_TOPIC" \
  --config cleanup.policy=delete \
  --config retention.ms=-1 \
  --config retention.bytes=-1

# Latest state per claim (key = claim id), compacted. Segments roll hourly so
# compaction can catch up; tombstones stay a day so slow consumers see them.
create "$STATE_TOPIC" \
  --config cleanup.policy=compact \
  --config min.compaction.lag.ms=0 \
  --config min.cleanable.dirty.ratio=0.1 \
  --config segment.ms=3600000 \
  --config delete.retention.ms=86400000

# Signed chain heads and store checkpoints, kept forever: the audit's copy outside the database.
create "$CHECKPOINT_TOPIC" \
  --config cleanup.policy=delete \
  --config retention.ms=-1 \
  --config retention.bytes=-1

"$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP_SERVERS" --describe --topic "$EVENTS_TOPIC"
"$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP_SERVERS" --describe --topic "$STATE_TOPIC"
"$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP_SERVERS" --describe --topic "$CHECKPOINT_TOPIC"

#!/bin/sh
# Creates claimtrail's Kafka topics and, on a broker with SASL/SCRAM and ACLs
# (docker-compose.yml), its users and what each may do: `claimtrail` (the
# server) writes and reads the three topics, `subscriber` only reads them, from
# consumer groups whose id starts with `subscriber`. Idempotent: existing topics
# are left as they are (their settings are not changed; use kafka-configs.sh for
# that), users get the password given, ACLs already there stay.
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
#   ADMIN_PASSWORD                unset: the broker takes anyone (a local broker
#                                 without SASL), nothing below is used. Set: every
#                                 call signs in as ADMIN_USER over SCRAM-SHA-512,
#                                 and the users and ACLs are made.
#   ADMIN_USER                    [admin]  a super user of the broker
#   SECURITY_PROTOCOL             [SASL_PLAINTEXT]
#   CLAIMTRAIL_USER               [claimtrail]
#   CLAIMTRAIL_PASSWORD           required with ADMIN_PASSWORD
#   SUBSCRIBER_USER               [subscriber]
#   SUBSCRIBER_PASSWORD           required with ADMIN_PASSWORD
#   SUBSCRIBER_GROUP_PREFIX       [subscriber]  consumer groups the subscriber may use
# Passwords are written into Kafka's own syntax, so they hold no `"`, `\`, `,`,
# `]` or `=`.
set -eu

BOOTSTRAP_SERVERS=${BOOTSTRAP_SERVERS:-localhost:9092}
PARTITIONS=${PARTITIONS:-6}
REPLICATION_FACTOR=${REPLICATION_FACTOR:-1}
MIN_INSYNC_REPLICAS=${MIN_INSYNC_REPLICAS:-$(( REPLICATION_FACTOR >= 3 ? 2 : 1 ))}
EVENTS_TOPIC=${CLAIMTRAIL_KAFKA_TOPIC:-claimtrail.claim-events}
STATE_TOPIC=${CLAIMTRAIL_KAFKA_STATE_TOPIC:-claimtrail.claim-state}
CHECKPOINT_TOPIC=${CLAIMTRAIL_AUDIT_CHECKPOINT_TOPIC:-claimtrail.audit.checkpoints}
WAIT_SECONDS=${WAIT_SECONDS:-60}

tool() {
  if [ -n "${KAFKA_HOME:-}" ] && [ -x "$KAFKA_HOME/bin/$1" ]; then
    echo "$KAFKA_HOME/bin/$1"
  elif command -v "$1" >/dev/null 2>&1; then
    echo "$1"
  elif [ -x "/opt/kafka/bin/$1" ]; then   # the apache/kafka image
    echo "/opt/kafka/bin/$1"
  else
    echo "create-topics: $1 not found; set KAFKA_HOME or PATH" >&2
    exit 1
  fi
}
KAFKA_TOPICS=$(tool kafka-topics.sh)

# With SASL, every tool signs in as the admin user, from a file only this
# script reads.
AUTH=""
if [ -n "${ADMIN_PASSWORD:-}" ]; then
  ADMIN_USER=${ADMIN_USER:-admin}
  CLAIMTRAIL_USER=${CLAIMTRAIL_USER:-claimtrail}
  SUBSCRIBER_USER=${SUBSCRIBER_USER:-subscriber}
  SUBSCRIBER_GROUP_PREFIX=${SUBSCRIBER_GROUP_PREFIX:-subscriber}
  : "${CLAIMTRAIL_PASSWORD:?create-topics: set CLAIMTRAIL_PASSWORD}"
  : "${SUBSCRIBER_PASSWORD:?create-topics: set SUBSCRIBER_PASSWORD}"
  for password in "$ADMIN_PASSWORD" "$CLAIMTRAIL_PASSWORD" "$SUBSCRIBER_PASSWORD"; do
    case $password in
      *'"'* | *'\'* | *,* | *]* | *=*)
        echo 'create-topics: a password holds one of " \ , ] =' >&2
        exit 1 ;;
    esac
  done
  KAFKA_CONFIGS=$(tool kafka-configs.sh)
  KAFKA_ACLS=$(tool kafka-acls.sh)
  client_config=$(umask 077 && mktemp)
  trap 'rm -f "$client_config"' EXIT
  cat > "$client_config" <<EOF
security.protocol=${SECURITY_PROTOCOL:-SASL_PLAINTEXT}
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="$ADMIN_USER" password="$ADMIN_PASSWORD";
EOF
  AUTH="--command-config $client_config"
fi

# Wait (bounded) until the broker answers.
waited=0
until "$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP_SERVERS" $AUTH --list >/dev/null 2>&1; do
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
  "$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP_SERVERS" $AUTH --create --if-not-exists \
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

"$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP_SERVERS" $AUTH --describe --topic "$EVENTS_TOPIC"
"$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP_SERVERS" $AUTH --describe --topic "$STATE_TOPIC"
"$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP_SERVERS" $AUTH --describe --topic "$CHECKPOINT_TOPIC"

[ -n "$AUTH" ] || exit 0

# The users, with the passwords given (a changed password takes effect here).
user() {
  "$KAFKA_CONFIGS" --bootstrap-server "$BOOTSTRAP_SERVERS" $AUTH --alter --entity-type users \
    --entity-name "$1" --add-config "SCRAM-SHA-512=[iterations=8192,password=$2]"
  echo "create-topics: user $1 ready"
}
user "$CLAIMTRAIL_USER" "$CLAIMTRAIL_PASSWORD"
user "$SUBSCRIBER_USER" "$SUBSCRIBER_PASSWORD"

acl() {
  "$KAFKA_ACLS" --bootstrap-server "$BOOTSTRAP_SERVERS" $AUTH --add --force "$@" >/dev/null
}
for topic in "$EVENTS_TOPIC" "$STATE_TOPIC" "$CHECKPOINT_TOPIC"; do
  # The server sends every event, state and checkpoint (an idempotent producer,
  # which Write covers) and reads them back for replay and its own checks.
  acl --allow-principal "User:$CLAIMTRAIL_USER" --topic "$topic" \
    --operation Write --operation Read --operation Describe --operation DescribeConfigs
  # A subscriber only reads: it cannot send an event that looks like claimtrail's.
  acl --allow-principal "User:$SUBSCRIBER_USER" --topic "$topic" --operation Read --operation Describe
done
acl --allow-principal "User:$CLAIMTRAIL_USER" --resource-pattern-type prefixed --group claimtrail --operation Read
acl --allow-principal "User:$SUBSCRIBER_USER" --resource-pattern-type prefixed --group "$SUBSCRIBER_GROUP_PREFIX" \
  --operation Read
echo "create-topics: ACLs ready: $CLAIMTRAIL_USER writes and reads, $SUBSCRIBER_USER reads (groups $SUBSCRIBER_GROUP_PREFIX*)"

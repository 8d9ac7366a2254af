#!/bin/sh
# Prepares the broker of docker-compose.yml before it starts, run by the
# one-shot `kafka-init` service with the broker's own KAFKA_* configuration:
#   - the broker's JAAS file, its credentials per listener: SCRAM-SHA-512 on
#     INTERNAL (the broker signs in to itself as ADMIN_USER) and EXTERNAL, and
#     SASL/PLAIN on CONTROLLER (a KRaft controller cannot use SCRAM), and a
#     client configuration of ADMIN_USER for the broker's health check;
#   - on an empty data directory, the KRaft format with ADMIN_USER's SCRAM
#     credentials, which must exist before the broker can sign in to itself.
#     A directory formatted before is left as it is: change the admin password
#     there with kafka-configs.sh, then here.
# The other users and the ACLs are made by create-topics.sh once the broker runs.
#
# Environment (defaults in brackets):
#   ADMIN_PASSWORD    required; holds no `"`, `\`, `,`, `]` or `=`
#   ADMIN_USER        [admin]  must be in KAFKA_SUPER_USERS
#   CLUSTER_ID        required, as the broker's
#   KAFKA_*           the broker's configuration, as the apache/kafka image reads it
#                     (KAFKA_LOG_DIRS: the data directory)
#   SECRETS_DIR       [/etc/kafka/secrets]
#   KAFKA_HOME        where bin/kafka-storage.sh lives [/opt/kafka]
set -eu

: "${ADMIN_PASSWORD:?init-kafka: set ADMIN_PASSWORD}"
: "${CLUSTER_ID:?init-kafka: set CLUSTER_ID}"
: "${KAFKA_LOG_DIRS:?init-kafka: set KAFKA_LOG_DIRS}"
ADMIN_USER=${ADMIN_USER:-admin}
SECRETS_DIR=${SECRETS_DIR:-/etc/kafka/secrets}
KAFKA_HOME=${KAFKA_HOME:-/opt/kafka}
case $ADMIN_PASSWORD in
  *'"'* | *'\'* | *,* | *]* | *=*)
    echo 'init-kafka: ADMIN_PASSWORD holds one of " \ , ] =' >&2
    exit 1 ;;
esac

umask 077
mkdir -p "$SECRETS_DIR"
cat > "$SECRETS_DIR/kafka_server_jaas.conf" <<EOF
internal.KafkaServer {
  org.apache.kafka.common.security.scram.ScramLoginModule required
  username="$ADMIN_USER" password="$ADMIN_PASSWORD";
};
external.KafkaServer {
  org.apache.kafka.common.security.scram.ScramLoginModule required;
};
controller.KafkaServer {
  org.apache.kafka.common.security.plain.PlainLoginModule required
  username="$ADMIN_USER" password="$ADMIN_PASSWORD" user_$ADMIN_USER="$ADMIN_PASSWORD";
};
EOF
cat > "$SECRETS_DIR/admin.properties" <<EOF
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="$ADMIN_USER" password="$ADMIN_PASSWORD";
EOF
echo "init-kafka: broker credentials written to $SECRETS_DIR"

if [ -f "$KAFKA_LOG_DIRS/meta.properties" ]; then
  echo "init-kafka: $KAFKA_LOG_DIRS is formatted already, left as it is"
  exit 0
fi

# The broker's configuration as the image renders it from KAFKA_* (a single _
# is a dot, a double one an underscore, a triple one a dash), for the format.
config=$(mktemp)
trap 'rm -f "$config"' EXIT
env | grep '^KAFKA_' | grep -v -e '^KAFKA_HOME=' -e '^KAFKA_OPTS=' -e '^KAFKA_HEAP_OPTS=' \
  -e '^KAFKA_LOG4J_OPTS=' -e '^KAFKA_JMX_OPTS=' -e '^KAFKA_JVM_PERFORMANCE_OPTS=' -e '^KAFKA_GC_LOG_OPTS=' \
  | while IFS='=' read -r name value; do
      key=$(echo "${name#KAFKA_}" | sed -e 's/___/-/g' -e 's/__/@/g' -e 's/_/./g' -e 's/@/_/g' | tr '[:upper:]' '[:lower:]')
      echo "$key=$value"
    done > "$config"
"$KAFKA_HOME/bin/kafka-storage.sh" format --ignore-formatted --cluster-id "$CLUSTER_ID" --config "$config" \
  --add-scram "SCRAM-SHA-512=[name=$ADMIN_USER,iterations=8192,password=$ADMIN_PASSWORD]"
echo "init-kafka: $KAFKA_LOG_DIRS formatted with the SCRAM credentials of $ADMIN_USER"

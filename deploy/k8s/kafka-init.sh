#!/usr/bin/env bash
# Once the three brokers answer, as the admin principal: creates every topic of kafka-topics.conf (replication
# factor 3, min.insync.replicas 2), gives every principal of kafka-acls.conf its SCRAM-SHA-512 credential and exactly
# the ACLs listed there. Run by the kafka-topics Job of deploy/k8s and the kafka-init container of deploy/compose, in
# the apache/kafka image. Idempotent (--if-not-exists, credentials upserted, ACLs added): re-running it is harmless;
# it never lowers or changes an existing topic.
#
# Environment: BOOTSTRAP, TOPICS_FILE, ACLS_FILE, SK_KAFKA_ADMIN_PASSWORD, and SK_KAFKA_PASSWORD_<PRINCIPAL> (upper
# case, '-' as '_') for each principal of the ACL file.
set -euo pipefail
umask 077
admin=/tmp/admin.properties
printf '%s\n' 'security.protocol=SASL_PLAINTEXT' 'sasl.mechanism=SCRAM-SHA-512' \
  "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\"$SK_KAFKA_ADMIN_PASSWORD\";" >"$admin"
lines() { sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$1"; }

# Replication factor 3 needs all three brokers registered.
until /opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server "$BOOTSTRAP" --command-config "$admin" 2>/dev/null |
  grep -c 'id: ' | grep -qx 3; do
  echo "waiting for three brokers..."
  sleep 5
done
lines "$TOPICS_FILE" | while read -r topic partitions policy retention; do
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$BOOTSTRAP" --command-config "$admin" \
    --create --if-not-exists --topic "$topic" --partitions "$partitions" --replication-factor 3 \
    --config min.insync.replicas=2 --config "cleanup.policy=$policy" --config "retention.ms=$retention"
done
/opt/kafka/bin/kafka-topics.sh --bootstrap-server "$BOOTSTRAP" --command-config "$admin" --describe

for principal in $(lines "$ACLS_FILE" | awk '{print $1}' | sort -u); do
  variable="SK_KAFKA_PASSWORD_$(tr 'a-z-' 'A-Z_' <<<"$principal")"
  password="${!variable:?the password of Kafka principal $principal ($variable) is not set}"
  /opt/kafka/bin/kafka-configs.sh --bootstrap-server "$BOOTSTRAP" --command-config "$admin" --alter \
    --entity-type users --entity-name "$principal" --add-config "SCRAM-SHA-512=[iterations=8192,password=$password]"
done
lines "$ACLS_FILE" | while read -r principal operation resource pattern name; do
  /opt/kafka/bin/kafka-acls.sh --bootstrap-server "$BOOTSTRAP" --command-config "$admin" --add \
    --allow-principal "User:$principal" --operation "$operation" "--$resource" "$name" --resource-pattern-type "$pattern"
done

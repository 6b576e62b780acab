#!/usr/bin/env bash
# Starts one node of the three-node KRaft cluster (broker and controller) in the apache/kafka image, for deploy/k8s
# (kafka.yaml, through the ConfigMap kafka-scripts) and deploy/compose. The configuration is written here rather
# than through the image's KAFKA_* variables: the listener-scoped SASL settings do not survive that translation, and
# the admin principal's SCRAM credential must be written when the storage is formatted (--add-scram). The same
# settings as the local broker's template (deploy/infra/kafka/server.properties), for three nodes.
#
# Environment: NODE_ID, ADVERTISED_HOST, CONTROLLER_VOTERS (id@host:9093,...), CLUSTER_ID, LOG_DIRS,
# SK_KAFKA_ADMIN_PASSWORD, SK_KAFKA_CONTROLLER_PASSWORD.
set -euo pipefail
config=/tmp/server.properties
umask 077
cat >"$config" <<PROPERTIES
process.roles=broker,controller
node.id=$NODE_ID
controller.quorum.voters=$CONTROLLER_VOTERS
controller.listener.names=CONTROLLER
listeners=SASL_PLAINTEXT://:9092,CONTROLLER://:9093
advertised.listeners=SASL_PLAINTEXT://$ADVERTISED_HOST:9092
listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
inter.broker.listener.name=SASL_PLAINTEXT
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$SK_KAFKA_ADMIN_PASSWORD";
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="controller" password="$SK_KAFKA_CONTROLLER_PASSWORD" user_controller="$SK_KAFKA_CONTROLLER_PASSWORD";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
allow.everyone.if.no.acl.found=false
super.users=User:admin;User:controller
log.dirs=$LOG_DIRS
default.replication.factor=3
min.insync.replicas=2
offsets.topic.replication.factor=3
transaction.state.log.replication.factor=3
transaction.state.log.min.isr=2
unclean.leader.election.enable=false
auto.create.topics.enable=false
num.partitions=6
PROPERTIES
/opt/kafka/bin/kafka-storage.sh format --ignore-formatted -t "$CLUSTER_ID" -c "$config" \
  --add-scram "SCRAM-SHA-512=[name=admin,password=$SK_KAFKA_ADMIN_PASSWORD]"
exec /opt/kafka/bin/kafka-server-start.sh "$config"

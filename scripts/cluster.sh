#!/usr/bin/env bash
# A local replication cluster on loopback ports: a KRaft Kafka broker (from the Maven Kafka jars, in its own JVM),
# one writer (unld serve --publish), two replicas (unld serve --follow) and nginx in front of the replicas, round robin.
#
#   scripts/cluster.sh up      # build the jar if needed, start everything, wait until the replicas have caught up
#   scripts/cluster.sh smoke   # ingest a document on the writer, see both replicas apply it, read through nginx;
#                              # prints how long the write took to reach each replica
#   scripts/cluster.sh down    # stop what was started (by the process ids recorded), and check nothing is left
#   scripts/cluster.sh replica PORT            # one more replica, from an empty store; prints how long it took to
#                                              # catch up with the topic
#   scripts/cluster.sh balance PORT REPLICA_PORT…  # one more nginx on PORT, round robin over those replicas
#
# State (stores, logs, pids, configurations) lives in $CLUSTER_DIR (default target/cluster). Ports: Kafka 19092
# (controller 19093), writer 13030, replicas 13031 and 13032, nginx 18080; override with the variables below.
# CLUSTER_WRITER=none starts no writer server: the writer is then an 'unld ingest --publish' run (bench/replication.sh).
# nginx is installed with apt-get when missing. Open-source nginx checks upstreams passively (a replica that fails or
# answers 502/503/504 is skipped for a while); 'up' and 'smoke' check each server's /$/ping actively.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE="${CLUSTER_DIR:-$ROOT/target/cluster}"
KAFKA_PORT="${KAFKA_PORT:-19092}"
CONTROLLER_PORT="${CONTROLLER_PORT:-19093}"
WRITER_PORT="${WRITER_PORT:-13030}"
REPLICA_PORTS=(${REPLICA_PORTS:-13031 13032})
CLUSTER_WRITER="${CLUSTER_WRITER:-server}"
NGINX_PORT="${NGINX_PORT:-18080}"
BASE="http://localhost:$NGINX_PORT/"
TOPIC="kafka://127.0.0.1:$KAFKA_PORT/unld"
JAR="$ROOT/target/unld.jar"
PASSWORD="cluster-$(id -u)"

say() { printf '%s\n' "$*" >&2; }
die() { say "cluster: $*"; exit 1; }

# Waits until URL answers 200 (at most $2 seconds).
wait_ok() {
  local url="$1" seconds="${2:-90}"
  for _ in $(seq 1 $((seconds * 2))); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ]; then return 0; fi
    sleep 0.5
  done
  die "$url did not answer 200 within $seconds s (logs in $STATE)"
}

start() { # name, command...: runs the command in the background, its pid in $STATE/name.pid, its output in name.log
  local name="$1"; shift
  nohup "$@" >"$STATE/$name.log" 2>&1 &
  echo $! >"$STATE/$name.pid"
}

stop() { # name: stops the process 'start' recorded, if it still runs
  local pidfile="$STATE/$1.pid"
  [ -f "$pidfile" ] || return 0
  local pid; pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  fi
  rm -f "$pidfile"
}

up() {
  mkdir -p "$STATE"
  command -v curl >/dev/null || die "curl is needed"
  if ! command -v nginx >/dev/null; then
    say "installing nginx…"
    # Debian starts a daemon as its package is installed, unless policy-rc.d forbids it: the cluster runs its own.
    local policy=/usr/sbin/policy-rc.d added=0
    if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && added=1; fi
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx >/dev/null
    [ "$added" = 1 ] && rm -f "$policy"
  fi
  if [ ! -f "$JAR" ]; then
    say "building $JAR…"
    (cd "$ROOT" && mvn -B -q package -DskipTests)
  fi
  # The broker runs from the Kafka jars Maven resolved for the tests (kafka_2.13 and what it needs).
  (cd "$ROOT" && mvn -B -q dependency:build-classpath -Dmdep.outputFile="$STATE/kafka.classpath" >/dev/null)

  cat >"$STATE/kafka.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$STATE/kafka-data
num.partitions=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
message.max.bytes=67108864
replica.fetch.max.bytes=67108864
PROPS
  local kafka_cp; kafka_cp="$(cat "$STATE/kafka.classpath")"
  if [ ! -d "$STATE/kafka-data" ]; then
    java -cp "$kafka_cp" kafka.tools.StorageTool format -t "$(java -cp "$kafka_cp" kafka.tools.StorageTool random-uuid)" \
      -c "$STATE/kafka.properties" >"$STATE/kafka-format.log" 2>&1 || die "formatting Kafka's storage failed: see $STATE/kafka-format.log"
  fi
  start kafka java -Xmx512m -cp "$kafka_cp" kafka.Kafka "$STATE/kafka.properties"
  for _ in $(seq 1 120); do (exec 3<>"/dev/tcp/127.0.0.1/$KAFKA_PORT") 2>/dev/null && break; sleep 0.5; done

  printf 'admin: %s\n' "$PASSWORD" >"$STATE/passwords"
  if [ "$CLUSTER_WRITER" = server ]; then
    start writer java -Xmx1g -jar "$JAR" serve --db "$STATE/writer" --port "$WRITER_PORT" --base "$BASE" \
      --passwords "$STATE/passwords" --publish "$TOPIC"
    wait_ok "http://localhost:$WRITER_PORT/\$/ping"
  fi
  for port in "${REPLICA_PORTS[@]}"; do start_replica "$port"; done
  for port in "${REPLICA_PORTS[@]}"; do wait_ok "http://localhost:$port/\$/ping" 180; done
  balance "$NGINX_PORT" "${REPLICA_PORTS[@]}"
  say "cluster up: readers http://localhost:$NGINX_PORT/ (replicas ${REPLICA_PORTS[*]}), $([ "$CLUSTER_WRITER" = server ] \
    && echo "writer http://localhost:$WRITER_PORT/ (admin:$PASSWORD)" || echo "no writer server"), topic $TOPIC"
}

# Behind nginx every request comes from nginx's address: nginx limits each client's requests in progress
# (limit_conn, NGINX_MAX_PER_CLIENT, default 8 as unld serve's own default), and the replicas do not limit nginx.
start_replica() { # port: a replica following the topic, its store in $STATE/replica-PORT
  start "replica-$1" java -Xmx1g -jar "$JAR" serve --db "$STATE/replica-$1" --port "$1" --base "$BASE" --follow "$TOPIC" \
    --max-client-requests 4096
}

# One more replica, from an empty store: prints the seconds it took to apply the whole topic (its /$/ping turns 200).
replica() {
  local port="${1:?usage: scripts/cluster.sh replica PORT}" begin
  [ -f "$STATE/kafka.pid" ] || die "the cluster is not up (scripts/cluster.sh up)"
  [ -e "$STATE/replica-$port" ] && die "$STATE/replica-$port exists: a new replica starts from an empty store"
  begin=$(date +%s%N)
  start_replica "$port"
  wait_ok "http://localhost:$port/\$/ping" 3600
  say "replica on $port caught up in $(( ($(date +%s%N) - begin) / 1000000 )) ms"
}

# An nginx on loopback PORT, round robin over the replicas on the given ports; its files in $STATE/nginx-PORT.
balance() {
  local port="${1:?usage: scripts/cluster.sh balance PORT REPLICA_PORT…}" servers="" dir user=""
  shift
  [ $# -gt 0 ] || die "usage: scripts/cluster.sh balance PORT REPLICA_PORT…"
  for replica_port in "$@"; do servers="$servers    server 127.0.0.1:$replica_port max_fails=1 fail_timeout=5s;"$'\n'; done
  dir="$STATE/nginx-$port"
  mkdir -p "$dir"
  # As root nginx would run its workers as nobody, who may not enter $STATE.
  [ "$(id -u)" = 0 ] && user="user root;"
  cat >"$dir/nginx.conf" <<CONF
$user
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  limit_conn_zone \$binary_remote_addr zone=clients:1m;
  limit_conn clients ${NGINX_MAX_PER_CLIENT:-8};
  limit_conn_status 429;
  client_body_temp_path $dir/body;
  proxy_temp_path $dir/proxy;
  fastcgi_temp_path $dir/fastcgi;
  uwsgi_temp_path $dir/uwsgi;
  scgi_temp_path $dir/scgi;
  upstream unld_replicas {
$servers    keepalive 32;
  }
  server {
    listen 127.0.0.1:$port;
    location / {
      proxy_pass http://unld_replicas;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host:\$server_port;
      # A replica that is down, or behind (503), is skipped and the request goes to the next one.
      proxy_next_upstream error timeout http_502 http_503 http_504;
    }
  }
}
CONF
  nginx -c "$dir/nginx.conf" -p "$dir" || die "nginx did not start: see $dir/error.log"
  say "nginx on $port: round robin over $*"
}

# The id of the newest patch a server's change feed lists.
newest_patch() {
  curl -sf "http://localhost:$1/changes?page=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["orderedItems"][0]["url"]["href"].rsplit("/",1)[1])'
}

smoke() {
  [ -f "$STATE/writer.pid" ] || die "the cluster is not up (scripts/cluster.sh up)"
  local doc; doc="$(mktemp --suffix=.txt)"
  cat >"$doc" <<'DOC'
United Nations                                                        A/79/999
General Assembly                                                      Distr.: General
                                                                      2 January 2025

Seventy-ninth session
Agenda item 71

          Letter dated 30 December 2024 from the Permanent Representative of
          Azerbaijan to the United Nations addressed to the Secretary-General

     I have the honour to transmit the cluster's smoke test document.

                                                        (Signed) Cluster Smoke
                                                        Permanent Representative
DOC
  local code; code="$(curl -s -o "$STATE/smoke-ingest.json" -w '%{http_code}' -u "admin:$PASSWORD" --data-binary @"$doc" \
    "http://localhost:$WRITER_PORT/ingest?name=A_79_999.txt")"
  rm -f "$doc"
  [ "$code" = 200 ] || die "the writer did not store the document ($code): $(cat "$STATE/smoke-ingest.json")"
  local patch; patch="$(newest_patch "$WRITER_PORT")"
  say "writer stored A/79/999 as patch $patch"
  for port in "${REPLICA_PORTS[@]}"; do
    for _ in $(seq 1 300); do
      curl -sf "http://localhost:$port/\$/status" | grep -q "\"lastPatch\": \"$patch\"" && break
      sleep 0.1
    done
    curl -sf "http://localhost:$port/\$/status" >"$STATE/smoke-status-$port.json" || die "replica on $port does not answer /\$/status"
    grep -q "\"lastPatch\": \"$patch\"" "$STATE/smoke-status-$port.json" || die "replica on $port did not apply $patch"
    # The delay: from the writer's commit (the patch's time in its change feed) to the replica's (appliedAt).
    say "replica on $port applied $patch $(curl -sf "http://localhost:$WRITER_PORT/changes?page=1" | python3 -c '
import json, sys
from datetime import datetime
made = datetime.fromisoformat(json.load(sys.stdin)["orderedItems"][0]["published"].replace("Z", "+00:00"))
applied = datetime.fromisoformat(json.load(open(sys.argv[1]))["appliedAt"].replace("Z", "+00:00"))
print("%d ms after the writer committed it" % round((applied - made).total_seconds() * 1000))' "$STATE/smoke-status-$port.json")"
  done
  for _ in 1 2 3 4; do
    curl -sf -H 'Accept: application/sparql-results+json' --data-urlencode \
      'query=ASK { ?d <https://w3id.org/unld/ontology#symbol> "A/79/999" }' "http://localhost:$NGINX_PORT/sparql" | grep -q true \
      || die "a read through nginx does not see the document"
  done
  [ "$(curl -s -o /dev/null -w '%{http_code}' -X POST --data 'update=CLEAR ALL' "http://localhost:$NGINX_PORT/update")" = 405 ] \
    || die "a write through nginx was not refused with 405"
  say "smoke test passed: both replicas applied the write, reads through nginx see it, writes there get 405"
}

down() {
  [ -d "$STATE" ] || { say "nothing to stop ($STATE does not exist)"; return 0; }
  local pidfile pid port left="" ports=("$KAFKA_PORT" "$CONTROLLER_PORT" "$WRITER_PORT")
  for pidfile in "$STATE"/replica-*.pid; do [ -f "$pidfile" ] && ports+=("$(basename "$pidfile" .pid | sed 's/^replica-//')"); done
  for pidfile in "$STATE"/nginx-*/nginx.pid; do
    [ -f "$pidfile" ] || continue
    ports+=("$(basename "$(dirname "$pidfile")" | sed 's/^nginx-//')")
    pid="$(cat "$pidfile")"
    kill -QUIT "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    rm -f "$pidfile"
  done
  # Replicas and the writer before the broker, so that they do not wait for it while stopping.
  for pidfile in "$STATE"/replica-*.pid "$STATE"/writer.pid "$STATE"/kafka.pid; do
    [ -f "$pidfile" ] && stop "$(basename "$pidfile" .pid)"
  done
  for pidfile in "$STATE"/*.pid; do
    [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null && left="$left $(basename "$pidfile" .pid)"
  done
  # Whatever the pid files say (an nginx worker outlives a master killed with -9): nothing listens on the ports.
  for port in "${ports[@]}"; do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && left="$left port-$port"
  done
  [ -z "$left" ] || die "still running after down:$left"
  say "cluster down: no process left (state kept in $STATE; remove it for a fresh start)"
}

case "${1:-}" in
  up) up ;;
  smoke) smoke ;;
  down) down ;;
  replica) shift; replica "$@" ;;
  balance) shift; balance "$@" ;;
  -h|--help) sed -n '2,19p' "$0" ;;
  *) die "usage: scripts/cluster.sh up|smoke|down|replica PORT|balance PORT REPLICA_PORT… (see --help)" ;;
esac

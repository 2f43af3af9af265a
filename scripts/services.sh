#!/usr/bin/env bash
# Start the local PostgreSQL, Redis and RabbitMQ that the integration and fault tests use, each only
# when it is installed and not already answering; a running server is never restarted. Tests whose
# service is still missing afterwards skip and say why, so this never fails the run.
set -uo pipefail

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_port() {  # wait_port PORT NAME: up to 30 s
  for _ in $(seq 1 60); do port_open "$1" && return 0; sleep 0.5; done
  echo "warning: $2 did not start on 127.0.0.1:$1; its tests will skip"
}

if ! port_open 5432; then
  if command -v service >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    echo "starting PostgreSQL"; service postgresql start >/tmp/tribune-services.log 2>&1; wait_port 5432 PostgreSQL
  fi
fi
if ! port_open 6379 && command -v redis-server >/dev/null 2>&1; then
  echo "starting Redis"
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save '' --appendonly no >>/tmp/tribune-services.log 2>&1
  wait_port 6379 Redis
fi
if ! port_open 5672 && command -v rabbitmq-server >/dev/null 2>&1 && command -v service >/dev/null 2>&1; then
  echo "starting RabbitMQ"; service rabbitmq-server start >>/tmp/tribune-services.log 2>&1; wait_port 5672 RabbitMQ
fi
exit 0

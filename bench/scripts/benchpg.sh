#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the load tests: benchpg.sh start|stop|status [dir] [port].
# Durable settings (fsync, synchronous_commit and full_page_writes stay on): intake figures mean acknowledged = on disk.
# Memory: shared_buffers 2 GB of this 24 GB machine; max_wal_size 8 GB so that the bulk load does not checkpoint every minute.
set -euo pipefail
cmd=${1:-status}
dir=${2:-/tmp/benchpg}
port=${3:-56100}
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$cmd" in
  start)
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      mkdir -p "$dir"
      [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
      as_pg "$pgbin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    fi
    as_pg "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c shared_buffers=2GB -c max_wal_size=8GB -c max_connections=200" start
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=phoihop_bench"
    ;;
  stop)
    as_pg "$pgbin/pg_ctl" -D "$dir/data" -m fast -w stop
    ;;
  status)
    as_pg "$pgbin/pg_ctl" -D "$dir/data" status || true
    ;;
  *)
    echo "usage: $0 start|stop|status [dir] [port]" >&2
    exit 2
    ;;
esac

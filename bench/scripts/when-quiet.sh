#!/usr/bin/env bash
# Waits until no other engineer's build, test or browser is running and the 1-minute load is low, then runs "$@".
for i in $(seq 1 720); do
  busy=$(ps -eo pid,args | grep -E "dotnet (build|test|format)|Roslyn/bincore/csc|MSBuild.dll|vstest|IntegrationTests|chromium" | grep -v grep | wc -l)
  load=$(cut -d' ' -f1 /proc/loadavg)
  if [ "$busy" = 0 ] && awk "BEGIN{exit !($load < ${MAXLOAD:-3.0})}"; then
    echo "[quiet at $(date +%T), load $load]"; exec nice "$@"
  fi
  sleep 5
done
echo "never quiet"; exit 3

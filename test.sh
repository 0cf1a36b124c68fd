#!/usr/bin/env bash
# The test command (README "Test"; CI runs it through .ci/run as root on a clean clone).
#   1. installs the Debian packages the tests need, if missing;
#   2. starts a throwaway PostgreSQL cluster of its own (TEST_PG), removed on exit;
#   3. restores, checks formatting, builds in Release;
#   4. fails when the EF model changed without a migration (both providers);
#   5. runs the unit tests and the integration tests (SQLite, PostgreSQL, headless Chromium);
#   6. ends with "N passed, N failed, N skipped"; exits non-zero on any failure or when no test ran.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}
ARTIFACTS=${ARTIFACTS:-$ROOT/.ci/artifacts}
mkdir -p "$ARTIFACTS"
rm -rf "$ARTIFACTS"/test-*.log "$ARTIFACTS/TestResults"

SOLUTION=PhoiHop.slnx
# project and the longest it may take (a hung run is killed; one test is given 5 minutes at most)
TEST_PROJECTS=(tests/PhoiHop.Tests/PhoiHop.Tests.csproj:5m tests/PhoiHop.IntegrationTests/PhoiHop.IntegrationTests.csproj:20m)
PACKAGES=(postgresql postgresql-contrib chromium fonts-noto-core poppler-utils python3-aiosmtpd)

# ---- timings and the summary line, printed last whatever happens ----
START=$SECONDS
PHASE="" PHASE_START=$SECONDS
TIMINGS=()
phase() {
    end_phase
    PHASE=$1 PHASE_START=$SECONDS
    echo "== $PHASE"
}
end_phase() {
    if [ -n "$PHASE" ]; then
        TIMINGS+=("$(printf '%5ss  %s' $((SECONDS - PHASE_START)) "$PHASE")")
        PHASE=""
    fi
}

# Sums the one-line VSTest summaries of every project (printed at the default console verbosity; "normal" prints a
# multi-line summary instead, so per-test results go to the .trx files), e.g.
#   "Passed!  - Failed:     0, Passed:    16, Skipped:     0, Total:    16, Duration: 326 ms - PhoiHop.Tests.dll (net10.0)"
summary() {
    cat "$ARTIFACTS"/test-*.log 2>/dev/null | awk '
        /(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+, +Skipped: +[0-9]+/ {
            line = $0; gsub(",", " ", line); n = split(line, w, " ")
            for (i = 1; i < n; i++) {
                if (w[i] == "Failed:") f += w[i + 1]
                if (w[i] == "Passed:") p += w[i + 1]
                if (w[i] == "Skipped:") s += w[i + 1]
            }
        }
        END { printf "%d passed, %d failed, %d skipped\n", p, f, s }'
}

# ---- PostgreSQL: a cluster of our own, run as postgres when we are root ----
PGTMP=""
PGBIN=""
as_pg() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
# What a failed run needs to be understood from its console alone: the errors the .trx files hold (failed tests and
# fixture clean-up failures, whose message the console summary omits) and the database server's last errors.
explain_failure() {
    for trx in "$ARTIFACTS"/TestResults/*.trx; do
        [ -f "$trx" ] || continue
        python3 - "$trx" <<'PY'
import sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
root = ET.parse(sys.argv[1]).getroot()
def show(title, text):
    lines = (text or "").strip().splitlines()
    print(f"--- {title}")
    print("\n".join(lines[:40]) + ("\n    …" if len(lines) > 40 else ""))
for info in root.iterfind(".//t:RunInfos/t:RunInfo", ns):
    if info.get("outcome") in ("Error", "Failed") or "Failure" in (info.findtext("t:Text", "", ns) or ""):
        show("run error", info.findtext("t:Text", "", ns))
for result in root.iterfind(".//t:UnitTestResult", ns):
    if result.get("outcome") == "Failed":
        show(result.get("testName"), (result.findtext(".//t:Message", "", ns) or "") + "\n" + (result.findtext(".//t:StackTrace", "", ns) or ""))
PY
    done
    if [ -n "$PGTMP" ] && [ -f "$PGTMP/server.log" ]; then
        echo "--- PostgreSQL server log, last errors"
        grep -E "ERROR|FATAL|PANIC" "$PGTMP/server.log" | tail -n 20
    fi
}

finish() {
    local rc=$?
    trap - EXIT
    set +e
    end_phase
    if [ "$rc" -ne 0 ]; then
        echo
        echo "== What failed"
        explain_failure
    fi
    if [ -n "$PGTMP" ]; then
        if [ -f "$PGTMP/data/postmaster.pid" ]; then
            as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -m fast -w stop >/dev/null 2>&1
        fi
        rm -rf "$PGTMP"
    fi
    echo
    echo "== Timings"
    printf '%s\n' "${TIMINGS[@]}"
    printf '%5ss  total\n' $((SECONDS - START))
    [ "$rc" -eq 0 ] || echo "FAILED (exit code $rc)"
    summary
    exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT TERM   # so that the EXIT trap still stops the cluster

# ---- 1. Debian packages ----
phase "packages"
missing=()
for pkg in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# The build restores the front-end packages (htmx) with npm; without it the pages still work, but the browser
# tests would not see what users get. Any npm will do (NodeSource's nodejs ships its own).
command -v npm >/dev/null || missing+=(npm)
if ((${#missing[@]})); then
    echo "installing ${missing[*]}"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v dotnet >/dev/null || { echo "dotnet is not on PATH: install the .NET 10 SDK (global.json)." >&2; exit 1; }

# ---- 2. Throwaway PostgreSQL on 127.0.0.1 and a socket in its own folder ----
phase "postgresql"
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGTMP=$(mktemp -d -t phoihop-pg.XXXXXX)
[ "$(id -u)" -ne 0 ] || chown postgres:postgres "$PGTMP"
as_pg "$PGBIN/initdb" -D "$PGTMP/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PGTMP/initdb.log" 2>&1 \
    || { cat "$PGTMP/initdb.log"; exit 1; }
PGPORT=""
for port in $(seq 55432 55531); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue   # taken
    if as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/server.log" -w -t 60 \
        -o "-p $port -k $PGTMP -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
        start >/dev/null; then
        PGPORT=$port
        break
    fi
    grep -q "could not bind\|already in use" "$PGTMP/server.log" || { cat "$PGTMP/server.log"; exit 1; }   # lost a race for the port
done
[ -n "$PGPORT" ] || { echo "no free port for PostgreSQL in 55432-55531" >&2; exit 1; }
PSQL=("$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -q)
# One statement per -c: CREATE DATABASE cannot run inside the transaction of a multi-statement string.
"${PSQL[@]}" -c "CREATE ROLE app LOGIN CREATEDB" -c "CREATE DATABASE app OWNER app"
export TEST_PG="Host=127.0.0.1;Port=$PGPORT;Database=app;Username=app"
echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT (TEST_PG)"

# ---- 3. Restore, format, build ----
phase "restore"
dotnet tool restore >/dev/null
dotnet restore "$SOLUTION"

phase "format"
dotnet format "$SOLUTION" --verify-no-changes --no-restore

phase "build"
dotnet build "$SOLUTION" -c Release --no-restore -nologo

# ---- 4. No model change without a migration ----
phase "pending model changes"
for context in SqliteAppDbContext PostgresAppDbContext; do
    # --configuration, not -c: for dotnet-ef, -c means --context.
    dotnet tool run dotnet-ef migrations has-pending-model-changes --no-build --configuration Release \
        --project src/PhoiHop.Web --context "$context"
done

# ---- 5. Tests ----
test_rc=0
for entry in "${TEST_PROJECTS[@]}"; do
    project=${entry%:*} limit=${entry##*:}
    name=$(basename "$project" .csproj)
    phase "test $name"
    set +e
    timeout "$limit" dotnet test "$project" -c Release --no-build \
        --blame-hang-timeout 5m --blame-hang-dump-type none \
        --logger "trx;LogFileName=$name.trx" --results-directory "$ARTIFACTS/TestResults" \
        2>&1 | tee "$ARTIFACTS/test-$name.log"
    rc=${PIPESTATUS[0]}
    set -e
    if [ "$rc" -ne 0 ]; then
        echo "dotnet test $name exited with $rc"
        test_rc=1
    fi
done
end_phase

# ---- 6. Verdict ----
read -r passed _ failed _ _ _ <<<"$(summary)"
if [ "$((passed + failed))" -eq 0 ]; then
    echo "No test ran." >&2
    exit 1
fi
[ "$failed" -eq 0 ] || exit 1
exit "$test_rc"

#!/usr/bin/env bash
# Relief Ledger benchmarks on the local PostgreSQL (127.0.0.1:5432, user postgres, trust auth).
# Builds the app and the bench module (profile "bench", never part of `mvn verify`), then prints:
# pgbench tpcb-like TPS, ledger postings through the service layer (50 funds, one hot fund) and
# over HTTP, cold start and memory of relief-ledger.jar, the general-ledger export, and a shred
# (with its master key rotation) among 100,000 cases against a bare UPDATE of the same rows.
# Each load runs RELIEF_BENCH_SECONDS (default 20). Creates and drops its own databases.
# Usage: bench/run.sh            (output also saved in bench/target/last-run.txt)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v pgbench >/dev/null 2>&1; then
  echo "pgbench missing: trying apt-get install postgresql-contrib"
  (apt-get install -y -qq postgresql-contrib >/dev/null 2>&1 || apt-get install -y -qq postgresql-client >/dev/null 2>&1) \
    || echo "could not install pgbench: the baseline will be reported as MISSING"
fi
if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi

if [ "${RELIEF_BENCH_SKIP_BUILD:-}" != "1" ]; then
  mvn -B -q -Pbench -DskipTests package
fi
mkdir -p bench/target
classpath="bench/target/classes:bench/target/lib/*"
{
  echo "machine: $(nproc) CPUs, $(free -m | awk '/^Mem:/ {print $2}') MB RAM, $(java -version 2>&1 | head -n 1)"
  java -cp "$classpath" org.reliefledger.bench.BenchmarkRun
  # The export runs in its own JVM capped at 256 MB of heap: the target is that it fits.
  export_tmp="$(mktemp -d)"
  java -Xmx256m -Djava.io.tmpdir="$export_tmp" -cp "$classpath" org.reliefledger.bench.ExportBenchmark
  rm -rf "$export_tmp"
  java -cp "$classpath" org.reliefledger.cases.vault.control.ShredBenchmark
} 2>&1 | tee bench/target/last-run.txt

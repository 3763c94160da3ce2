#!/usr/bin/env bash
# Spark's overhead on this machine: the same sweep on the local engine, on Spark local[2] and on
# a standalone Master and Worker (2 cores) on 127.0.0.1, each timed as a whole command. Prints the
# wall times and the ratios to the local engine. Usage:
#
#   scripts/bench-spark.sh [SECONDS_PER_TASK]   # about 1 (default) or 10
#
# Needs the jars (./mvnw -B package -DskipTests) and Maven to fetch Spark's jars once.
set -euo pipefail
cd "$(dirname "$0")/.."
task_seconds="${1:-1}"
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

version="$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' pom.xml)"
opens="$(sed -n 's:.*<spark.jvm.options>\(--.*\)</spark.jvm.options>.*:\1:p' pom.xml | head -n 1)"
cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>bench</groupId><artifactId>spark-classpath</artifactId><version>1</version>
<dependencies><dependency><groupId>org.apache.spark</groupId><artifactId>spark-core_2.13</artifactId>
<version>$version</version></dependency></dependencies></project>
POM
./mvnw -B -q -f "$work/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="$(cat "$work/cp.txt")"
mkdir -p "$work/home/jars"
tr ':' '\n' < "$work/cp.txt" | while read -r jar; do ln -sf "$jar" "$work/home/jars/"; done

# A tenant at 16 sessions/s per second of task (about a second of simulation each on this machine): 8 points × 4 replications = 32 tasks.
rate=$((16 * task_seconds))
cat > "$work/bench.yaml" <<YAML
name: bench
start: 2018-11-22T08:00:00+09:00
duration: 4h
replications: 4
seed: 1
regions: [ { id: r1 }, { id: r2 } ]
dns: { resolvers: 50, clientCacheTtl: 0s }
faults:
  - { type: region-resolver-failure, region: r1, at: 30m, duration: 1h, mode: servfail, errorRate: 1.0 }
tenants:
  - id: shop
    traffic: { sessionsPerSecond: $rate }
    deployment: { strategy: active-passive, primary: r1, secondary: r2,
                  healthCheck: { interval: 10s, threshold: 2, deep: true } }
YAML
sweep=(sweep "$work/bench.yaml" --vary 'tenants[shop].deployment.ttl=10s,30s,1m,2m,5m,10m,20m,30m' --quiet --no-charts --force)
app="$(ls target/outagesim-*-spark.jar)"
cli="$(ls target/outagesim-*-all.jar)"
submit() { # master out
  # shellcheck disable=SC2086
  SPARK_HOME="$work/home" SPARK_LOCAL_IP=127.0.0.1 java $opens -cp "$cp" org.apache.spark.deploy.SparkSubmit \
    --class org.outagesim.spark.SparkMain --master "$1" --conf spark.driver.host=127.0.0.1 \
    --conf "spark.executor.extraJavaOptions=$opens" "$app" "${sweep[@]}" --out "$2" 2>"$work/submit.err"
}
seconds() { local s; s=$(date +%s.%N); "$@"; echo "$(date +%s.%N) - $s" | bc; }

local_s=$(seconds java -jar "$cli" "${sweep[@]}" --threads 2 --out "$work/local")
spark_s=$(seconds submit 'local[2]' "$work/spark-local")
port=7177
# shellcheck disable=SC2086
SPARK_HOME="$work/home" SPARK_LOCAL_IP=127.0.0.1 java $opens -cp "$cp" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port $port --webui-port 0 >"$work/master.log" 2>&1 &
sleep 3
# shellcheck disable=SC2086
SPARK_HOME="$work/home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 java $opens -cp "$cp" \
  org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 2 --memory 2g --webui-port 0 \
  "spark://127.0.0.1:$port" >"$work/worker.log" 2>&1 &
sleep 3
cluster_s=$(seconds submit "spark://127.0.0.1:$port" "$work/spark-cluster")
for d in spark-local spark-cluster; do
  cmp -s "$work/local/sweep.csv" "$work/$d/sweep.csv" || { echo "$d: sweep.csv differs" >&2; tail -20 "$work/submit.err" >&2; exit 1; }
done
printf 'tasks of about %s s, 32 tasks on 2 cores\n' "$task_seconds"
printf 'local engine (2 threads)   %6.1f s\n' "$local_s"
printf 'spark local[2]             %6.1f s   ratio %.2f\n' "$spark_s" "$(echo "$spark_s / $local_s" | bc -l)"
printf 'spark standalone (2 cores) %6.1f s   ratio %.2f\n' "$cluster_s" "$(echo "$cluster_s / $local_s" | bc -l)"

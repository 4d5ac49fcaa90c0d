#!/usr/bin/env bash
# Runs every benchmark of partnership-benchmarks, then writes docs/PERFORMANCE.md from the results.
#
#   benchmarks/run.sh                         # build, run everything, write docs/PERFORMANCE.md
#   benchmarks/run.sh --note "Preliminary…"   # the same, with a warning line at the top of the doc
#   benchmarks/run.sh --streamed 200000       # stream fewer initiatives than the default million
#   benchmarks/run.sh --quick                 # check the pipeline end to end in about 3 minutes: each
#                                             # benchmark once, smallest sizes, doc in a temporary folder
#   benchmarks/run.sh --out FILE              # write the doc elsewhere than docs/PERFORMANCE.md
#   benchmarks/run.sh --no-build              # use partnership-benchmarks/target/benchmarks.jar as built
#
# Few forks and iterations on purpose (one fork; 3–5 warm-up and 3 measured iterations of 2 s;
# single shots for the million-initiative rules), so that the whole run takes about 37 minutes on a
# quiet 2-core machine (roughly 1–2 min build, 4 validation, 8 rules up to 100,000 on one thread and
# on every core, 5 rules at 1,000,000, 2 rule files, 1 by programme, 2 JSON, 2.5 Jackson 2, 3–4
# streaming, 4 IATI export, 2 checker; --streamed 200000 saves about 5):
# JMH's errors are wide accordingly, and PERFORMANCE.md prints each beside its figure.
# Run it on a quiet machine. Results (JMH JSON, logs) go to benchmarks/results/<date>/, which git
# ignores (with --quick, to the temporary folder).
set -euo pipefail
cd "$(dirname "$0")/.."

note=""
streamed=1000000
quick=false
build=true
doc=docs/PERFORMANCE.md
usage="usage: benchmarks/run.sh [--quick] [--note TEXT] [--streamed INITIATIVES] [--out FILE] [--no-build]"
while [ $# -gt 0 ]; do
  case "$1" in
    --note) note="$2"; shift 2 ;;
    --streamed) streamed="$2"; shift 2 ;;
    --quick) quick=true; shift ;;
    --out) doc="$2"; shift 2 ;;
    --no-build) build=false; shift ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
done

start=$(date +%s)
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if $build; then
  echo "== build"
  ./mvnw -B -q -pl partnership-benchmarks -am package -DskipTests
fi
jar=partnership-benchmarks/target/benchmarks.jar
if $quick; then
  out="$(mktemp -d "${TMPDIR:-/tmp}/partnership-benchmarks.XXXXXX")"
  [ "$doc" = docs/PERFORMANCE.md ] && doc="$out/PERFORMANCE.md"
  [ "$streamed" = 1000000 ] && streamed=20000
  note="${note:-Quick pipeline check (run.sh --quick): one short iteration each, smallest sizes; these are not measurements.}"
else
  out="benchmarks/results/$(date -u +%Y-%m-%dT%H-%M-%SZ)"
fi
mkdir -p "$out"

{
  echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine=$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/^Mem/ {print $2}') GiB of memory, $(uname -sr); load average $(cut -d' ' -f1-3 /proc/loadavg) when the run began"
  echo "jmh=1.37"
  echo "note=$note"
} > "$out/run.properties"

jmh() { # NAME ARGS...: one JMH run, its JSON results in $out/NAME.json and its output in $out/NAME.log
  local name=$1
  shift
  echo "== $name"
  "$java" -jar "$jar" "$@" -rf json -rff "$out/$name.json" > "$out/$name.log" 2>&1 \
    || { tail -40 "$out/$name.log" >&2; exit 1; }
}

if $quick; then # one fork each (so that @Fork's heap settings are checked too), one short iteration
  once=(-f 1 -wi 0 -i 1 -r 200ms)
  jmh validation 'ValidationBenchmark|UnknownReferencesBenchmark' "${once[@]}" -p portfolioInitiatives=1000 \
    -p unknownReferences=1000,10000
  jmh rules 'RulesBenchmark' "${once[@]}" -p initiatives=1000
  jmh rules-million 'RulesBenchmark' -p initiatives=10000 -bm ss -tu ms -f 1 -wi 0 -i 1
  jmh rule-files 'RuleFilesBenchmark' "${once[@]}" -p initiatives=10000
  jmh programmes 'ProgrammeProfilesBenchmark' "${once[@]}" -p initiatives=1000
  jmh json 'JsonBenchmark' -prof gc "${once[@]}" -p documentInitiatives=100
  jmh jackson2 'Jackson2Benchmark' "${once[@]}" -p documentInitiatives=100
else
  jmh validation 'ValidationBenchmark|UnknownReferencesBenchmark' -f 1 -wi 5 -w 2s -i 3 -r 2s
  jmh rules 'RulesBenchmark' -p initiatives=1000,10000,100000 -f 1 -wi 3 -w 2s -i 3 -r 2s
  jmh rules-million 'RulesBenchmark' -p initiatives=1000000 -bm ss -tu ms -f 1 -wi 0 -i 3
  jmh rule-files 'RuleFilesBenchmark' -f 1 -wi 3 -w 2s -i 3 -r 2s
  jmh programmes 'ProgrammeProfilesBenchmark' -f 1 -wi 3 -w 2s -i 3 -r 2s
  jmh json 'JsonBenchmark' -prof gc -f 1 -wi 5 -w 2s -i 3 -r 2s
  jmh jackson2 'Jackson2Benchmark' -f 1 -wi 5 -w 2s -i 3 -r 2s
fi

echo "== streaming"
file="$out/portfolio-streamed.json"
"$java" -Xmx1g -cp "$jar" org.partnershipsdk.benchmarks.streaming.StreamingRun write "$file" "$streamed" "$out/streaming-write.json"
"$java" -Xmx256m -cp "$jar" org.partnershipsdk.benchmarks.streaming.StreamingRun read "$file" "$out/streaming-write.json" "$out/streaming.json"

echo "== iati export"
xml="$out/activities.xml"
"$java" -Xmx256m -cp "$jar" org.partnershipsdk.benchmarks.streaming.IatiExportRun export "$file" "$xml" "$out/iati.json"
"$java" -Xmx256m -cp "$jar" org.partnershipsdk.benchmarks.streaming.IatiExportRun validate "$xml" "$out/iati.json"
rm -f "$file" "$xml"

echo "== checker"
checked="$out/portfolio-checked.json"
"$java" -Xmx1g -cp "$jar" org.partnershipsdk.benchmarks.streaming.StreamingRun write "$checked" $(( streamed < 100000 ? streamed : 100000 )) "$out/checker-write.json"
"$java" -Xmx4g -cp "$jar" org.partnershipsdk.benchmarks.streaming.CheckerRun check "$checked" "$out/checker.json"
"$java" -Xmx4g -cp "$jar" org.partnershipsdk.benchmarks.streaming.CheckerRun parts "$checked" "$out/checker.json"
rm -f "$checked"

elapsed=$(( $(date +%s) - start ))
echo "elapsed=$((elapsed / 60)) min $((elapsed % 60)) s" >> "$out/run.properties"
"$java" -cp "$jar" org.partnershipsdk.benchmarks.report.PerformanceReport "$out" "$doc" benchmarks/findings.md
echo "== $doc written from $out in $((elapsed / 60)) min $((elapsed % 60)) s"

#!/usr/bin/env bash
# Reproduces every table of benchmarks/results/latest.md (see benchmarks/README.md).
#
#   benchmarks/run.sh                 the full run (about an hour on 2 cores)
#   benchmarks/run.sh --quick         a few minutes: checks the harness, numbers mean nothing
#   benchmarks/run.sh --runs 7 --timeout-s 600 --out /tmp/other.md
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
target=benchmarks/target
out=benchmarks/results/latest.md
for ((i = 1; i <= $#; i++)); do
  if [[ "${!i}" == "--quick" ]]; then out=benchmarks/.work/quick.md; fi
done

echo "== 1/3 building Specgen (command line, runtime, Maven plugin) into ~/.m2, tests skipped"
./mvnw -B -q install -DskipTests -Dinvoker.skip=true

echo "== 2/3 building the benchmarks with the Front client generated from specs/front.yaml"
./mvnw -B -q -f benchmarks/pom.xml clean
mkdir -p "$target"
status=$target/client-bench-status.txt
if ! ./mvnw -B -f benchmarks/pom.xml package -DskipTests -Pbench,client-bench \
    > "$target/client-bench-build.log" 2>&1; then
  {
    printf 'the code generated from specs/front.yaml did not compile with the benchmarks; first errors: '
    grep -E '^\[ERROR\] .*\.java' "$target/client-bench-build.log" | head -3 \
      | sed -e 's/^\[ERROR\] //' -e "s#$repo/##g" | tr '\n' ' '
    echo "(full log: $target/client-bench-build.log)"
  } > "$status.tmp"
  echo "   the generated Front client does not compile yet; client benchmarks will be reported pending"
  ./mvnw -B -q -f benchmarks/pom.xml clean package -DskipTests -Pbench
  mv "$status.tmp" "$status"
fi

# The run works from its own copy of everything it executes, so that a build of the work tree
# while it runs (which rewrites target/ folders) cannot change or delete it half-way.
run=benchmarks/.work
rm -rf "$run"
mkdir -p "$run"
cp -r "$target/classes" "$run/classes"
cp -r "$target/lib" "$run/lib"
cp generator-core/target/specgen-generator-core-*-cli.jar "$run/specgen-cli.jar"
cp "$target/tools/openapi-generator-cli.jar" "$run/openapi-generator-cli.jar"
if [[ -f "$status" ]]; then cp "$status" "$run/client-bench-status.txt"; fi

echo "== 3/3 measuring (log: $run/run.log)"
java -cp "$repo/$run/classes:$repo/$run/lib/*" dev.specgen.bench.RunAll \
  --repo "$repo" --cli-jar "$repo/$run/specgen-cli.jar" --oag-jar "$repo/$run/openapi-generator-cli.jar" \
  --work "$repo/$run/bench" --client-status "$repo/$run/client-bench-status.txt" --out "$out" "$@" \
  2>&1 | tee "$run/run.log"
echo "== wrote $out"

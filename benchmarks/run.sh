#!/usr/bin/env bash
# Reproduces every table of benchmarks/results/latest.md (see benchmarks/README.md).
#
#   benchmarks/run.sh                 the full run (about 27 minutes on 2 cores)
#   benchmarks/run.sh --quick         a few minutes: checks the harness, numbers mean nothing
#   benchmarks/run.sh --runs 7 --timeout-s 600 --out /tmp/other.md
#
# Environment: MAVEN_REPO=DIR builds, installs and resolves with that local repository instead of
# ~/.m2/repository; MAVEN_OFFLINE=1 runs every Maven build offline (-o).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
target=benchmarks/target
out=benchmarks/results/latest.md
for ((i = 1; i <= $#; i++)); do
  if [[ "${!i}" == "--quick" ]]; then out=benchmarks/.work/quick.md; fi
  # An --out given here is passed on to RunAll after the default one, which it overrides.
  if [[ "${!i}" == "--out" && $i -lt $# ]]; then j=$((i + 1)); out=${!j}; fi
done

mvn_args=(-B -ntp)
run_args=()
if [[ -n "${MAVEN_REPO:-}" ]]; then
  mvn_args+=("-Dmaven.repo.local=$MAVEN_REPO")
  run_args+=(--maven-repo "$MAVEN_REPO")
fi
if [[ "${MAVEN_OFFLINE:-}" == 1 ]]; then
  mvn_args+=(-o)
  run_args+=(--maven-offline)
fi

echo "== 1/4 building Specgen (command line, runtime, Maven plugin) into ${MAVEN_REPO:-~/.m2/repository}, tests skipped"
./mvnw "${mvn_args[@]}" -q install -DskipTests -Dinvoker.skip=true

echo "== 2/4 building the benchmarks with the Front client generated from specs/front.yaml"
./mvnw "${mvn_args[@]}" -q -f benchmarks/pom.xml clean
mkdir -p "$target"
status=$target/client-bench-status.txt
if ! ./mvnw "${mvn_args[@]}" -f benchmarks/pom.xml package -DskipTests -Pbench,client-bench \
    > "$target/client-bench-build.log" 2>&1; then
  {
    printf 'the code generated from specs/front.yaml did not compile with the benchmarks; first errors: '
    grep -E '^\[ERROR\] .*\.java' "$target/client-bench-build.log" | head -3 \
      | sed -e 's/^\[ERROR\] //' -e "s#$repo/##g" | tr '\n' ' '
    echo "(full log: $target/client-bench-build.log)"
  } > "$status.tmp"
  echo "   the generated Front client does not compile yet; client benchmarks will be reported pending"
  ./mvnw "${mvn_args[@]}" -q -f benchmarks/pom.xml clean package -DskipTests -Pbench
  mv "$status.tmp" "$status"
fi

# The run works from its own copy of everything it executes, so that a build of the work tree
# while it runs (which rewrites target/ folders) cannot change or delete it half-way.
# The previous run's files are moved aside and deleted at the end: deleting thousands of files
# slows the file creation of the next minute's runs on a file system without a journal, such as
# this machine's (see Files2.retire).
run=benchmarks/.work
retired="$run-retired-$(date +%s)"
if [[ -d "$run" ]]; then mv "$run" "$retired"; fi
mkdir -p "$run"
cp -r "$target/classes" "$run/classes"
cp -r "$target/lib" "$run/lib"
# The jar and its launcher, without the class-data-sharing archive: a JDK 17 archive serves only
# the jar path it was recorded at. The copy records its own with the training run the build makes
# (Front, docs included), and a run with -Xshare:on stops here if the launcher cannot use it.
mkdir -p "$run/cli"
cp -p generator-core/target/specgen-generator-core-*-cli.jar "$run/cli/"
if [[ -f generator-core/target/specgen ]]; then
  cp -p generator-core/target/specgen "$run/cli/"
  "$run/cli/specgen" generate --spec specs/front.yaml --ref-root specs --package com.acme.front \
    --out "$run/cds-training" > /dev/null
  SPECGEN_JAVA_OPTS=-Xshare:on "$run/cli/specgen" validate --spec specs/front.yaml --ref-root specs > /dev/null
fi
cli_jar=$(ls "$repo/$run"/cli/specgen-generator-core-*-cli.jar)
cp "$target/tools/openapi-generator-cli.jar" "$run/openapi-generator-cli.jar"
if [[ -f "$status" ]]; then cp "$status" "$run/client-bench-status.txt"; fi

echo "== 3/4 resolving the class paths the generated code is compiled against (javac timing)"
for side in specgen openapi-generator; do
  ./mvnw "${mvn_args[@]}" -q -f benchmarks/javac-classpath/pom.xml -P"$side" \
    dependency:build-classpath -Dmdep.outputFile="$repo/$run/javac-cp-$side.txt"
done

echo "== 4/4 measuring (log: $run/run.log)"
java -cp "$repo/$run/classes:$repo/$run/lib/*" dev.specgen.bench.RunAll \
  --repo "$repo" --cli-jar "$cli_jar" --oag-jar "$repo/$run/openapi-generator-cli.jar" \
  --work "$repo/$run/bench" --client-status "$repo/$run/client-bench-status.txt" \
  --javac-cp-specgen "$repo/$run/javac-cp-specgen.txt" \
  --javac-cp-oag "$repo/$run/javac-cp-openapi-generator.txt" \
  ${run_args[@]+"${run_args[@]}"} --out "$out" "$@" \
  2>&1 | tee "$run/run.log"
rm -rf "$run"-retired-*
echo "== wrote $out"

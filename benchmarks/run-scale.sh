#!/usr/bin/env bash
# The scale scenario (see benchmarks/README.md, "Scale"): 100 specs in 10 modules, built with
# Specgen's plugin and with openapi-generator-maven-plugin; writes benchmarks/results/scale.md.
#
#   benchmarks/run-scale.sh                        the full run (an hour or more on 2 cores)
#   benchmarks/run-scale.sh --modules 2 --specs-per-module 2 --out /tmp/scale.md   a quick check
#
# Specgen's snapshot is installed into a private copy of the local repository (never into
# ~/.m2, which other builds share); the project's builds resolve everything from that copy.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
work=benchmarks/.work/scale
repo_local=${SCALE_REPO_LOCAL:-/tmp/m2-specgen-scale}
mkdir -p "$work"

if [[ ! -d "$repo_local" ]]; then
  echo "== copying ~/.m2/repository to $repo_local"
  cp -a "$HOME/.m2/repository" "$repo_local"
fi

echo "== 1/3 installing Specgen into $repo_local"
./mvnw -B -q install -DskipTests -Dinvoker.skip=true -Dmaven.repo.local="$repo_local"

echo "== 2/3 building the harness"
./mvnw -B -q -f benchmarks/pom.xml package -DskipTests -Pbench -Dmaven.repo.local="$repo_local"
rm -rf "$work/classes" "$work/lib"
cp -r benchmarks/target/classes "$work/classes"
cp -r benchmarks/target/lib "$work/lib"

# The Maven that ./mvnw runs, called directly: the generated projects have their own .mvn/.
mvn=$(ls -d "$HOME"/.m2/wrapper/dists/apache-maven-*-bin/*/apache-maven-*/bin/mvn | head -1)
# Versions as the parent POM pins them.
property() { sed -n "s:.*<$1>\\(.*\\)</$1>.*:\\1:p" pom.xml | head -1; }
versions=("-Dversion.specgen.version=$(sed -n 's:.*<version>\(.*-SNAPSHOT\)</version>.*:\1:p' pom.xml | head -1)")
for name in openapi-generator.version jackson.version jakarta-annotation.version jsr305.version \
    build-cache-extension.version; do
  versions+=("-Dversion.$name=$(property "$name")")
done

echo "== 3/3 measuring (logs: $work/logs)"
java -cp "$repo/$work/classes:$repo/$work/lib/*" dev.specgen.bench.scale.ScaleBenchmark \
  --mvn "$mvn" --repo-local "$repo_local" --work "$repo/$work" --repo "$repo" \
  --out "$repo/benchmarks/results/scale.md" "${versions[@]}" "$@" 2>&1 | tee "$work/run.log"

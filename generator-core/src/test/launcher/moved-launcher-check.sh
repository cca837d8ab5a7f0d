#!/bin/sh
# Build-time check of the launcher (run by the pom after the archive is recorded): a launcher and
# jar copied elsewhere, with the archive recorded for the old place, record an archive of their
# own on their first run, and the run after it uses that one (-Xshare:on fails if it cannot).
#
#   moved-launcher-check.sh TARGET_DIR SPECS_DIR
set -eu
target=$1
specs=$2
moved="$target/launcher-moved"
rm -rf "$moved"
mkdir -p "$moved"
cp -p "$target/specgen" "$target"/specgen-generator-core-*-cli.jar "$target/specgen-cli.jsa" \
  "$target/specgen-cli.jsa.for" "$moved/"

"$moved/specgen" validate --spec "$specs/front.yaml" --ref-root "$specs" > /dev/null
if ! grep -q "$moved/" "$moved/specgen-cli.jsa.for"; then
  echo "moved-launcher-check: the moved launcher did not record an archive for its own jar:" >&2
  cat "$moved/specgen-cli.jsa.for" >&2
  exit 1
fi
SPECGEN_JAVA_OPTS=-Xshare:on "$moved/specgen" validate --spec "$specs/front.yaml" --ref-root "$specs" > /dev/null
echo "moved-launcher-check: a moved launcher records and then uses its own archive"

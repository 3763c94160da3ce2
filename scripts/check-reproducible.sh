#!/usr/bin/env bash
# Reproducible-build check: builds the jars twice from clean (tests skipped) and compares them byte
# for byte: the plain jar and the shaded -all jar. Both builds use the fixed
# project.build.outputTimestamp of pom.xml, so the same commit must give the same jars; exits 1
# with the names of the jars and entries that differ otherwise.
# It runs `clean`, so target/ (test and coverage reports included) is rebuilt: run it after
# anything that reads them. It ends with the jars of the second build in target/.
# Extra Maven options can be given in MVN_ARGS (e.g. MVN_ARGS=-o once every plugin is downloaded;
# not the default, because `./mvnw verify` alone does not download maven-clean-plugin).
set -euo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

build() {
  # shellcheck disable=SC2086  # MVN_ARGS is split into options on purpose
  ./mvnw -B -q ${MVN_ARGS:-} clean package -DskipTests
  mkdir -p "$work/$1"
  cp target/*.jar "$work/$1/"
}

build first
build second

status=0
count=0
for jar in "$work"/first/*.jar; do
  name="$(basename "$jar")"
  count=$((count + 1))
  if [[ ! -f "$work/second/$name" ]]; then
    echo "not reproducible: $name is missing from the second build" >&2
    status=1
    continue
  fi
  a="$(sha256sum < "$jar" | cut -d' ' -f1)"
  b="$(sha256sum < "$work/second/$name" | cut -d' ' -f1)"
  if [[ "$a" == "$b" ]]; then
    echo "reproducible: $name $a"
  else
    echo "not reproducible: $name differs between two builds of the same commit ($a vs $b)" >&2
    # Which entries differ (listing with sizes, dates and CRCs):
    diff <(unzip -v "$jar" | awk 'NR > 3 { print $1, $5, $6, $7, $8 }') \
         <(unzip -v "$work/second/$name" | awk 'NR > 3 { print $1, $5, $6, $7, $8 }') >&2 || true
    status=1
  fi
done

if [[ "$count" -lt 2 ]]; then
  echo "expected the plain and the -all jar in target/, found $count jar(s)" >&2
  status=1
fi
if [[ "$status" -ne 0 ]]; then
  echo "reproducible-build check FAILED" >&2
  exit 1
fi
echo "reproducible-build check passed"

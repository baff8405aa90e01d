#!/usr/bin/env bash
# Rough referral throughput (accepted/s, webhook deliveries/s) on a fresh PostgreSQL database.
# Usage: bench/referrals-rough.sh            (REFERRALS=1000 CLIENTS=8 by default)
#        REFERRALS=2000 CLIENTS=16 bench/referrals-rough.sh
# Needs what the integration tests need: PostgreSQL at 127.0.0.1:5432 (postgres/postgres), or Docker, or
# HUB_TEST_DB_URL/_USER/_PASSWORD. Builds the hub first if deploy/target has no bootable JAR.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
mkdir -p bench/target

if [[ ! -f deploy/target/cthub-bootable.jar ]]; then
    mvn -B -q package -DskipTests
fi
# The harness (deploy's test classes) and its classpath. test-compile lets the reactor resolve the sibling
# modules to their classes; every module writes the file, the deploy module last.
mvn -B -q -o test-compile dependency:build-classpath -pl deploy -am -Dmdep.includeScope=test \
    -Dmdep.outputFile="$root/bench/target/classpath.txt" >/dev/null

java -Xmx512m \
    -cp "$root/deploy/target/test-classes:$(cat bench/target/classpath.txt)" \
    -Dhub.bootable-jar="$root/deploy/target/cthub-bootable.jar" \
    -Dhub.it-dir="$root/bench/target" \
    bench/ReferralsRough.java

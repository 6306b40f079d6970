#!/usr/bin/env bash
# Regenerates the default rule book's offer matrix, rules/rulebook/offers.drl.xlsx, from its CSV twin
# docs/examples/offers.drl.csv (Apache POI, from the rules module's test classes: DecisionTableWorkbook).
# OfferMatrixTests checks that the two compile to the same rules.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mvn -q -B -o -pl rules test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/test-classpath.txt
java -cp "rules/target/test-classes:rules/target/classes:$(cat rules/target/test-classpath.txt)" \
    retention.rules.book.DecisionTableWorkbook "${1:-docs/examples/offers.drl.csv}" "${2:-rules/rulebook/offers.drl.xlsx}"
echo "wrote ${2:-rules/rulebook/offers.drl.xlsx}"

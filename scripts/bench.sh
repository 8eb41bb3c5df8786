#!/usr/bin/env bash
# `make bench`: every benchmark of BENCHMARKS.md, in one run on this machine.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== reference model"
scripts/bench-model.sh
echo "== RTL under Verilator"
scripts/bench-rtl.sh

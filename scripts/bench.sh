#!/usr/bin/env bash
# `make bench`: every figure of BENCHMARKS.md and the plot docs/bench/frames-per-second.svg,
# regenerated from one run on this machine by testbench/benches/report.rs (see its header
# for what it runs). Takes about five minutes on two cores, longer when they are busy.
#
#   scripts/bench.sh            # writes BENCHMARKS.md and docs/bench/frames-per-second.svg
#   scripts/bench.sh --quick    # everything small, to try the generator (not for quoting)
#
# scripts/bench-model.sh and scripts/bench-rtl.sh time single replays, for quick checks.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-tools.sh verilator iverilog /usr/bin/time taskset ping ip iperf3 setpriv unshare bird birdc vtysh

echo "-- BUILD (release: dxedge, the bridge example, the report)"
cargo build --release -q -p dxedge-testbench
cargo build --release -q -p dxedge-sim --example bridge_speed
cargo bench -q -p dxedge-testbench --bench report --no-run
echo "-- RUN (load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
cargo bench -q -p dxedge-testbench --bench report -- "$@"

#!/usr/bin/env bash
# The reference model end to end: `dxedge replay --engine model` on one million 64-byte
# frames (`dxedge gen --scenario min-size`), pinned to one core, timed over the whole
# process (start-up, reading the capture, the model, writing and renaming every output).
# Prints the machine, the command and the best and median of RUNS runs.
#
#   scripts/bench-model.sh            # RUNS=5 FRAMES=1000000
#   RUNS=9 scripts/bench-model.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
FRAMES=${FRAMES:-1000000}

cargo build --release -q -p dxedge-testbench
bin=target/release/dxedge
dir=target/bench/model
scenario=$dir/min-size-$FRAMES
if [ ! -f "$scenario/capture.pcap" ]; then
    "$bin" gen --scenario min-size --count "$FRAMES" --out "$scenario" --force >/dev/null
fi
# The capture is read from the page cache, as it would be right after `dxedge gen`.
cat "$scenario/capture.pcap" >/dev/null

cmd=(taskset -c 0 "$bin" replay --engine model --config "$scenario/appliance.toml"
     --input "$scenario/capture.pcap" --out "$dir/out")
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1)"
echo "command: ${cmd[*]}"
times=()
for _ in $(seq "$RUNS"); do
    rm -rf "$dir/out"
    start=$(date +%s%N)
    "${cmd[@]}" >/dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
best=${sorted[0]}
median=${sorted[$(( RUNS / 2 ))]}
rate() { awk -v f="$FRAMES" -v us="$1" 'BEGIN { printf "%.2f", f / us }'; }
printf 'model, %d frames of 64 bytes, %d runs: best %.3f s (%s M frames/s), median %.3f s (%s M frames/s)\n' \
    "$FRAMES" "$RUNS" "$(awk -v us="$best" 'BEGIN { print us / 1e6 }')" "$(rate "$best")" \
    "$(awk -v us="$median" 'BEGIN { print us / 1e6 }')" "$(rate "$median")"

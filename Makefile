# dxedge entry points. A new machine needs two: `make demo` and `make test`.
#
#   make demo      replay the bundled capture through the RTL (Verilator) and print the counters
#   make bgp-demo  BGP through the RTL: BIRD as AWS, FRR as the customer, traffic following the routes (root)
#   make test      the whole suite, with every tool (installed first); it never skips a test
#   make verilog   regenerate hdl/verilog/*.v (and blocks/, boards/) from hdl/src (checked in; a test fails when stale)
#   make lint      verilator --lint-only -Wall on the generated Verilog (waivers: hdl/verilog/lint_waivers.vlt)
#   make docs      regenerate docs/registers.md from the register map
#   make man       the man pages (out/man/) and shell completions (out/completions/), from the CLI's definition
#   make bench     benchmarks: regenerates BENCHMARKS.md and docs/bench/frames-per-second.svg
#   make deploy-check  the Kubernetes manifests of deploy/ against the Kubernetes schema (also in make test)
#   make fuzz      run each fuzz target for a bounded time (FUZZ_SECONDS, default 60)
#   make soak      the model-vs-RTL differential tests and the per-block two-simulator tests, many times longer
#   make clean     remove build outputs
#   make vivado-u280  the Alveo U280 bitstream with AMD Vivado (not installed here; docs/boards.md)
#   make ecp5-ulx3s   the ULX3S-85F bench bitstream with the open toolchain (out/ecp5-ulx3s/)
#   make synth     the ULX3S build and both full builds on UltraScale+ (yosys): docs/synthesis.md
#
# A test whose tool (Verilator, Icarus Verilog, tshark, yosys, BIRD, FRR) is missing fails, naming the
# install command. To run `cargo test` without some of them, opt out by name:
# DXEDGE_SKIP=verilator,icarus,tshark,yosys,bird,frr (any of them); each test of an opted-out tool prints
# "skipped: <tool> (DXEDGE_SKIP)" and passes. `make test` ignores DXEDGE_SKIP.
#
# WAVES=1 writes FST waveforms (open them in GTKWave): `make demo WAVES=1` traces the demo
# replay to out/demo.fst; `make test WAVES=1` makes the RTL tests trace into target/waves/.

SHELL := /bin/bash
CARGO ?= cargo
# Verilator as shipped by Debian bookworm; the generated shim is tested with this version.
VERILATOR_VERSION := 5.006
FUZZ_SECONDS ?= 60

ifeq ($(WAVES),1)
export DXEDGE_WAVES := 1
TRACE_ARG := --trace out/demo.fst
endif

DEMO := testbench/scenarios/demo
HDL_VERILOG := $(wildcard hdl/verilog/*.v hdl/verilog/blocks/*.v)

.PHONY: deploy-check demo hil-demo bgp-demo test verilog lint docs man bench fuzz soak clean tools icarus tshark yosys vivado-u280 ecp5-ulx3s synth

# System tools: installed when missing if we are root, else the exact command is printed.
tools:
	@scripts/ensure-tools.sh verilator

# Icarus Verilog, for the test and the benchmark that run the generated Verilog through it.
icarus:
	@scripts/ensure-tools.sh iverilog

# tshark, for the test that opens drops.pcapng as Wireshark does (the reasons as comments).
tshark:
	@scripts/ensure-tools.sh tshark

# yosys, for the test that checks the U280 board top's connectivity (vendor IP as black boxes).
yosys:
	@scripts/ensure-tools.sh yosys

demo: tools
	$(CARGO) build --release -p dxedge-testbench
	@mkdir -p out
	./target/release/dxedge replay --config $(DEMO)/appliance.toml --input $(DEMO)/capture.pcap \
		--out out/demo --force --engine verilator $(TRACE_ARG)
	@echo "-- counters (out/demo/counters.json)"
	@cat out/demo/counters.json
	@echo "-- run (out/demo/run.json)"
	@cat out/demo/run.json

# The RTL in the loop: ping and TCP both ways between a customer and a VPC namespace
# through `dxedge serve` (root). ENGINE=model, SPEED=100g, HOLD=1: see the script.
hil-demo:
	@scripts/hil-demo.sh

# BGP through the RTL: serve --bgp (BIRD as AWS) and FRR as the customer on three VIFs; the
# sessions, the learned routes and traffic following them (communities, withdrawal). HOLD=1.
bgp-demo:
	@scripts/bgp-demo.sh

# One call for every tool, so a fresh machine runs apt-get once.
# The benchmarks and examples are type-checked too (cargo test does not build them), so that
# `make bench` cannot rot unseen. The deploy manifests are checked before the tests, so that
# the test runner's summary is the last thing `make test` prints. DXEDGE_SKIP is emptied
# because CI runs `make test`: an opt-out left in someone's environment must not turn it into
# a run that skips.
test:
	@scripts/ensure-tools.sh verilator iverilog tshark yosys ping ip setpriv unshare bird birdc vtysh
	$(CARGO) check --workspace --benches --examples --quiet
	scripts/check-deploy.sh
	DXEDGE_SKIP= $(CARGO) test --workspace --no-fail-fast

# kubernetes-validate from PyPI, installed into target/ when missing.
deploy-check:
	scripts/check-deploy.sh

verilog:
	$(CARGO) run -q -p dxedge-hdl --bin gen-verilog

lint: tools
	@for f in $(HDL_VERILOG); do \
		echo "-- LINT $$f"; \
		verilator --lint-only -Wall hdl/verilog/lint_waivers.vlt $$f || exit 1; \
	done

docs:
	$(CARGO) run -q -p dxedge-host --example regdoc

man:
	$(CARGO) build --release -q -p dxedge-testbench
	./target/release/dxedge man --out out/man
	@mkdir -p out/completions
	@for shell in bash zsh fish; do ./target/release/dxedge completions $$shell > out/completions/dxedge.$$shell; done
	@echo "-- man pages in out/man (man -l out/man/dxedge.1), completions in out/completions"

bench: tools icarus
	scripts/bench.sh

fuzz: tools
	scripts/fuzz.sh $(FUZZ_SECONDS)

soak: tools
	DXEDGE_SOAK=1 $(CARGO) test --release -p dxedge-testbench --test rtl_vs_model --test rtl_random --test two_simulators_blocks -- --nocapture

clean:
	$(CARGO) clean
	rm -rf out fuzz/target

# The Alveo U280 NIC with AMD Vivado: IP, synthesis, implementation, bitstream (hours).
vivado-u280:
	@command -v vivado >/dev/null 2>&1 || { echo "error: vivado is not on PATH; the U280 build needs AMD Vivado 2022.2 or later (source its settings64.sh first). See docs/boards.md." >&2; exit 1; }
	@mkdir -p out
	vivado -mode batch -notrace -nojournal -log out/vivado-u280.log \
		-source constraints/alveo_u280/build.tcl -tclargs out/vivado-u280

# The ULX3S-85F bench instrument with the open toolchain (YoWASP yosys and nextpnr-ecp5 from
# PyPI, installed by the script when missing): bitstream and reports in out/ecp5-ulx3s/.
ecp5-ulx3s:
	scripts/build-ecp5.sh

# Resources: the ULX3S build, both full builds on UltraScale+ with yosys, then docs/synthesis.md.
synth: yosys
	scripts/build-ecp5.sh
	scripts/synth-xcup.sh 10g
	scripts/synth-xcup.sh 100g
	python3 scripts/synth-report.py

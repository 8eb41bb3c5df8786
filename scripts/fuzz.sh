#!/usr/bin/env bash
# Run every cargo-fuzz target for SECONDS each (default: $FUZZ_SECONDS, else 60):
# `scripts/fuzz.sh 60`, or `make fuzz FUZZ_SECONDS=60`. Starts on a fresh machine: it
# installs what is missing (a nightly toolchain through rustup, cargo-fuzz from crates.io)
# and says so when it cannot.
#
# An input that makes a target fail is copied into fuzz/regressions/<target>/, where
# testbench/tests/fuzz_regressions.rs replays it in the normal test suite, and the script
# exits 1. Commit those files with the fix. A summary of what ran (executions, coverage,
# corpus) is printed at the end; docs/fuzzing.md records runs.
#
# cargo-fuzz passes nightly-only flags to rustc. With rustup, the nightly toolchain is used
# (installed with `rustup toolchain install nightly --profile minimal` when missing);
# without rustup, or when nightly cannot be installed, RUSTC_BOOTSTRAP=1 lets the stable
# compiler accept the flags, and the script says that it fell back. No sanitizer
# (`-s none`): the code under test is safe Rust, so what is hunted is panics, wrong answers
# and runaway memory or time, which libFuzzer sees without one.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-${FUZZ_SECONDS:-60}}
case "$SECONDS_EACH" in
    '' | *[!0-9]*) echo "error: seconds per target must be a whole number, not '$SECONDS_EACH'" >&2; exit 2 ;;
esac

toolchain=()
if ! command -v rustup >/dev/null 2>&1; then
    echo "-- NOTE no rustup here: using the installed cargo with RUSTC_BOOTSTRAP=1 in place of a nightly toolchain"
    export RUSTC_BOOTSTRAP=1
elif rustup run nightly rustc --version >/dev/null 2>&1; then
    toolchain=(+nightly)
else
    echo "-- INSTALL the nightly toolchain (rustup toolchain install nightly --profile minimal)"
    if rustup toolchain install nightly --profile minimal && rustup run nightly rustc --version >/dev/null 2>&1; then
        toolchain=(+nightly)
    else
        echo "-- NOTE the nightly toolchain could not be installed (is static.rust-lang.org reachable from here?):"
        echo "   using the stable compiler with RUSTC_BOOTSTRAP=1 instead"
        export RUSTC_BOOTSTRAP=1
    fi
fi
if [ ${#toolchain[@]} -gt 0 ]; then
    echo "-- COMPILER $(rustup run nightly rustc --version)"
else
    echo "-- COMPILER $(rustc --version), with RUSTC_BOOTSTRAP=1"
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "-- INSTALL cargo-fuzz (cargo install cargo-fuzz --locked, from crates.io)"
    if ! cargo install cargo-fuzz --locked; then
        echo "error: cannot install cargo-fuzz: is crates.io reachable from here? Install it by hand and run again" >&2
        exit 1
    fi
fi
echo "-- $(cargo fuzz --version)"

cd fuzz
status=0
summary=()
for target in capture_reader config_parser frame; do
    echo "-- FUZZ $target (${SECONDS_EACH} s)"
    mkdir -p "corpus/$target" "regressions/$target"
    log=$(mktemp)
    if cargo "${toolchain[@]}" fuzz run -s none -O "$target" "corpus/$target" "seeds/$target" -- \
        -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
        2>&1 | tee "$log"; then
        result=ok
    else
        result=FAILED
        status=1
        for crash in "artifacts/$target"/*; do
            [ -f "$crash" ] || continue
            cp "$crash" "regressions/$target/"
            echo "-- KEPT $crash as fuzz/regressions/$target/$(basename "$crash")"
        done
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1 || true)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || true)
    corpus=$(find "corpus/$target" -type f | wc -l)
    summary+=("$target: $result, ${SECONDS_EACH} s, ${runs:-?} executions, coverage ${cov:-?} edges, corpus $corpus inputs")
    rm -f "$log"
done
echo "-- SUMMARY"
printf '   %s\n' "${summary[@]}"
exit $status

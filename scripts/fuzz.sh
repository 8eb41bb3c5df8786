#!/usr/bin/env bash
# Run every cargo-fuzz target for SECONDS each (default 60): `scripts/fuzz.sh 60`.
#
# An input that makes a target fail is copied into fuzz/regressions/<target>/, where
# testbench/tests/fuzz_regressions.rs replays it in the normal test suite, and the script
# exits 1. Commit those files with the fix.
#
# cargo-fuzz passes nightly-only flags to rustc; RUSTC_BOOTSTRAP=1 lets the stable compiler
# accept them. No sanitizer (`-s none`): the code under test is safe Rust, so what is hunted
# is panics, wrong answers and runaway memory or time, which libFuzzer sees without one.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-60}
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "-- INSTALL cargo-fuzz"
    cargo install cargo-fuzz --locked
fi
export RUSTC_BOOTSTRAP=1
cd fuzz
status=0
for target in capture_reader config_parser frame; do
    echo "-- FUZZ $target (${SECONDS_EACH} s)"
    mkdir -p "corpus/$target" "regressions/$target"
    if ! cargo fuzz run -s none -O "$target" "corpus/$target" "seeds/$target" -- \
        -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1; then
        status=1
        for crash in "artifacts/$target"/*; do
            [ -f "$crash" ] || continue
            cp "$crash" "regressions/$target/"
            echo "-- KEPT $crash as fuzz/regressions/$target/$(basename "$crash")"
        done
    fi
done
exit $status

//! See `dxedge_testbench::fuzzing::frame`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    dxedge_testbench::fuzzing::frame(data);
});

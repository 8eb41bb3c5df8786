//! See `dxedge_testbench::fuzzing::capture_reader`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    dxedge_testbench::fuzzing::capture_reader(data);
});

//! See `dxedge_testbench::fuzzing::config_parser`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    dxedge_testbench::fuzzing::config_parser(data);
});

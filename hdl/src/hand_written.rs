//! The Verilog bodies written by hand (the storage primitives), marked so that the lint
//! waivers for rust-hdl's output do not reach them.
//!
//! `hdl/verilog/lint_waivers.vlt` waives four rules over whole files, because rust-hdl writes
//! every module of a design into one file and its output trips them everywhere (32-bit
//! literals, one module per instance path, unused localparams and child-port stubs). A body
//! written here is not the generator's: it turns those rules back on for its own lines, and
//! off again at its end so the generator's code after it keeps its waivers. A width slip or
//! an unused register in a RAM or flip-flop body is then an error in every design that uses
//! it, not only in the primitive's standalone file. DECLFILENAME stays waived: it is about
//! the file a module is in, which rust-hdl decides.

use rust_hdl::prelude::Verilog;

/// The rules `lint_waivers.vlt` waives for generated code that a hand-written body must pass.
const RULES: [&str; 3] = ["WIDTH", "UNUSEDSIGNAL", "UNUSEDPARAM"];

/// `body` as a module body, linted in full wherever it is instantiated.
pub fn body(body: &str) -> Verilog {
    let toggle = |on_off: &str| -> String {
        RULES
            .iter()
            .map(|rule| format!("/* verilator lint_{on_off} {rule} */\n"))
            .collect()
    };
    Verilog::Custom(format!(
        "// Written by hand: linted without the generator's waivers (hand_written.rs)\n{}{body}{}",
        toggle("on"),
        toggle("off")
    ))
}

//! Verilate the generated Verilog in `hdl/verilog/` and compile it behind a small C ABI.
//!
//! -- VERILATE: every `hdl/verilog/*.v` becomes two models (`--prefix` keeps them apart:
//!    rust-hdl names every top module `top`): `V<stem>` for speed, and `V<stem>_traced`
//!    with FST tracing compiled in, which a run uses only when a trace is asked for.
//! -- SHIM:     for each model, a generated `extern "C"` shim that packs the top's ports into
//!    two arrays of 32-bit words (inputs, outputs) and runs one clock cycle per call, plus a
//!    generated Rust file describing the ports.
//! -- COMPILE:  the models, the shims and the Verilator runtime, with the `cc` crate.
//!
//! Without Verilator the crate still builds (so that `dxedge` runs the model engine on a
//! machine without it) with the cfg `dxedge_no_verilator` and a warning, unless
//! `DXEDGE_REQUIRE_VERILATOR` is set (as `make test` and CI do): then a missing Verilator is
//! a hard error, so RTL tests can never be skipped silently.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;
use std::process::Command;

const INSTALL_HINT: &str = "Verilator 5 is needed to build the RTL engine: install it with \
     `apt-get install -y verilator` (Debian/Ubuntu, as root) and rebuild";

fn main() {
    println!("cargo:rustc-check-cfg=cfg(dxedge_no_verilator)");
    println!("cargo:rerun-if-env-changed=DXEDGE_REQUIRE_VERILATOR");
    println!("cargo:rerun-if-env-changed=VERILATOR");
    println!("cargo:rerun-if-env-changed=VERILATOR_ROOT");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=csrc/shim.h");

    let manifest =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let verilog_dir = manifest.join("../hdl/verilog");
    println!("cargo:rerun-if-changed={}", verilog_dir.display());

    let required =
        env::var_os("DXEDGE_REQUIRE_VERILATOR").is_some_and(|v| !v.is_empty() && v != "0");
    let verilator = env::var("VERILATOR").unwrap_or_else(|_| "verilator".into());
    let root = match verilator_root(&verilator) {
        Ok(root) => root,
        Err(why) => {
            if required {
                panic!("{INSTALL_HINT} ({why})");
            }
            println!("cargo:warning={INSTALL_HINT}; building without the RTL engine ({why})");
            println!("cargo:rustc-cfg=dxedge_no_verilator");
            fs::write(out.join("models.rs"), "").expect("write models.rs");
            return;
        }
    };

    let mut sources: Vec<PathBuf> = fs::read_dir(&verilog_dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", verilog_dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "v"))
        .collect();
    sources.sort();
    let waivers = verilog_dir.join("lint_waivers.vlt");

    let mut build = cc::Build::new();
    build
        .cpp(true)
        .std("c++17")
        .opt_level(3)
        .debug(false)
        .warnings(false)
        .define("VM_TRACE", "1")
        .define("VM_TRACE_FST", "1")
        .include(root.join("include"))
        .include(root.join("include/vltstd"))
        .include(manifest.join("csrc"));
    for rt in [
        "verilated.cpp",
        "verilated_threads.cpp",
        "verilated_fst_c.cpp",
    ] {
        build.file(root.join("include").join(rt));
    }

    let mut rust = String::new();
    for src in &sources {
        println!("cargo:rerun-if-changed={}", src.display());
        let stem = src
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("utf-8 file name")
            .to_string();
        let text = fs::read_to_string(src)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", src.display()));
        let ports = parse_top_ports(&text).unwrap_or_else(|e| panic!("{}: {e}", src.display()));
        // Two models of each design: a fast one, and one with FST tracing compiled in (its
        // trace bookkeeping runs every clock, traced or not: 15-20% of a clock's cost).
        for traced in [false, true] {
            let model = model_name(&stem, traced);
            let mdir = out.join(format!("obj_{model}"));
            let _ = fs::remove_dir_all(&mdir);
            eprintln!("-- VERILATE {} as V{model}", src.display());
            let mut cmd = Command::new(&verilator);
            cmd.args(["--cc", "-O3", "--x-assign", "fast", "--x-initial", "fast"]);
            if traced {
                cmd.arg("--trace-fst");
            }
            cmd.args(["--top-module", "top", "--prefix", &format!("V{model}")])
                .arg("-Mdir")
                .arg(&mdir);
            if waivers.exists() {
                println!("cargo:rerun-if-changed={}", waivers.display());
                cmd.arg(&waivers);
            }
            cmd.arg(src);
            let status = cmd
                .status()
                .unwrap_or_else(|e| panic!("cannot run {verilator}: {e}"));
            assert!(status.success(), "verilator failed on {}", src.display());

            let shim = mdir.join(format!("{model}_shim.cpp"));
            fs::write(&shim, cpp_shim(&stem, &model, traced, &ports)).expect("write shim");
            build.include(&mdir).file(&shim);
            let mut generated: Vec<PathBuf> = fs::read_dir(&mdir)
                .expect("list verilator output")
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.extension().is_some_and(|x| x == "cpp")
                        && p.file_name()
                            .and_then(|n| n.to_str())
                            .is_some_and(|n| n.starts_with(&format!("V{model}")))
                })
                .collect();
            generated.sort();
            for g in generated {
                build.file(g);
            }
        }
        rust.push_str(&rust_spec(&stem, &ports));
    }
    eprintln!("-- COMPILE {} models", sources.len());
    build.compile("dxedge_verilated");
    println!("cargo:rustc-link-lib=z");
    fs::write(out.join("models.rs"), rust).expect("write models.rs");
}

/// `$VERILATOR_ROOT`, or what `verilator --getenv VERILATOR_ROOT` says; an error if absent.
fn verilator_root(verilator: &str) -> Result<PathBuf, String> {
    let output = Command::new(verilator)
        .arg("--getenv")
        .arg("VERILATOR_ROOT")
        .output()
        .map_err(|e| format!("`{verilator}` not found: {e}"))?;
    if !output.status.success() {
        return Err(format!("`{verilator} --getenv VERILATOR_ROOT` failed"));
    }
    let root = PathBuf::from(String::from_utf8_lossy(&output.stdout).trim());
    if !root.join("include/verilated.cpp").exists() {
        return Err(format!("no Verilator runtime under {}", root.display()));
    }
    Ok(root)
}

#[derive(Debug)]
struct Port {
    name: String,
    input: bool,
    width: u32,
}

impl Port {
    fn words(&self) -> u32 {
        self.width.div_ceil(32)
    }
    /// The C++ member Verilator generates for the port (`$` is escaped as `__024`).
    fn member(&self) -> String {
        self.name.replace('$', "__024")
    }
}

/// Ports of `module top` in rust-hdl's generated Verilog, in declaration order.
fn parse_top_ports(text: &str) -> Result<Vec<Port>, String> {
    let start = text.find("module top(").ok_or("no `module top(`")?;
    let header_end = text[start..]
        .find(");")
        .ok_or("unterminated module header")?
        + start;
    let names: Vec<&str> = text[start + "module top(".len()..header_end]
        .split(',')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .collect();
    let body_end = text[start..].find("endmodule").ok_or("no endmodule")? + start;
    let body = &text[header_end..body_end];
    let mut ports = Vec::new();
    for name in names {
        let decl = body
            .lines()
            .map(str::trim)
            .find(|l| {
                (l.starts_with("input ") || l.starts_with("output "))
                    && l.trim_end_matches(';').split_whitespace().last() == Some(name)
            })
            .ok_or_else(|| format!("no declaration for port {name}"))?;
        let width = match (decl.find('['), decl.find(':')) {
            (Some(open), Some(colon)) if colon > open => {
                decl[open + 1..colon]
                    .trim()
                    .parse::<u32>()
                    .map_err(|e| format!("port {name}: {e}"))?
                    + 1
            }
            _ => 1,
        };
        ports.push(Port {
            name: name.to_string(),
            input: decl.starts_with("input"),
            width,
        });
    }
    Ok(ports)
}

/// Inputs that the shim packs (the clock is driven by the shim itself).
fn packed_inputs(ports: &[Port]) -> impl Iterator<Item = &Port> {
    ports.iter().filter(|p| p.input && p.name != "clock")
}

fn packed_outputs(ports: &[Port]) -> impl Iterator<Item = &Port> {
    ports.iter().filter(|p| !p.input)
}

/// The C symbol and class stem of a model: `<stem>` fast, `<stem>_traced` with FST tracing.
fn model_name(stem: &str, traced: bool) -> String {
    if traced {
        format!("{stem}_traced")
    } else {
        stem.to_string()
    }
}

fn cpp_shim(stem: &str, model: &str, traced: bool, ports: &[Port]) -> String {
    let class = format!("V{model}");
    let mut set = String::new();
    let mut off = 0;
    for p in packed_inputs(ports) {
        let _ = writeln!(
            set,
            "    dxv::put(m->{}, in + {off}, {});",
            p.member(),
            p.words()
        );
        off += p.words();
    }
    let mut get = String::new();
    let mut off = 0;
    for p in packed_outputs(ports) {
        let _ = writeln!(
            get,
            "    dxv::take(m->{}, out + {off}, {});",
            p.member(),
            p.words()
        );
        off += p.words();
    }
    // The fast model has no trace(): its trace_open refuses (3), and nothing opens one.
    let (trace_on, trace_open) = if traced {
        (
            "    h->ctx.traceEverOn(true);\n",
            r#"    Handle* h = static_cast<Handle*>(p);
    if (h->tfp) return 1;
    h->tfp = new VerilatedFstC;
    h->top->trace(h->tfp, 99);
    h->tfp->open(path);
    if (!h->tfp->isOpen()) { delete h->tfp; h->tfp = nullptr; return 2; }
    return 0;
"#,
        )
    } else {
        ("", "    (void)p; (void)path;\n    return 3;\n")
    };
    format!(
        r#"// Generated by sim/build.rs from the ports of {stem}.v. DO NOT EDIT.
#include "{class}.h"
#include "shim.h"

namespace {{
struct Handle {{
    VerilatedContext ctx;
    {class}* top;
    VerilatedFstC* tfp = nullptr;
    uint64_t time = 0;
}};

inline void set_inputs({class}* m, const uint32_t* in) {{
{set}}}

inline void get_outputs({class}* m, uint32_t* out) {{
{get}}}
}}  // namespace

extern "C" {{
void* dxv_{model}_new() {{
    Handle* h = new Handle;
{trace_on}    h->top = new {class}{{&h->ctx, "top"}};
    h->top->clock = 0;
    h->top->eval();
    return h;
}}

void dxv_{model}_free(void* p) {{
    Handle* h = static_cast<Handle*>(p);
    if (h->tfp) {{ h->tfp->close(); delete h->tfp; }}
    h->top->final();
    delete h->top;
    delete h;
}}

// One clock cycle: apply inputs with the clock low, settle, sample the outputs (what the
// rising edge will see), then the rising edge.
void dxv_{model}_cycle(void* p, const uint32_t* in, uint32_t* out) {{
    Handle* h = static_cast<Handle*>(p);
    {class}* m = h->top;
    m->clock = 0;
    set_inputs(m, in);
    m->eval();
    if (h->tfp) h->tfp->dump(h->time);
    h->time++;
    get_outputs(m, out);
    m->clock = 1;
    m->eval();
    if (h->tfp) h->tfp->dump(h->time);
    h->time++;
}}

// Apply inputs and settle without a clock edge, then sample the outputs.
void dxv_{model}_settle(void* p, const uint32_t* in, uint32_t* out) {{
    Handle* h = static_cast<Handle*>(p);
    h->top->clock = 0;
    set_inputs(h->top, in);
    h->top->eval();
    get_outputs(h->top, out);
}}

int dxv_{model}_trace_open(void* p, const char* path) {{
{trace_open}}}

void dxv_{model}_trace_close(void* p) {{
    Handle* h = static_cast<Handle*>(p);
    if (h->tfp) {{ h->tfp->close(); delete h->tfp; h->tfp = nullptr; }}
}}
}}
"#
    )
}

fn rust_spec(stem: &str, ports: &[Port]) -> String {
    let upper = stem.to_uppercase();
    let list = |it: &mut dyn Iterator<Item = &Port>| {
        let mut s = String::new();
        let mut off = 0;
        for p in it {
            let _ = writeln!(
                s,
                "        PortSpec {{ name: {:?}, width: {}, offset: {off} }},",
                p.name, p.width
            );
            off += p.words();
        }
        (s, off)
    };
    let (inputs, in_words) = list(&mut packed_inputs(ports));
    let (outputs, out_words) = list(&mut packed_outputs(ports));
    format!(
        r#"
unsafe extern "C" {{
    fn dxv_{stem}_new() -> *mut c_void;
    fn dxv_{stem}_free(h: *mut c_void);
    fn dxv_{stem}_cycle(h: *mut c_void, inputs: *const u32, outputs: *mut u32);
    fn dxv_{stem}_settle(h: *mut c_void, inputs: *const u32, outputs: *mut u32);
    fn dxv_{stem}_trace_open(h: *mut c_void, path: *const c_char) -> c_int;
    fn dxv_{stem}_trace_close(h: *mut c_void);
}}

unsafe extern "C" {{
    fn dxv_{stem}_traced_new() -> *mut c_void;
    fn dxv_{stem}_traced_free(h: *mut c_void);
    fn dxv_{stem}_traced_cycle(h: *mut c_void, inputs: *const u32, outputs: *mut u32);
    fn dxv_{stem}_traced_settle(h: *mut c_void, inputs: *const u32, outputs: *mut u32);
    fn dxv_{stem}_traced_trace_open(h: *mut c_void, path: *const c_char) -> c_int;
    fn dxv_{stem}_traced_trace_close(h: *mut c_void);
}}

/// The `{stem}` model generated from `hdl/verilog/{stem}.v`.
pub static {upper}: ModelSpec = ModelSpec {{
    name: {stem:?},
    inputs: &[
{inputs}    ],
    outputs: &[
{outputs}    ],
    input_words: {in_words},
    output_words: {out_words},
    ffi: Ffi {{
        new: dxv_{stem}_new,
        free: dxv_{stem}_free,
        cycle: dxv_{stem}_cycle,
        settle: dxv_{stem}_settle,
        trace_open: dxv_{stem}_trace_open,
        trace_close: dxv_{stem}_trace_close,
    }},
    traced: Ffi {{
        new: dxv_{stem}_traced_new,
        free: dxv_{stem}_traced_free,
        cycle: dxv_{stem}_traced_cycle,
        settle: dxv_{stem}_traced_settle,
        trace_open: dxv_{stem}_traced_trace_open,
        trace_close: dxv_{stem}_traced_trace_close,
    }},
}};
"#
    )
}

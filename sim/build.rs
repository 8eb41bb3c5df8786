//! Verilate the generated Verilog in `hdl/verilog/` and compile it behind a small C ABI.
//!
//! -- VERILATE: every `hdl/verilog/*.v` becomes two models (`--prefix` keeps them apart:
//!    rust-hdl names every top module `top`): `V<stem>` for speed, and `V<stem>_traced`
//!    with FST tracing compiled in, which a run uses only when a trace is asked for. Every
//!    standalone block, `hdl/verilog/blocks/*.v`, becomes one model `Vblock_<stem>`, for
//!    speed only (the per-block two-simulator tests need no trace).
//! -- SHIM:     for each model, a generated `extern "C"` shim that packs the top's ports into
//!    two arrays of 32-bit words (inputs, outputs) and runs one clock cycle per call, plus a
//!    generated Rust file describing the ports.
//! -- COMPILE:  the models, the shims and the Verilator runtime, with the `cc` crate.
//!
//! Without Verilator the crate still builds (so that `dxedge` runs the model engine on a
//! machine without it) with the cfg `dxedge_no_verilator` and a warning; the RTL tests of
//! such a build fail (`require_models`) unless the developer opts out with
//! `DXEDGE_SKIP=verilator`. The build then reruns when a directory of `PATH` changes, so
//! that installing Verilator is enough to get the models.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const INSTALL_HINT: &str = "Verilator 5 is needed to build the RTL engine: install it with \
     `apt-get install -y verilator` (Debian/Ubuntu, as root) and rebuild";

fn main() {
    println!("cargo:rustc-check-cfg=cfg(dxedge_no_verilator)");
    println!("cargo:rerun-if-env-changed=VERILATOR");
    println!("cargo:rerun-if-env-changed=VERILATOR_ROOT");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=csrc/shim.h");
    println!("cargo:rerun-if-changed=csrc/stream.h");

    let manifest =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let verilog_dir = manifest.join("../hdl/verilog");
    println!("cargo:rerun-if-changed={}", verilog_dir.display());

    let verilator = env::var("VERILATOR").unwrap_or_else(|_| "verilator".into());
    let root = match verilator_root(&verilator) {
        Ok(root) => root,
        Err(why) => {
            println!(
                "cargo:warning={INSTALL_HINT}; building without the RTL engine, whose tests \
                 will fail unless DXEDGE_SKIP=verilator ({why})"
            );
            // Installing Verilator adds it to one of these.
            for dir in env::split_paths(&env::var_os("PATH").unwrap_or_default()) {
                if dir.is_dir() {
                    println!("cargo:rerun-if-changed={}", dir.display());
                }
            }
            println!("cargo:rustc-cfg=dxedge_no_verilator");
            fs::write(out.join("models.rs"), "").expect("write models.rs");
            return;
        }
    };

    // (file, model stem, a standalone block)
    let mut sources: Vec<(PathBuf, String, bool)> = verilog_files(&verilog_dir)
        .into_iter()
        .map(|p| {
            let stem = file_stem(&p);
            (p, stem, false)
        })
        .collect();
    let blocks_dir = verilog_dir.join("blocks");
    if blocks_dir.is_dir() {
        println!("cargo:rerun-if-changed={}", blocks_dir.display());
        sources.extend(verilog_files(&blocks_dir).into_iter().map(|p| {
            let stem = format!("block_{}", file_stem(&p));
            (p, stem, true)
        }));
    }
    // The U280 board core, driven through its AXI-Lite port and CMAC streams as the board's
    // PCIe bridge and MAC drive it (`crate::nic`): one model, for speed only, compiled file
    // by file like the full designs (it holds a whole 100G port).
    let nic_core = verilog_dir.join("boards/nic_core.v");
    if nic_core.is_file() {
        println!("cargo:rerun-if-changed={}", nic_core.display());
        sources.push((nic_core, "board_nic_core".to_string(), false));
    }
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

    // The block models compile as one translation unit: each is small, and compiled file by
    // file, parsing the Verilator headers again for each of its ~8 files would cost 20 times
    // the C++ time (about 70 s against 3.5 s of CPU for the 18 blocks).
    let mut blocks_unity = String::from(
        "// Generated by sim/build.rs: every standalone block model and its shim. DO NOT EDIT.\n",
    );
    let mut rust = String::new();
    let mut statics = String::new();
    for (src, stem, block) in &sources {
        println!("cargo:rerun-if-changed={}", src.display());
        let text = fs::read_to_string(src)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", src.display()));
        // rust-hdl names every top module `top`; a board core's generator names it after the
        // core (`board_nic_core` is `module nic_core`).
        let top = stem.strip_prefix("board_").unwrap_or("top");
        let ports =
            parse_top_ports(&text, top).unwrap_or_else(|e| panic!("{}: {e}", src.display()));
        let file = src
            .strip_prefix(&verilog_dir)
            .unwrap_or(src)
            .to_string_lossy()
            .into_owned();
        // Two models of each design: a fast one, and one with FST tracing compiled in (its
        // trace bookkeeping runs every clock, traced or not: 15-20% of a clock's cost). A
        // standalone block gets only the fast one.
        let board = stem.starts_with("board_");
        let variants: &[bool] = if *block || board {
            &[false]
        } else {
            &[false, true]
        };
        let mut one_eval = false;
        for &traced in variants {
            let model = model_name(stem, traced);
            let mdir = out.join(format!("obj_{model}"));
            let _ = fs::remove_dir_all(&mdir);
            eprintln!("-- VERILATE {} as V{model}", src.display());
            let mut cmd = Command::new(&verilator);
            cmd.args(["--cc", "-O3", "--x-assign", "fast", "--x-initial", "fast"]);
            // Every clock's logic is otherwise one C++ function of ~6,000 lines, which the
            // C++ compiler optimizes worse than the same code in pieces of ~1,000 statements:
            // 10-15 % faster at 10G, 5 % at 100G (docs/architecture.md has the measurements).
            cmd.args(["--output-split-cfuncs", "1000"]);
            if traced {
                cmd.arg("--trace-fst");
            }
            cmd.args(["--top-module", top, "--prefix", &format!("V{model}")])
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
            // One step a clock where it is safe and Verilator shows how: see `one_eval_clock`.
            // A board core's ports are not all registered (its AXI-Lite answers follow its
            // requests within a clock), so it takes the two-eval clock.
            let one = if *block || board || traced {
                None
            } else {
                one_eval_clock(&mdir, &format!("V{model}"))
            };
            if !traced {
                one_eval = one.is_some();
            }
            fs::write(&shim, cpp_shim(&file, &model, traced, one.as_ref(), &ports))
                .expect("write shim");
            build.include(&mdir);
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
            generated.push(shim);
            for g in generated {
                if *block {
                    let _ = writeln!(blocks_unity, "#include \"{}\"", g.display());
                } else {
                    build.file(g);
                }
            }
        }
        rust.push_str(&rust_spec(stem, &file, !block && !board, one_eval, &ports));
        let _ = writeln!(statics, "    &{},", stem.to_uppercase());
    }
    let _ = write!(
        rust,
        "\n/// Every model of this build.\npub static MODELS: &[&ModelSpec] = &[\n{statics}];\n"
    );
    if sources.iter().any(|(_, _, block)| *block) {
        let unity = out.join("blocks_unity.cpp");
        fs::write(&unity, blocks_unity).expect("write blocks_unity.cpp");
        build.file(unity);
    }
    eprintln!("-- COMPILE {} designs", sources.len());
    build.compile("dxedge_verilated");
    println!("cargo:rustc-link-lib=z");
    fs::write(out.join("models.rs"), rust).expect("write models.rs");
}

/// The `*.v` files of a directory (not of its subdirectories), sorted.
fn verilog_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "v"))
        .collect();
    files.sort();
    files
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .and_then(|s| s.to_str())
        .expect("utf-8 file name")
        .to_string()
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

/// Ports of the top module `top` of generated Verilog, in declaration order.
fn parse_top_ports(text: &str, top: &str) -> Result<Vec<Port>, String> {
    let header = format!("module {top}(");
    let start = text.find(&header).ok_or_else(|| format!("no `{header}`"))?;
    let header_end = text[start..]
        .find(");")
        .ok_or("unterminated module header")?
        + start;
    let names: Vec<&str> = text[start + header.len()..header_end]
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

/// How the fast model of a full design takes a clock edge, when this Verilator's output
/// shows how to do it in one step (`one_eval_clock`).
struct OneEval {
    /// The member of the root class holding the clock's value at the last `eval`, from
    /// which Verilator detects a rising edge.
    trigger_member: &'static str,
    /// Whether the edge can run the scheduler's regions directly instead of `eval`.
    regions: bool,
}

/// The member holding the clock's value at the last `eval`.
const TRIGGER_MEMBER: &str = "__Vtrigrprev__TOP__clock";
/// The functions of `eval`'s first pass over its regions, in the order it calls them.
const REGION_FUNCTIONS: [&str; 5] = [
    "eval_triggers__ico",
    "eval_ico",
    "eval_triggers__act",
    "eval_act",
    "eval_nba",
];

/// One step per clock edge for the fast model of a full design, if this Verilator's output
/// allows it.
///
/// A clock is two `eval`s: clock low with the new inputs, then clock high. The first one
/// only settles the logic that reads the top's inputs, and the ports of the full pipelines
/// are registered (no output follows an input within a clock), so for them it can be one:
/// sample the outputs, apply the inputs, tell the model the clock was low (the member
/// `TRIGGER_MEMBER`), raise it. That saves 5 % of a replay at 10G, 10 % at 100G.
///
/// `eval` itself loops over its regions until nothing is triggered. With one trigger in the
/// design (the clock's rising edge: `VlTriggerVec<1>`), the first pass does all the work and
/// the second finds nothing, so the shim runs the first pass itself (`REGION_FUNCTIONS`):
/// 5 % more at 10G. Each step is taken only when the generated code has what it uses, by
/// name; otherwise the clock falls back to `eval`, correct and a little slower.
/// `sim/tests/one_eval.rs` runs the fast and the traced (two-`eval`) models in lockstep on
/// random inputs and requires the same outputs.
fn one_eval_clock(mdir: &Path, class: &str) -> Option<OneEval> {
    let header = fs::read_to_string(mdir.join(format!("{class}___024root.h"))).ok()?;
    if !header.contains(&format!("{TRIGGER_MEMBER};")) {
        return None;
    }
    let single_trigger = ["__VicoTriggered", "__VactTriggered", "__VnbaTriggered"]
        .iter()
        .all(|m| header.contains(&format!("VlTriggerVec<1> {m};")));
    let sources: String = fs::read_dir(mdir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|x| x == "cpp")
                && p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(&format!("{class}___024root")))
        })
        .filter_map(|p| fs::read_to_string(p).ok())
        .collect();
    let defined = REGION_FUNCTIONS.iter().all(|f| {
        sources.contains(&format!(
            "void {class}___024root___{f}({class}___024root* vlSelf) {{"
        ))
    });
    Some(OneEval {
        trigger_member: TRIGGER_MEMBER,
        regions: single_trigger && defined,
    })
}

/// What the shim needs declared for its clock, and the clock: `low` (the inputs settle with
/// the clock low) and `high` (the rising edge), the outputs sampled between them.
fn clock_halves(class: &str, one_eval: Option<&OneEval>) -> (String, String) {
    let Some(one) = one_eval else {
        let half = |level: u8| {
            format!(
                "    h->top->clock = {level};\n    h->top->eval();\n    if (h->tfp) h->tfp->dump(h->time);\n    h->time++;\n"
            )
        };
        return (
            String::new(),
            format!(
                "// Two evals a clock: the inputs settle with the clock low, then the rising edge.\ninline void low(Handle* h) {{\n{}}}\n\ninline void high(Handle* h) {{\n{}}}\n",
                half(0),
                half(1)
            ),
        );
    };
    let member = one.trigger_member;
    let (decls, edge) = if one.regions {
        let decls: String = REGION_FUNCTIONS
            .iter()
            .map(|f| format!("void {class}___024root___{f}({class}___024root* vlSelf);\n"))
            .collect();
        let edge = format!(
            r#"    // eval's first pass over its regions (see one_eval_clock in sim/build.rs)
    {class}___024root* r = h->top->rootp;
    r->__VicoIterCount = 0;
    {class}___024root___eval_triggers__ico(r);
    if (r->__VicoTriggered.any()) {{
        r->__VicoIterCount = 1;
        {class}___024root___eval_ico(r);
    }}
    r->__VnbaTriggered.clear();
    {class}___024root___eval_triggers__act(r);
    if (r->__VactTriggered.any()) {{
        r->__VnbaTriggered.set(r->__VactTriggered);
        {class}___024root___eval_act(r);
        {class}___024root___eval_nba(r);
    }}
"#
        );
        (decls, edge)
    } else {
        (String::new(), "    h->top->eval();\n".to_string())
    };
    (
        format!("#include \"{class}___024root.h\"\n{decls}"),
        format!(
            r#"// One step a clock (see one_eval_clock in sim/build.rs): the outputs are registered, so
// what they show before the edge is what it will see; the edge comes from a clock the model
// is told was low.
inline void low(Handle*) {{}}

inline void high(Handle* h) {{
    h->top->rootp->{member} = 0;
    h->top->clock = 1;
{edge}    h->time += 2;
}}
"#
        ),
    )
}

/// Whether a design has the AXI-Stream ports the stream loop (`csrc/stream.h`) drives.
fn has_streams(ports: &[Port]) -> bool {
    let names = [
        "s_axis$tdata",
        "s_axis$tkeep",
        "s_axis$tvalid",
        "s_axis$tlast",
        "s_axis$tuser",
        "s_axis$tready",
        "m_axis$tdata",
        "m_axis$tkeep",
        "m_axis$tvalid",
        "m_axis$tlast",
        "m_axis$tuser",
        "m_axis$tready",
    ];
    names.iter().all(|n| ports.iter().any(|p| p.name == *n))
}

fn cpp_shim(
    file: &str,
    model: &str,
    traced: bool,
    one_eval: Option<&OneEval>,
    ports: &[Port],
) -> String {
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
    // The model's own namespace: the block models' shims share one translation unit.
    let ns = format!("dxv_{model}_shim");
    // The fast model has no trace(): its trace_open refuses (3), and nothing opens one.
    let (trace_on, trace_open) = if traced {
        (
            "    h->ctx.traceEverOn(true);\n",
            format!(
                r#"    {ns}::Handle* h = static_cast<{ns}::Handle*>(p);
    if (h->tfp) return 1;
    h->tfp = new VerilatedFstC;
    h->top->trace(h->tfp, 99);
    h->tfp->open(path);
    if (!h->tfp->isOpen()) {{ delete h->tfp; h->tfp = nullptr; return 2; }}
    return 0;
"#
            ),
        )
    } else {
        ("", "    (void)p; (void)path;\n    return 3;\n".to_string())
    };
    let (decls, halves) = clock_halves(&class, one_eval);
    let stream = if has_streams(ports) {
        format!(
            r#"
// Clock a run of frames through the AXI-Stream ports (csrc/stream.h).
void dxv_{model}_stream(void* p, DxvStream* s) {{
    {ns}::Handle* h = static_cast<{ns}::Handle*>(p);
    dxv::stream(
        h->top, s, [h] {{ {ns}::low(h); }}, [h] {{ {ns}::high(h); }},
        [](auto* m, uint32_t* out) {{ {ns}::get_outputs(m, out); }});
}}
"#
        )
    } else {
        String::new()
    };
    format!(
        r#"// Generated by sim/build.rs from the ports of hdl/verilog/{file}. DO NOT EDIT.
#include "{class}.h"
{decls}#include "shim.h"
#include "stream.h"

namespace {ns} {{
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

{halves}}}  // namespace {ns}

extern "C" {{
void* dxv_{model}_new() {{
    {ns}::Handle* h = new {ns}::Handle;
{trace_on}    h->top = new {class}{{&h->ctx, "top"}};
    h->top->clock = 0;
    h->top->eval();
    return h;
}}

void dxv_{model}_free(void* p) {{
    {ns}::Handle* h = static_cast<{ns}::Handle*>(p);
    if (h->tfp) {{ h->tfp->close(); delete h->tfp; }}
    h->top->final();
    delete h->top;
    delete h;
}}

// One clock cycle: the inputs, the outputs as the rising edge will see them, the edge.
void dxv_{model}_cycle(void* p, const uint32_t* in, uint32_t* out) {{
    {ns}::Handle* h = static_cast<{ns}::Handle*>(p);
    {ns}::set_inputs(h->top, in);
    {ns}::low(h);
    {ns}::get_outputs(h->top, out);
    {ns}::high(h);
}}
{stream}
// Apply inputs and settle without a clock edge, then sample the outputs.
void dxv_{model}_settle(void* p, const uint32_t* in, uint32_t* out) {{
    {ns}::Handle* h = static_cast<{ns}::Handle*>(p);
    h->top->clock = 0;
    {ns}::set_inputs(h->top, in);
    h->top->eval();
    {ns}::get_outputs(h->top, out);
}}

int dxv_{model}_trace_open(void* p, const char* path) {{
{trace_open}}}

void dxv_{model}_trace_close(void* p) {{
    {ns}::Handle* h = static_cast<{ns}::Handle*>(p);
    if (h->tfp) {{ h->tfp->close(); delete h->tfp; h->tfp = nullptr; }}
}}
}}
"#
    )
}

fn rust_spec(stem: &str, file: &str, with_traced: bool, one_eval: bool, ports: &[Port]) -> String {
    let streams = has_streams(ports);
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
    let ffi = |model: &str| {
        let stream = if streams {
            format!("    fn dxv_{model}_stream(h: *mut c_void, run: *mut StreamRun);\n")
        } else {
            String::new()
        };
        format!(
            r#"
unsafe extern "C" {{
{stream}
    fn dxv_{model}_new() -> *mut c_void;
    fn dxv_{model}_free(h: *mut c_void);
    fn dxv_{model}_cycle(h: *mut c_void, inputs: *const u32, outputs: *mut u32);
    fn dxv_{model}_settle(h: *mut c_void, inputs: *const u32, outputs: *mut u32);
    fn dxv_{model}_trace_open(h: *mut c_void, path: *const c_char) -> c_int;
    fn dxv_{model}_trace_close(h: *mut c_void);
}}
"#
        )
    };
    let table = |model: &str| {
        let stream = if streams {
            format!("Some(dxv_{model}_stream)")
        } else {
            "None".to_string()
        };
        format!(
            r#"Ffi {{
        stream: {stream},
        new: dxv_{model}_new,
        free: dxv_{model}_free,
        cycle: dxv_{model}_cycle,
        settle: dxv_{model}_settle,
        trace_open: dxv_{model}_trace_open,
        trace_close: dxv_{model}_trace_close,
    }}"#
        )
    };
    let mut decls = ffi(stem);
    let fast = table(stem);
    let traced = if with_traced {
        let model = model_name(stem, true);
        decls.push_str(&ffi(&model));
        format!("Some({})", table(&model))
    } else {
        "None".to_string()
    };
    format!(
        r#"{decls}
/// The `{stem}` model generated from `hdl/verilog/{file}`.
pub static {upper}: ModelSpec = ModelSpec {{
    name: {stem:?},
    inputs: &[
{inputs}    ],
    outputs: &[
{outputs}    ],
    input_words: {in_words},
    output_words: {out_words},
    ffi: {fast},
    traced: {traced},
    one_eval: {one_eval},
}};
"#
    )
}

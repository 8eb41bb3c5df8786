//! The external tools some tests run (Verilator, Icarus Verilog, tshark, yosys, BIRD, FRR), and the one
//! rule every such test follows when its tool is missing: it fails, naming the command that
//! installs the tool, unless the developer opted out of that tool by naming it in
//! `DXEDGE_SKIP` (`DXEDGE_SKIP=icarus,tshark cargo test`); then it prints
//! `skipped: <tool> (DXEDGE_SKIP)` and passes. A suite run on a machine without a tool can
//! then only pass because someone asked for it.
//!
//! It lives here, in the crate every other one depends on, so that the tests of `hdl/`,
//! `sim/` and `testbench/` share it.

use std::process::Command;

/// The variable that opts out of tools: their names, separated by commas.
pub const SKIP_VAR: &str = "DXEDGE_SKIP";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tool {
    Verilator,
    Icarus,
    Tshark,
    Yosys,
    /// BIRD 2, AWS's side of BGP in `serve --bgp`.
    Bird,
    /// FRR, the customer router of the BGP tests.
    Frr,
}

impl Tool {
    pub const ALL: [Tool; 6] = [
        Tool::Verilator,
        Tool::Icarus,
        Tool::Tshark,
        Tool::Yosys,
        Tool::Bird,
        Tool::Frr,
    ];

    /// The name `DXEDGE_SKIP` knows it by.
    pub fn name(self) -> &'static str {
        match self {
            Tool::Verilator => "verilator",
            Tool::Icarus => "icarus",
            Tool::Tshark => "tshark",
            Tool::Yosys => "yosys",
            Tool::Bird => "bird",
            Tool::Frr => "frr",
        }
    }

    /// The command to run: `VERILATOR` and `YOSYS` may name another build of the tool (as
    /// sim/build.rs takes `VERILATOR`), so that a test runs the tool the build used.
    pub fn command(self) -> String {
        let (var, default) = match self {
            Tool::Verilator => (Some("VERILATOR"), "verilator"),
            Tool::Icarus => (None, "iverilog"),
            Tool::Tshark => (None, "tshark"),
            Tool::Yosys => (Some("YOSYS"), "yosys"),
            Tool::Bird => (None, "bird"),
            // Debian installs the daemons outside PATH.
            Tool::Frr => (None, "/usr/lib/frr/bgpd"),
        };
        var.and_then(|v| std::env::var(v).ok())
            .filter(|c| !c.is_empty())
            .unwrap_or_else(|| default.to_string())
    }

    /// Its Debian package, which is also what `scripts/ensure-tools.sh` takes.
    pub fn package(self) -> &'static str {
        match self {
            Tool::Verilator => "verilator",
            Tool::Icarus => "iverilog",
            Tool::Tshark => "tshark",
            Tool::Yosys => "yosys",
            Tool::Bird => "bird2",
            Tool::Frr => "frr",
        }
    }

    /// Whether the command runs and answers its version query.
    pub fn installed(self) -> bool {
        let arg = match self {
            Tool::Icarus | Tool::Yosys => "-V",
            Tool::Verilator | Tool::Tshark | Tool::Bird | Tool::Frr => "--version",
        };
        Command::new(self.command())
            .arg(arg)
            .output()
            .is_ok_and(|o| o.status.success())
    }

    /// Whether `DXEDGE_SKIP` names this tool.
    pub fn opted_out(self) -> bool {
        skip_list().contains(&self)
    }
}

/// The tools `DXEDGE_SKIP` names (panics on a name that is not a tool's).
pub fn skip_list() -> Vec<Tool> {
    let list = std::env::var(SKIP_VAR).unwrap_or_default();
    parse_skip(&list).unwrap_or_else(|e| panic!("{e}"))
}

/// The tools a `DXEDGE_SKIP` value names; an unknown name is an error, so that a typo does
/// not read as "skip nothing" and then fail every test of the tool meant.
pub fn parse_skip(list: &str) -> Result<Vec<Tool>, String> {
    list.split(',')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(|n| {
            Tool::ALL
                .into_iter()
                .find(|t| t.name() == n)
                .ok_or_else(|| {
                    let known: Vec<_> = Tool::ALL.iter().map(|t| t.name()).collect();
                    format!(
                        "{SKIP_VAR} names `{n}`, which is not a tool; the tools are {}",
                        known.join(", ")
                    )
                })
        })
        .collect()
}

/// Whether a test that runs `tool`'s command goes on: `true` when it is installed. When the
/// developer opted out of it, prints `skipped: ...` and returns `false`; when it is missing
/// otherwise, panics with the install command.
pub fn require(tool: Tool) -> bool {
    let skip = skip_list();
    // Only probe a tool that is not opted out: the probe runs it.
    let present = skip.contains(&tool) || tool.installed();
    decide(
        tool,
        present,
        &format!("`{}` does not run", tool.command()),
        &skip,
    )
}

/// As [`require`], for a test that needs something `tool` made rather than its command
/// (the RTL tests need the Verilator models compiled into `dxedge-sim`): `present` says
/// whether it is there, `what` what is missing when it is not.
pub fn require_that(tool: Tool, present: bool, what: &str) -> bool {
    decide(tool, present, what, &skip_list())
}

fn decide(tool: Tool, present: bool, what: &str, skip: &[Tool]) -> bool {
    if skip.contains(&tool) {
        return skip_message(tool);
    }
    if !present {
        panic!("{}", missing(tool, what));
    }
    true
}

fn skip_message(tool: Tool) -> bool {
    eprintln!("skipped: {} ({SKIP_VAR})", tool.name());
    false
}

fn missing(tool: Tool, what: &str) -> String {
    format!(
        "{what}: this test needs {name}; install it with `apt-get install -y {package}` (or \
         `scripts/ensure-tools.sh {package}`), or opt out with {SKIP_VAR}={name}",
        name = tool.name(),
        package = tool.package(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skip_lists_name_tools_and_refuse_typos() {
        assert_eq!(parse_skip(""), Ok(vec![]));
        assert_eq!(
            parse_skip("icarus, tshark,"),
            Ok(vec![Tool::Icarus, Tool::Tshark])
        );
        let err = parse_skip("verilator,iverilog").expect_err("the command is not the name");
        assert!(err.contains("`iverilog`"), "{err}");
        assert!(
            err.contains("verilator, icarus, tshark, yosys, bird, frr"),
            "{err}"
        );
    }

    #[test]
    fn a_missing_tool_fails_with_its_install_command_unless_opted_out() {
        let message = std::panic::catch_unwind(|| decide(Tool::Yosys, false, "no yosys", &[]))
            .expect_err("a missing tool panics");
        let message = message
            .downcast_ref::<String>()
            .expect("a formatted message");
        assert!(message.contains("no yosys"), "{message}");
        assert!(message.contains("apt-get install -y yosys"), "{message}");
        assert!(message.contains("DXEDGE_SKIP=yosys"), "{message}");
        assert!(!decide(Tool::Yosys, false, "no yosys", &[Tool::Yosys]));
        // Opting out skips even a present tool: the developer asked for it.
        assert!(!decide(Tool::Yosys, true, "", &[Tool::Icarus, Tool::Yosys]));
        assert!(decide(Tool::Yosys, true, "", &[Tool::Icarus]));
    }
}

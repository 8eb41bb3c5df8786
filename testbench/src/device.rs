//! `dxedge device`: program a board and read it back over PCIe, with the driver code that
//! programs the simulated device in a replay.
//!
//! ```text
//!  dxedge device --pci <BDF> [--bar N]  program --config appliance.toml
//!                                       counters [--config appliance.toml] [--json]
//!                                       status
//!
//!  --pci, --bar ─► PcieBar (sysfs resourceN) ─► Device::open (block type and version checked)
//!                                                 ├─ program:  Device::compile, Device::program
//!                                                 ├─ counters: Device::counters ─► tables or counters.json
//!                                                 └─ status:   BuildInfo, TBL_COMMIT, STATUS
//! ```
//!
//! Decisions where the issue leaves room:
//!
//! * `program` assumes nothing about what the board's banks hold (a previous `program`, a
//!   bitstream reload, another process): it writes every entry of every table into the
//!   shadow bank (about 140,000 entries, posted writes: well under a second), then commits
//!   all tables at once. A replay's fresh model is known to be zeroed and gets only the
//!   non-zero entries; the writes are otherwise the same code.
//! * `counters` without `--config` names VIFs and targets by index (`"0"`, `"1"`, ...) and
//!   reads every index of the build: the device does not know which indices a config used.
//!   The table leaves out rows that are all zeros (and says how many); `--json` keeps every
//!   row. With `--config`, rows follow the config's VIFs and targets as in a replay's
//!   `counters.json`. `drops.truncated_capture` is always 0: truncation is a property of a
//!   capture file, which a board never sees.
//! * `DXEDGE_PCI_DEVICES`, if set, is the directory used in place of `/sys/bus/pci/devices`.
//!   The tests use it to point `--pci` at a directory of files shaped like sysfs. An
//!   environment variable rather than an option: the tests then run exactly the path a board
//!   takes (address, device directory, BAR table, enable, `resourceN`), and no option exists
//!   that would map an arbitrary file by mistake. Every message names the path it used.
//!
//! Exit codes: 0 success; 2 bad arguments (clap), a bad config or one that does not fit the
//! build, no such device or BAR, no permission, a BAR that is too small or cannot be mapped,
//! a block that is not a dxedge port pipeline or has another major version; 1 a register
//! access or a wait that failed on the way. Every message is one line on stderr.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use dxedge_host::bus::RegisterBus;
use dxedge_host::config::Config;
use dxedge_host::direction::Direction;
use dxedge_host::driver::{blocks, BuildInfo, Device, DriverError};
use dxedge_host::pcie::{Bdf, PcieBar, BARS, SYSFS_PCI_DEVICES};
use dxedge_host::regmap;
use dxedge_host::socket::SocketBus;
use dxedge_host::verdict::DropReason;

use crate::cli::{fail, table, target_row, vif_row, CPU_HEADER, TARGET_HEADER, VIF_HEADER};
use crate::engine::EngineCounters;
use crate::output::{counters_json, counters_json_named, counters_json_to_customer, CounterKeys};

/// The environment variable that stands in for `/sys/bus/pci/devices` (tests).
pub const DEVICES_ENV: &str = "DXEDGE_PCI_DEVICES";

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("where").required(true).args(["pci", "socket"]))]
pub struct DeviceArgs {
    /// The board's PCI function as `lspci -D` prints it: 0000:3b:00.0 (3b:00.0 means domain
    /// 0000); looked up in /sys/bus/pci/devices, or in $DXEDGE_PCI_DEVICES when set
    #[arg(long, value_name = "BDF")]
    pub pci: Option<Bdf>,
    /// The register socket of a running `dxedge serve` (its --socket), in place of a board
    #[arg(long, value_name = "path", conflicts_with = "bar")]
    pub socket: Option<PathBuf>,
    /// The BAR that holds the dxedge registers
    #[arg(long, value_name = "N", default_value_t = 0,
          value_parser = clap::value_parser!(u8).range(0..=i64::from(BARS - 1)))]
    pub bar: u8,
    #[command(subcommand)]
    pub action: DeviceAction,
}

#[derive(Debug, Subcommand)]
pub enum DeviceAction {
    /// Compile a config and make it the board's active tables (every table switches at once)
    Program {
        /// The appliance config (TOML)
        #[arg(long, value_name = "appliance.toml")]
        config: PathBuf,
    },
    /// Read the counters
    Counters {
        /// Name VIFs and targets as this config does (default: by index, every index of the
        /// build)
        #[arg(long, value_name = "appliance.toml")]
        config: Option<PathBuf>,
        /// Print JSON shaped as a replay's counters.json (each egress row with the CPU port's
        /// cpu_tx_packets and cpu_tx_bytes as well) instead of tables
        #[arg(long)]
        json: bool,
    },
    /// What the block header says (register map version, speed, capacities), the active
    /// table banks and STATUS
    Status,
    /// BGP sessions of a `dxedge serve --bgp` (with --socket): state, prefixes received
    /// and installed, uptime; `bgp enable <vif>` brings back a session shut by the prefix
    /// limit
    Bgp {
        #[command(subcommand)]
        action: Option<BgpAction>,
    },
}

#[derive(Debug, Subcommand)]
pub enum BgpAction {
    /// Re-enable a VIF's session (after the customer sent more prefixes than DX allows)
    Enable {
        /// The VIF's name
        vif: String,
    },
}

/// Why a command stopped: exit code and message.
struct Failure {
    code: i32,
    message: String,
}

/// Exit 2: the input or the device is not what the command needs.
fn refused(message: String) -> Failure {
    Failure { code: 2, message }
}

/// Exit 1: something went wrong on the way.
fn failed(message: String) -> Failure {
    Failure { code: 1, message }
}

/// Run `dxedge device`; returns the process exit code.
pub fn run(args: DeviceArgs) -> i32 {
    match execute(&args) {
        Ok(text) => {
            print!("{text}");
            0
        }
        Err(f) => {
            fail(&f.message);
            f.code
        }
    }
}

fn execute(args: &DeviceArgs) -> Result<String, Failure> {
    match &args.action {
        DeviceAction::Bgp { action } => {
            let Some(socket) = &args.socket else {
                return Err(refused(
                    "device bgp needs --socket: BGP runs in `dxedge serve --bgp`, not on a board"
                        .into(),
                ));
            };
            crate::serve::bgp::device_bgp(
                socket,
                action
                    .as_ref()
                    .map(|BgpAction::Enable { vif }| vif.as_str()),
            )
            .map_err(refused)
        }
        DeviceAction::Program { config } => {
            let config_path = config;
            let config = load(config_path)?;
            let mut board = Board::open(args)?;
            // Every block's tables compiled before any is written: a config that does not fit
            // one direction leaves both as they were.
            let mut compiled = Vec::new();
            for info in board.blocks.clone() {
                let mut dev = board.block(info.direction)?;
                // The product's one path: laid out against what the shadow bank holds when
                // the driver knows it; a board opened here is not known, so every entry is
                // written.
                let tables = dev.compile_next(&config).map_err(|e| {
                    refused(format!(
                        "{}: {e} (the {} datapath of {})",
                        config_path.display(),
                        info.direction,
                        board.place
                    ))
                })?;
                compiled.push((info, tables));
            }
            let build_speed = board.blocks[0].speed_name();
            if config.port.speed.name() != build_speed {
                eprintln!(
                    "warning: {}: port.speed is {}; the build of {} is {build_speed} (the tables \
                     are the same for both: only a replay uses port.speed)",
                    config_path.display(),
                    config.port.speed,
                    board.place
                );
            }
            let mut out = format!(
                "programmed {} from {}: {} VIFs, {} targets, {} routes, {} customer routes\n",
                board.place,
                config_path.display(),
                config.vifs.len(),
                config.targets.len(),
                config.routes.len(),
                config.customer_routes.len(),
            );
            for (info, tables) in compiled {
                let place = board.place.clone();
                let mut dev = board.block(info.direction)?;
                let report = dev.program(&tables).map_err(|e| {
                    failed(format!(
                        "{place}: programming the {} datapath failed: {e}",
                        info.direction
                    ))
                })?;
                let active = dev
                    .active_banks()
                    .map_err(|e| failed(format!("{place}: {e}")))?;
                out.push_str(&format!(
                    "{:<12} block at 0x{:05x}: {} table entries in {} register writes; active banks 0x{active:x}\n",
                    info.direction.name(),
                    info.base,
                    report.entries,
                    report.bus_writes,
                ));
            }
            Ok(out)
        }
        DeviceAction::Counters { config, json } => {
            let config = match config {
                Some(path) => Some((load(path)?, path)),
                None => None,
            };
            let mut board = Board::open(args)?;
            let mut texts = Vec::new();
            let mut objects = Vec::new();
            for info in board.blocks.clone() {
                let place = board.place.clone();
                let direction = info.direction;
                let mut dev = board.block(direction)?;
                if let Some((config, path)) = &config {
                    dev.compile(config).map_err(|e| {
                        refused(format!(
                            "{}: {e} (the {direction} datapath of {place})",
                            path.display()
                        ))
                    })?;
                }
                let capacity = info.capacity;
                // Rows: to AWS the VIFs, then the targets; to the customer the other way.
                let (ingress, egress) = match (&config, direction) {
                    (Some((c, _)), Direction::ToAws) => (c.vifs.len(), c.targets.len()),
                    (Some((c, _)), Direction::ToCustomer) => (c.targets.len(), c.vifs.len()),
                    (None, _) => (capacity.vifs as usize, capacity.targets as usize),
                };
                let hw = dev
                    .counters(ingress, egress)
                    .map_err(|e| failed(format!("{place}: {e}")))?;
                let counters = EngineCounters::from_hw(&hw);
                let config = config.as_ref().map(|(c, _)| c);
                if *json {
                    let text = match config {
                        Some(c) => counters_json(c, direction, &counters, 0, CounterKeys::Device),
                        None => {
                            let rows = indices(counters.ingress.len());
                            let cols = indices(counters.egress.len());
                            match direction {
                                Direction::ToAws => counters_json_named(
                                    &refs(&rows),
                                    &refs(&cols),
                                    &counters,
                                    0,
                                    CounterKeys::Device,
                                ),
                                Direction::ToCustomer => counters_json_to_customer(
                                    &refs(&rows),
                                    &refs(&cols),
                                    &counters,
                                    0,
                                    CounterKeys::Device,
                                ),
                            }
                        }
                    }
                    .map_err(|e| failed(format!("{place}: {e:#}")))?;
                    objects.push((direction, text));
                } else {
                    texts.push(counter_tables(&place, direction, config, &counters));
                }
            }
            if *json {
                Ok(keyed_by_direction(&objects))
            } else {
                Ok(texts.join("\n"))
            }
        }
        DeviceAction::Status => {
            let mut board = Board::open(args)?;
            let mut out = format!("device    {}\n", board.describe);
            for info in board.blocks.clone() {
                let place = board.place.clone();
                let mut dev = board.block(info.direction)?;
                let active = dev
                    .active_banks()
                    .map_err(|e| failed(format!("{place}: {e}")))?;
                let status = dev
                    .read32(regmap::STATUS.offset)
                    .map_err(|e| failed(format!("{place}: {e}")))?;
                out.push_str(&status_text(&info, active, status));
            }
            Ok(out)
        }
    }
}

/// One JSON object holding each block's counters.json under its direction's name, each
/// in the key order of a replay's file (which a JSON value map would sort).
fn keyed_by_direction(objects: &[(Direction, String)]) -> String {
    let members: Vec<String> = objects
        .iter()
        .map(|(direction, text)| {
            let nested = text.trim_end().replace('\n', "\n  ");
            format!("  \"{}\": {nested}", direction.name())
        })
        .collect();
    format!("{{\n{}\n}}\n", members.join(",\n"))
}

fn load(path: &Path) -> Result<Config, Failure> {
    Config::load(path).map_err(|e| refused(e.to_string()))
}

fn indices(n: usize) -> Vec<String> {
    (0..n).map(|i| i.to_string()).collect()
}

fn refs(names: &[String]) -> Vec<&str> {
    names.iter().map(String::as_str).collect()
}

/// An opened board (or a running `dxedge serve`): its register bus, the register blocks
/// found on it (one per datapath), and how to name it in messages.
struct Board {
    bus: Box<dyn RegisterBus>,
    blocks: Vec<BuildInfo>,
    /// `0000:3b:00.0 BAR 0`, `serve at /run/dxedge/dxc.sock`
    place: String,
    /// What `status` says of it: for a BAR the file mapped, its size and the bytes the
    /// registers take.
    describe: String,
}

impl Board {
    fn open(args: &DeviceArgs) -> Result<Board, Failure> {
        match (&args.pci, &args.socket) {
            (_, Some(socket)) => Board::open_socket(socket),
            (Some(pci), None) => Board::open_pci(*pci, args.bar),
            // clap's group requires one of them.
            (None, None) => Err(refused("give --pci or --socket".into())),
        }
    }

    fn open_socket(path: &Path) -> Result<Board, Failure> {
        let place = format!("serve at {}", path.display());
        let mut bus = SocketBus::connect(path).map_err(|e| refused(e.to_string()))?;
        let blocks = blocks(&mut bus).map_err(|e| refused(format!("{place}: {e}")))?;
        Ok(Board {
            bus: Box::new(bus),
            blocks,
            describe: format!("{place} (the register socket of dxedge serve)"),
            place,
        })
    }

    fn open_pci(pci: Bdf, bar_index: u8) -> Result<Board, Failure> {
        let devices = std::env::var_os(DEVICES_ENV)
            .filter(|d| !d.is_empty())
            .map_or_else(|| PathBuf::from(SYSFS_PCI_DEVICES), PathBuf::from);
        let place = format!("{pci} BAR {bar_index}");
        let bar_path = devices
            .join(pci.to_string())
            .join(format!("resource{bar_index}"));
        // A page of the mapping that cannot be had (a sparse file on a full file system, a
        // device gone from the bus) is a SIGBUS at the access: one line, exit 1, not a crash.
        crate::sys::on_fatal_signal(
            &crate::sys::Leftovers::default(),
            &format!("dxedge device on {place} was interrupted"),
            &format!(
                "{place} ({}): an access to the BAR faulted (SIGBUS): the file behind the \
                 mapping could not supply the page (a sparse file on a full file system, or a \
                 device gone from the bus); writes before it stay written",
                dxedge_host::text::shown_path(&bar_path)
            ),
        );
        let bar = PcieBar::open_in(&devices, pci, bar_index).map_err(|e| refused(e.to_string()))?;
        let (path, bar_size, window) = (bar.path().to_path_buf(), bar.bar_size(), bar.window());
        let mut bar = bar;
        let blocks = blocks(&mut bar).map_err(|e| {
            let hint = match &e {
                DriverError::NotDxedge { found: u32::MAX } => {
                    " (all ones: the function does not answer reads; is the FPGA configured \
                     and its PCIe link up?)"
                        .to_string()
                }
                DriverError::NotDxedge { .. } => format!(
                    " (is the dxedge bitstream loaded, and is BAR {} the one that holds its \
                     registers?)",
                    bar_index
                ),
                DriverError::Version { .. } => {
                    " (load a bitstream of this dxedge's register map, or a dxedge that \
                     speaks the board's)"
                        .to_string()
                }
                _ => String::new(),
            };
            refused(format!("{place} ({}): {e}{hint}", path.display()))
        })?;
        Ok(Board {
            bus: Box::new(bar),
            blocks,
            describe: format!(
                "{place} ({}, {bar_size} bytes; registers in the first {window})",
                path.display()
            ),
            place,
        })
    }

    /// The driver on the block of `direction`'s datapath.
    fn block(
        &mut self,
        direction: Direction,
    ) -> Result<Device<&mut Box<dyn RegisterBus>>, Failure> {
        let place = self.place.clone();
        Device::open_direction(&mut self.bus, direction)
            .map_err(|e| failed(format!("{place}: {e}")))
    }
}

/// One block's part of `dxedge device status`.
fn status_text(info: &BuildInfo, active: u32, status: u32) -> String {
    let cap = info.capacity;
    let fields = |register: &regmap::Register, value: u32| {
        register
            .fields
            .iter()
            .map(|f| format!("{} {}", f.name, f.extract(u64::from(value))))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let id = regmap::BLOCK_TYPE.to_be_bytes();
    format!(
        "block     at 0x{:05x}: ID 0x{:08x} \"{}\" (dxedge port pipeline), register map {}.{}\n\
         direction {}\n\
         speed     {} ({}-byte beats)\n\
         capacity  {} VIFs, {} targets, LPM {} levels ({} nodes, {} leaves)\n\
         banks     {} (TBL_COMMIT 0x{active:x})\n\
         status    {} (STATUS 0x{status:08x})\n",
        info.base,
        regmap::BLOCK_TYPE,
        String::from_utf8_lossy(&id),
        info.version_major,
        info.version_minor,
        info.direction,
        info.speed_name(),
        info.beat_bytes,
        cap.vifs,
        cap.targets,
        cap.lpm_levels,
        cap.lpm_nodes(),
        cap.lpm_leaves(),
        fields(&regmap::TBL_COMMIT, active),
        fields(&regmap::STATUS, status),
    )
}

/// The counters as tables, as the replay's summary prints them.
fn counter_tables(
    place: &str,
    direction: Direction,
    config: Option<&Config>,
    c: &EngineCounters,
) -> String {
    let mut out = format!("counters of {place}, {direction}\n");
    // To the customer a frame comes in from a target and leaves on a VIF.
    let (ingress_names, egress_names): (Vec<(String, String)>, Vec<String>) = match config {
        None => (vec![], vec![]),
        Some(c) => match direction {
            Direction::ToAws => (
                c.vifs
                    .iter()
                    .map(|v| (v.name.clone(), v.vlan.to_string()))
                    .collect(),
                c.targets.iter().map(|t| t.name.clone()).collect(),
            ),
            Direction::ToCustomer => (
                c.targets
                    .iter()
                    .map(|t| (t.name.clone(), t.vlan.map_or("-".into(), |v| v.to_string())))
                    .collect(),
                c.vifs.iter().map(|v| v.name.clone()).collect(),
            ),
        },
    };
    let mut hidden = (0, 0);
    let vif_rows: Vec<Vec<String>> = c
        .ingress
        .iter()
        .enumerate()
        .filter(|(_, v)| {
            let zero = **v == Default::default();
            hidden.0 += usize::from(config.is_none() && zero);
            config.is_some() || !zero
        })
        .map(|(i, v)| {
            let (name, vlan) = ingress_names
                .get(i)
                .cloned()
                .unwrap_or_else(|| (i.to_string(), "-".to_string()));
            vif_row(name, vlan, v)
        })
        .collect();
    let mut in_header = VIF_HEADER;
    // A device's egress rows also count the host's frames (the CPU port)
    let mut out_header: Vec<&str> = TARGET_HEADER.iter().chain(&CPU_HEADER).copied().collect();
    if direction == Direction::ToCustomer {
        in_header[0] = "target";
        out_header[0] = "vif";
    }
    out.push('\n');
    out.push_str(&table(&in_header, &vif_rows));
    let target_rows: Vec<Vec<String>> = c
        .egress
        .iter()
        .enumerate()
        .filter(|(_, t)| {
            let zero = **t == Default::default();
            hidden.1 += usize::from(config.is_none() && zero);
            config.is_some() || !zero
        })
        .map(|(i, t)| {
            let name = egress_names
                .get(i)
                .cloned()
                .unwrap_or_else(|| i.to_string());
            let mut row = target_row(name, t);
            row.extend([t.cpu_tx_packets.to_string(), t.cpu_tx_bytes.to_string()]);
            row
        })
        .collect();
    out.push('\n');
    out.push_str(&table(&out_header, &target_rows));
    let mut outcome_rows: Vec<Vec<String>> = DropReason::ALL
        .iter()
        .filter_map(|&reason| {
            let count = c.drop_count(reason)?;
            Some(vec![format!("drop {}", reason.name()), count.to_string()])
        })
        .collect();
    outcome_rows.push(vec!["punt".into(), c.punted_packets.to_string()]);
    out.push('\n');
    out.push_str(&table(&["outcome", "packets"], &outcome_rows));
    if hidden != (0, 0) {
        out.push_str(&format!(
            "\n{} ingress rows and {} egress rows of zeros not shown (by index: no --config)\n",
            hidden.0, hidden.1
        ));
    }
    out
}

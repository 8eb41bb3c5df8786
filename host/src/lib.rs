//! dxedge host side: everything that talks to a dxedge port pipeline through its registers.
//!
//! ```text
//!   config (TOML) ──► tables (VID, target, LPM compiled here) ──► driver ──► RegisterBus
//!                                                                   ▲            │
//!                                          counters ◄───────────────┘   sim / fake / PCIe BAR
//! ```
//!
//! This crate builds on a machine with neither Verilator nor rust-hdl: it is what runs beside
//! a real board. The register map in [`regmap`] is the one source of truth that the RTL
//! decoder, these accessors and the Markdown register table are all derived from.

pub mod bus;
pub mod config;
pub mod direction;
pub mod driver;
pub mod fake;
pub mod lpm;
pub mod pcie;
pub mod regmap;
pub mod serial;
pub mod socket;
pub mod tables;
pub mod text;
pub mod tools;
pub mod verdict;

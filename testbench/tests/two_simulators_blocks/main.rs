//! The same stimulus, clock by clock, through rust-hdl's own simulator and through Verilator,
//! for each block of the port pipeline on its own: the blocks of `hdl/verilog/blocks/`
//! (`dxedge_hdl::verilog::BLOCKS`), each generated with the block as rust-hdl's top.
//! `two_simulators.rs` compares the whole pipeline, where a block's divergence can be masked
//! (an output no other block reads, a value the next block ignores, a state the traffic never
//! reaches); here every output port of every block is compared at every clock.
//!
//! Each block gets seeded random inputs every clock, biased where pure randomness would never
//! reach the logic that matters: plausible frames (tagged IPv4 with options, ARP, IPv6, bad
//! checksums, truncations) for the header parse and the rewrite, records of configured VLANs
//! for the classifier, table writes before and between lookups for the LPM search and the
//! target table, phases that fill and drain the FIFO and the skid buffer, register accesses
//! at the register map's addresses, a reset now and then. A few coverage checks at the end
//! make sure the bias does reach that logic.
//!
//! A failure names the block, the ports that differ, the clock and the seed;
//! `DXEDGE_SEED=<seed>` reruns every block with that seed, `DXEDGE_SOAK=1` (`make soak`) runs
//! ten times longer.
//!
//! `harness` holds the lockstep pair and the stimulus helpers; each other module is one
//! block (or a family of small ones) with its stimulus, its coverage checks and its tests.

#[path = "../common/mod.rs"]
mod common;

mod harness;

mod boundary;
mod classify;
mod counters;
mod cpu_merge;
mod header_parse;
mod lpm;
mod primitives;
mod regs;
mod resolve;
mod rewrite;
mod sync_fifo;

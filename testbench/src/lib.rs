//! dxedge testbench: capture I/O, frames <-> beats, the pure-Rust reference model, the
//! engines behind `dxedge replay`, and the traffic generator.

pub mod beats;
pub mod capture;
pub mod check;
pub mod cli;
pub mod craft;
pub mod device;
pub mod engine;
pub mod fuzzing;
pub mod gen;
pub mod icarus;
pub mod inspect;
pub mod jobs;
pub mod link;
pub mod lpm;
pub mod merge;
pub mod model;
pub mod output;
pub mod packet;
pub mod replay;
pub mod rtl_engine;
pub mod serve;
pub mod shard;
pub mod sys;
pub mod trace;

// placeholder: the lead replaces this file
//! The RTL engine: the port pipeline under Verilator (placeholder until the lead lands it).

use std::path::Path;

use anyhow::anyhow;
use dxedge_host::config::{Config, Speed};

use crate::engine::{Engine, EngineReport, FrameSink};

/// The Verilator engine; this build cannot make one.
#[derive(Debug)]
pub struct RtlEngine {
    _private: (),
}

impl RtlEngine {
    pub fn new(
        _config: &Config,
        _speed: Speed,
        _trace: Option<&Path>,
    ) -> anyhow::Result<RtlEngine> {
        Err(anyhow!(
            "the Verilator engine is not available in this build yet"
        ))
    }
}

impl Engine for RtlEngine {
    fn submit(&mut self, _frame: &[u8], _sink: &mut dyn FrameSink) -> anyhow::Result<()> {
        Err(anyhow!(
            "the Verilator engine is not available in this build yet"
        ))
    }

    fn finish(&mut self, _sink: &mut dyn FrameSink) -> anyhow::Result<EngineReport> {
        Err(anyhow!(
            "the Verilator engine is not available in this build yet"
        ))
    }
}

//! The contract between `dxedge replay` and the engines that process frames: the pure-Rust
//! reference model and the RTL under Verilator.
//!
//! The replay submits every capture record that is not `truncated_capture` (step 1 of the
//! spec is the replay's own), in capture order. An engine hands completed frames to a
//! [`FrameSink`] in the same order: a frame may complete during a later `submit` (the RTL has
//! a pipeline) and every frame has completed when `finish` returns.

use dxedge_host::driver::HwCounters;
use dxedge_host::verdict::{DropReason, Verdict};

/// Receives completed frames, in submission order.
pub trait FrameSink {
    /// `data` is the frame as it leaves: rewritten for `Verdict::Forward`, unchanged otherwise.
    fn frame(&mut self, verdict: Verdict, data: &[u8]) -> anyhow::Result<()>;
}

/// Keeps every completed frame with its verdict, in order: for the tests that compare
/// engines, and for a caller that wants an engine's output in memory rather than in files.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Collect(pub Vec<VerdictFrame>);

/// A completed frame with its verdict, as an engine hands it to its sink.
pub type VerdictFrame = (Verdict, Vec<u8>);

impl FrameSink for Collect {
    fn frame(&mut self, verdict: Verdict, data: &[u8]) -> anyhow::Result<()> {
        self.0.push((verdict, data.to_vec()));
        Ok(())
    }
}

/// Counters an engine keeps, by config index. A frame arrives on an ingress row and leaves
/// on an egress row: to AWS, VIFs (config order) and targets (config order); to the
/// customer, targets and VIFs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EngineCounters {
    pub ingress: Vec<IngressCounters>,
    pub egress: Vec<EgressCounters>,
    /// Indexed by `DropReason::hw_code()`; `truncated_capture` is counted by the replay.
    pub drops: [u64; 7],
    pub punted_packets: u64,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct IngressCounters {
    pub rx_packets: u64,
    pub rx_bytes: u64,
    pub forwarded_packets: u64,
    pub punted_packets: u64,
    pub dropped_packets: u64,
}

/// An egress row's counters. `tx_*`: frames the pipeline forwarded (a replay's
/// `counters.json`); `cpu_tx_*`: frames the host sent through the CPU port on this row, which
/// only a device counts (zero in a replay: the CPU port carries the live control plane's frames).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EgressCounters {
    pub tx_packets: u64,
    pub tx_bytes: u64,
    pub cpu_tx_packets: u64,
    pub cpu_tx_bytes: u64,
}

impl EngineCounters {
    pub fn zeroed(ingress: usize, egress: usize) -> Self {
        EngineCounters {
            ingress: vec![IngressCounters::default(); ingress],
            egress: vec![EgressCounters::default(); egress],
            drops: [0; 7],
            punted_packets: 0,
        }
    }

    /// Counters read from a device's registers (by the host driver), row for row.
    pub fn from_hw(hw: &HwCounters) -> Self {
        let mut c = EngineCounters::zeroed(hw.vifs.len(), hw.targets.len());
        for (v, r) in c.ingress.iter_mut().zip(&hw.vifs) {
            *v = IngressCounters {
                rx_packets: r[0],
                rx_bytes: r[1],
                forwarded_packets: r[2],
                punted_packets: r[3],
                dropped_packets: r[4],
            };
        }
        for (t, r) in c.egress.iter_mut().zip(&hw.targets) {
            *t = EgressCounters {
                tx_packets: r[0],
                tx_bytes: r[1],
                cpu_tx_packets: r[2],
                cpu_tx_bytes: r[3],
            };
        }
        c.drops.copy_from_slice(&hw.global[..7]);
        c.punted_packets = hw.global[7];
        c
    }

    /// Add `other`'s counts to these, row by row: the counters of a capture replayed in
    /// pieces, each by an engine of its own, are the sum of the pieces' (64-bit counters
    /// never wrap in a replay). Rows `other` has beyond these are added as new rows.
    pub fn add(&mut self, other: &EngineCounters) {
        if self.ingress.len() < other.ingress.len() {
            self.ingress
                .resize(other.ingress.len(), IngressCounters::default());
        }
        if self.egress.len() < other.egress.len() {
            self.egress
                .resize(other.egress.len(), EgressCounters::default());
        }
        for (a, b) in self.ingress.iter_mut().zip(&other.ingress) {
            a.rx_packets += b.rx_packets;
            a.rx_bytes += b.rx_bytes;
            a.forwarded_packets += b.forwarded_packets;
            a.punted_packets += b.punted_packets;
            a.dropped_packets += b.dropped_packets;
        }
        for (a, b) in self.egress.iter_mut().zip(&other.egress) {
            a.tx_packets += b.tx_packets;
            a.tx_bytes += b.tx_bytes;
        }
        for (a, b) in self.drops.iter_mut().zip(&other.drops) {
            *a += b;
        }
        self.punted_packets += other.punted_packets;
    }

    pub fn drop_count(&self, reason: DropReason) -> Option<u64> {
        reason.hw_code().map(|c| self.drops[c as usize])
    }
}

/// What an engine reports when all frames have completed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EngineReport {
    pub counters: EngineCounters,
    /// RTL only: clock cycles from the first input beat to the last output beat.
    pub cycles: Option<u64>,
    /// RTL only: beats that entered the RTL.
    pub input_beats: Option<u64>,
    /// RTL with `--trace-frames`: the clocks the waveform covers, if the window opened.
    pub trace_window: Option<TracedClocks>,
}

/// The clocks of a `--trace-frames` waveform, numbered as the model counts them from power-on
/// (reset and table programming included), the first clock being 1: clock `n` is sampled at
/// trace times `2n - 2` (its low half) and `2n - 1` (its rising edge).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TracedClocks {
    /// The clock whose edge took the first beat of the window's first frame.
    pub first_in: u64,
    /// The clock whose edge passed the last egress beat of the window's last frame.
    pub last_out: u64,
    /// The first and last clocks in the waveform: the margin around the two above (less
    /// where the run had no more clocks to give).
    pub first_traced: u64,
    pub last_traced: u64,
}

/// A frame-processing engine.
pub trait Engine {
    /// Submit the next frame; completed frames (this one or earlier ones) go to `sink`.
    fn submit(&mut self, frame: &[u8], sink: &mut dyn FrameSink) -> anyhow::Result<()>;
    /// No more frames: complete every submitted frame into `sink` and report.
    fn finish(&mut self, sink: &mut dyn FrameSink) -> anyhow::Result<EngineReport>;
    /// `--trace-frames`: the frames submitted from now on are inside (`true`) or outside
    /// (`false`) the traced window. The replay says `true` before the first frame of the
    /// range and `false` once it reads a record past it; an engine built to trace a window
    /// traces from the first beat of the first frame inside to the last beat out of the
    /// last. Engines without waveforms refuse.
    fn trace_window(&mut self, inside: bool) -> anyhow::Result<()> {
        let _ = inside;
        anyhow::bail!("this engine has no waveform to trace frames in")
    }
}

/// Every frame through `engine`, then `finish`: the frames that left, in order, and the
/// engine's report.
pub fn run_all(
    engine: &mut dyn Engine,
    frames: &[Vec<u8>],
) -> anyhow::Result<(Vec<VerdictFrame>, EngineReport)> {
    let mut sink = Collect::default();
    for f in frames {
        engine.submit(f, &mut sink)?;
    }
    let report = engine.finish(&mut sink)?;
    Ok((sink.0, report))
}

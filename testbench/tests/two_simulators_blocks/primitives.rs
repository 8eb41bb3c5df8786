//! The hand-written primitives: each Verilog body against its Rust model.

use dxedge_hdl::block_ram::{BlockRam, BlockRam2R, BlockRamRe};
use dxedge_hdl::dff_ce::DffCe;
use dxedge_sim::model::ModelSpec;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rust_hdl::prelude::*;

use crate::harness::*;

duts!(
    DffCe<Bits<37>>,
    BlockRam<Bits<40>, 6>,
    BlockRamRe<Bits<40>, 6>,
    BlockRam2R<Bits<40>, 5>
);

fn drive_dff_ce(u: &mut DffCe<Bits<37>>, s: &Stim) {
    u.ce.next = s.bit("ce");
    u.rst.next = s.bit("rst");
    u.d.next = s.bits::<37>("d");
}

/// Random enables, resets (also together with an enable: reset wins) and data.
fn dff_ce(block: &'static str, spec: &'static ModelSpec, seed: u64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(
        block,
        spec,
        DffCe::<Bits<37>>::default(),
        drive_dff_ce,
        seed,
    );
    let (mut held, mut loaded) = (0, 0);
    while t.clock < *CLOCKS {
        let s = &mut t.stim;
        let ce = chance(&mut rng, 0.4);
        s.set_bool("ce", ce);
        s.set_bool("rst", chance(&mut rng, 0.05));
        s.randomize("d", &mut rng);
        t.cycle();
        if ce {
            loaded += 1;
        } else {
            held += 1;
        }
    }
    assert!(held > 100 && loaded > 100, "{block}: both paths taken");
}

#[test]
fn prim_dff_ce() {
    run("prim_dff_ce", 1601, dff_ce);
}

fn drive_block_ram(u: &mut BlockRam<Bits<40>, 6>, s: &Stim) {
    u.read_address.next = s.bits::<6>("read_address");
    u.write_address.next = s.bits::<6>("write_address");
    u.write_data.next = s.bits::<40>("write_data");
    u.write_enable.next = s.bit("write_enable");
}

/// Addresses below the RAM's depth, often one of a few so that reads meet recent writes,
/// and the same address read and written in one clock (read-first) a third of the time.
fn ram_addresses(rng: &mut ChaCha8Rng, depth: u64) -> (u64, u64) {
    let hot = [0, 1, depth / 2, depth - 1];
    let write = if chance(rng, 0.5) {
        pick(rng, &hot)
    } else {
        rng.random_range(0..depth)
    };
    let read = if chance(rng, 0.33) {
        write
    } else if chance(rng, 0.5) {
        pick(rng, &hot)
    } else {
        rng.random_range(0..depth)
    };
    (read, write)
}

fn block_ram(block: &'static str, spec: &'static ModelSpec, seed: u64) {
    let depth = dxedge_hdl::verilog::PRIM_RAM_DEPTH as u64;
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(
        block,
        spec,
        BlockRam::<Bits<40>, 6>::new(depth as usize),
        drive_block_ram,
        seed,
    );
    let (mut collisions, mut beyond) = (0, 0);
    while t.clock < *CLOCKS {
        let (mut read, mut write) = ram_addresses(&mut rng, depth);
        // Now and then an address past the depth, which the 6-bit port can carry: both
        // simulators read 0 there and drop the write (48 words: not a power of two).
        if chance(&mut rng, 0.1) {
            read = rng.random_range(depth..64);
            beyond += 1;
        }
        if chance(&mut rng, 0.1) {
            write = rng.random_range(depth..64);
        }
        let we = chance(&mut rng, 0.5);
        let s = &mut t.stim;
        s.set("read_address", read);
        s.set("write_address", write);
        s.randomize("write_data", &mut rng);
        s.set_bool("write_enable", we);
        t.cycle();
        collisions += u64::from(we && read == write);
    }
    assert!(
        collisions > 50,
        "{block}: {collisions} read-during-write clocks"
    );
    assert!(beyond > 50, "{block}: {beyond} reads past the depth");
}

#[test]
fn prim_block_ram() {
    run("prim_block_ram", 1602, block_ram);
}

fn drive_block_ram_re(u: &mut BlockRamRe<Bits<40>, 6>, s: &Stim) {
    u.read_enable.next = s.bit("read_enable");
    u.read_address.next = s.bits::<6>("read_address");
    u.write_address.next = s.bits::<6>("write_address");
    u.write_data.next = s.bits::<40>("write_data");
    u.write_enable.next = s.bit("write_enable");
}

/// As `block_ram`, with the read enabled at random: a disabled read holds the last word
/// read (from power-on, zero), while writes go on, also to the address it holds. Its depth
/// is a power of two, so addresses past it wrap.
fn block_ram_re(block: &'static str, spec: &'static ModelSpec, seed: u64) {
    let depth = dxedge_hdl::verilog::PRIM_RAM_RE_DEPTH as u64;
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(
        block,
        spec,
        BlockRamRe::<Bits<40>, 6>::new(depth as usize),
        drive_block_ram_re,
        seed,
    );
    let (mut held_over_write, mut beyond) = (0, 0);
    let mut last_read = None;
    while t.clock < *CLOCKS {
        let (mut read, mut write) = ram_addresses(&mut rng, depth);
        if chance(&mut rng, 0.1) {
            read = rng.random_range(depth..64);
            beyond += 1;
        }
        if chance(&mut rng, 0.1) {
            write = rng.random_range(depth..64);
        }
        let (re, we) = (chance(&mut rng, 0.5), chance(&mut rng, 0.5));
        let s = &mut t.stim;
        s.set_bool("read_enable", re);
        s.set("read_address", read);
        s.set("write_address", write);
        s.randomize("write_data", &mut rng);
        s.set_bool("write_enable", we);
        t.cycle();
        if re {
            last_read = Some(read);
        } else if we && last_read == Some(write) {
            held_over_write += 1;
        }
    }
    assert!(
        held_over_write > 20,
        "{block}: {held_over_write} held words written over"
    );
    assert!(beyond > 50, "{block}: {beyond} reads past the depth");
}

#[test]
fn prim_block_ram_re() {
    run("prim_block_ram_re", 1604, block_ram_re);
}

fn drive_block_ram_2r(u: &mut BlockRam2R<Bits<40>, 5>, s: &Stim) {
    u.read_address.next = s.bits::<5>("read_address");
    u.read_address_b.next = s.bits::<5>("read_address_b");
    u.write_address.next = s.bits::<5>("write_address");
    u.write_data.next = s.bits::<40>("write_data");
    u.write_enable.next = s.bit("write_enable");
}

fn block_ram_2r(block: &'static str, spec: &'static ModelSpec, seed: u64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(
        block,
        spec,
        BlockRam2R::<Bits<40>, 5>::default(),
        drive_block_ram_2r,
        seed,
    );
    let mut collisions = 0;
    while t.clock < *CLOCKS {
        let (read, write) = ram_addresses(&mut rng, 32);
        let (read_b, _) = ram_addresses(&mut rng, 32);
        let read_b = if chance(&mut rng, 0.3) { write } else { read_b };
        let we = chance(&mut rng, 0.5);
        let s = &mut t.stim;
        s.set("read_address", read);
        s.set("read_address_b", read_b);
        s.set("write_address", write);
        s.randomize("write_data", &mut rng);
        s.set_bool("write_enable", we);
        t.cycle();
        collisions += u64::from(we && (read == write || read_b == write));
    }
    assert!(
        collisions > 50,
        "{block}: {collisions} read-during-write clocks"
    );
}

#[test]
fn prim_block_ram_2r() {
    run("prim_block_ram_2r", 1603, block_ram_2r);
}

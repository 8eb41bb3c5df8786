//! Timings and write counts of the LPM compiler, in the release profile.
//!
//! ```text
//! cargo test -p dxedge-host --release --bench lpm -- --ignored --nocapture --test-threads 1
//! ```
//!
//! Plain `#[test]`s, ignored by default, because the host crate takes no benchmark
//! framework as a dependency and stable `cargo bench` runs no `#[test]`. They print what the
//! report quotes and assert nothing about speed, which depends on the machine.

use std::time::{Duration, Instant};

use dxedge_host::lpm::{diff, LpmImage, LpmRoute, LpmTable};
use dxedge_host::regmap::CAPACITY;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Random routes over `vifs` VIFs, lengths mostly /16 to /32 with some shorter ones, so that
/// prefixes nest and overlap.
fn random_routes(rng: &mut ChaCha8Rng, count: usize, vifs: u32) -> Vec<LpmRoute> {
    (0..count)
        .map(|_| {
            let len: u8 = match rng.random_range(0..10) {
                0 => rng.random_range(0..16),
                1..=3 => 24,
                4 => 32,
                _ => rng.random_range(16..=32),
            };
            let mask = if len == 0 { 0 } else { u32::MAX << (32 - len) };
            LpmRoute {
                vif: rng.random_range(0..vifs),
                network: rng.random::<u32>() & mask,
                len,
                target: rng.random_range(0..CAPACITY.targets),
            }
        })
        .collect()
}

/// 32,767 separated host routes and the last address: exactly 65,535 boundaries.
fn full_table() -> Vec<LpmRoute> {
    let mut routes: Vec<LpmRoute> = (0..32_767u32)
        .map(|i| LpmRoute {
            vif: i / 128,
            network: (i % 128) << 8,
            len: 32,
            target: i % 1024,
        })
        .collect();
    routes.push(LpmRoute {
        vif: 255,
        network: u32::MAX,
        len: 32,
        target: 5,
    });
    routes
}

/// Best and median of `runs` timings of `f`.
fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, Duration) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .collect();
    times.sort();
    (times[0], times[runs / 2])
}

#[test]
#[ignore = "timing: run in release, see the file header"]
fn compile_times() {
    let mut rng = ChaCha8Rng::seed_from_u64(1);
    let tables = [
        (
            "10,000 random routes, 64 VIFs",
            random_routes(&mut rng, 10_000, 64),
        ),
        (
            "16,384 random routes, 64 VIFs",
            random_routes(&mut rng, 16_384, 64),
        ),
        (
            "33,000 random routes, 256 VIFs",
            random_routes(&mut rng, 33_000, 256),
        ),
        ("32,768 host routes (full)", full_table()),
    ];
    println!(
        "| table | boundaries | compile | compile_spread | compile_from (+1 route) | lookup |"
    );
    println!("|---|---|---|---|---|---|");
    for (name, routes) in &tables {
        let image = LpmImage::compile(routes, &CAPACITY).expect("fits");
        let spread = LpmImage::compile_spread(routes, &CAPACITY).expect("fits");
        let (packed_t, _) = time(9, || LpmImage::compile(routes, &CAPACITY));
        let (spread_t, _) = time(9, || LpmImage::compile_spread(routes, &CAPACITY));
        let mut more = routes.clone();
        more.push(LpmRoute {
            vif: 3,
            network: 0x0a00_0001,
            len: 32,
            target: 7,
        });
        let (from_t, _) = time(9, || LpmImage::compile_from(&spread, &more, &CAPACITY));
        let keys: Vec<(u32, u32)> = (0..1_000_000)
            .map(|_| (rng.random_range(0..256), rng.random()))
            .collect();
        let (lookup_t, _) = time(3, || {
            keys.iter().filter_map(|&(v, a)| image.lookup(v, a)).count()
        });
        println!(
            "| {name} | {} | {:.1} ms | {:.1} ms | {:.1} ms | {:.0} ns |",
            image.boundaries(),
            packed_t.as_secs_f64() * 1e3,
            spread_t.as_secs_f64() * 1e3,
            from_t.as_secs_f64() * 1e3,
            lookup_t.as_secs_f64() * 1e9 / keys.len() as f64,
        );
    }
}

#[test]
#[ignore = "write counts: run in release, see the file header"]
fn writes_for_one_route_added_to_sixteen_thousand() {
    let mut rng = ChaCha8Rng::seed_from_u64(2);
    let mut routes = random_routes(&mut rng, 16_384, 64);
    let packed = LpmImage::compile(&routes, &CAPACITY).expect("fits");
    let spread = LpmImage::compile_spread(&routes, &CAPACITY).expect("fits");
    println!("{} boundaries", spread.boundaries());
    let trials = 200;
    let (mut inc, mut repacked, mut respread) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..trials {
        routes.extend(random_routes(&mut rng, 1, 64));
        let next = LpmImage::compile_from(&spread, &routes, &CAPACITY).expect("fits");
        let balanced = LpmImage::compile_from_balanced(&spread, &routes, &CAPACITY).expect("fits");
        assert_eq!(balanced, next, "no segment fills up from one route");
        let w = diff(&spread, &next);
        let nodes = w.iter().filter(|w| w.table == LpmTable::Node).count();
        inc.push((w.len(), nodes));
        let new_packed = LpmImage::compile(&routes, &CAPACITY).expect("fits");
        repacked.push(diff(&packed, &new_packed).len());
        let new_spread = LpmImage::compile_spread(&routes, &CAPACITY).expect("fits");
        respread.push(diff(&spread, &new_spread).len());
        routes.pop();
    }
    let stats = |v: &mut Vec<usize>| {
        v.sort_unstable();
        let mean = v.iter().sum::<usize>() as f64 / v.len() as f64;
        format!(
            "mean {mean:.1}, median {}, max {}",
            v[v.len() / 2],
            v[v.len() - 1]
        )
    };
    let mut total: Vec<usize> = inc.iter().map(|&(t, _)| t).collect();
    let mut nodes: Vec<usize> = inc.iter().map(|&(_, n)| n).collect();
    println!("one random route added, {trials} trials, writes (node + leaf):");
    println!(
        "  compile_from over the spread image: {}",
        stats(&mut total)
    );
    println!(
        "    of which node writes:             {}",
        stats(&mut nodes)
    );
    println!(
        "  compile (packed) from scratch:      {}",
        stats(&mut repacked)
    );
    println!(
        "  compile_spread from scratch:        {}",
        stats(&mut respread)
    );
}

#[test]
#[ignore = "write counts: run in release, see the file header"]
fn writes_for_a_run_of_additions_in_one_region() {
    // The worst case for a layout that does not re-spread ahead of need: 2,000 /24s added
    // one by one, in address order, into one /13 of VIF 0 of a 16k-route table.
    type Compile = fn(
        &LpmImage,
        &[LpmRoute],
        &dxedge_host::regmap::Capacity,
    ) -> Result<LpmImage, dxedge_host::lpm::LpmError>;
    let ways: [(&str, Compile); 2] = [
        ("compile_from", LpmImage::compile_from),
        ("compile_from_balanced", LpmImage::compile_from_balanced),
    ];
    for (name, compile) in ways {
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        let mut routes = random_routes(&mut rng, 16_384, 64);
        let mut image = LpmImage::compile_spread(&routes, &CAPACITY).expect("fits");
        let mut per_step = Vec::new();
        let start = Instant::now();
        for i in 0..2_000u32 {
            routes.push(LpmRoute {
                vif: 0,
                network: 0x0a00_0000 + (i << 8),
                len: 24,
                target: i % 2 + 1,
            });
            let next = compile(&image, &routes, &CAPACITY).expect("fits");
            per_step.push(diff(&image, &next).len());
            image = next;
        }
        let total: usize = per_step.iter().sum();
        println!(
            "{name}: 2,000 adjacent /24s one by one: {total} writes ({:.0} a step), \
             first 100 steps {}, last 100 steps {}, largest step {}, {:.1} ms a step",
            total as f64 / 2_000.0,
            per_step[..100].iter().sum::<usize>(),
            per_step[1_900..].iter().sum::<usize>(),
            per_step.iter().max().copied().unwrap_or(0),
            start.elapsed().as_secs_f64() * 1e3 / 2_000.0,
        );
    }
}

//! The generator's intents against the model, and its files read back.

use std::collections::HashSet;

use super::*;
use crate::capture::CaptureReader;
use crate::model::Model;

fn records(scenario: Scenario, seed: u64, count: u64) -> (Config, Vec<GenRecord>) {
    let mut out = Vec::new();
    let config = generate(scenario, Direction::ToAws, seed, count, &mut |r| {
        out.push(r);
        Ok(())
    })
    .expect("generates");
    (config, out)
}

#[test]
fn the_model_does_what_every_generated_record_intends() {
    for scenario in Scenario::ALL {
        for seed in [1, 2, 3] {
            let count = match scenario {
                Scenario::Demo => 600,
                Scenario::Jumbo => 100,
                _ => 2000,
            };
            let (config, records) = records(scenario, seed, count);
            assert_eq!(records.len() as u64, count);
            let model = Model::new(&config);
            for (i, record) in records.iter().enumerate() {
                match record.intent {
                    Intent::Truncated => assert!(record.data.len() < record.orig_len as usize),
                    Intent::Verdict(verdict) => {
                        assert_eq!(record.data.len(), record.orig_len as usize);
                        assert_eq!(
                            model.decide(&record.data).verdict,
                            verdict,
                            "{} seed {seed} record {i}: {:02x?}",
                            scenario.name(),
                            record.data
                        );
                    }
                }
            }
        }
    }
}

fn records_to_customer(scenario: Scenario, seed: u64, count: u64) -> (Config, Vec<GenRecord>) {
    let mut out = Vec::new();
    let config = generate(scenario, Direction::ToCustomer, seed, count, &mut |r| {
        out.push(r);
        Ok(())
    })
    .expect("generates");
    (config, out)
}

#[test]
fn the_model_does_what_every_generated_to_customer_record_intends() {
    for scenario in [
        Scenario::Demo,
        Scenario::MinSize,
        Scenario::Imix,
        Scenario::Scale,
    ] {
        for seed in [1, 2, 3] {
            let count = if scenario == Scenario::Demo {
                600
            } else {
                2000
            };
            let (config, records) = records_to_customer(scenario, seed, count);
            assert_eq!(records.len() as u64, count);
            let model = Model::for_direction(&config, Direction::ToCustomer);
            for (i, record) in records.iter().enumerate() {
                if let Intent::Verdict(verdict) = record.intent {
                    assert_eq!(
                        model.decide(&record.data).verdict,
                        verdict,
                        "{} seed {seed} record {i}: {:02x?}",
                        scenario.name(),
                        record.data
                    );
                }
            }
        }
    }
}

#[test]
fn the_to_customer_demo_shows_every_outcome_and_every_vif() {
    let (config, records) = records_to_customer(Scenario::Demo, 1, Scenario::Demo.default_count());
    let intents: HashSet<Intent> = records.iter().map(|r| r.intent).collect();
    assert!(intents.contains(&Intent::Truncated));
    for reason in DropReason::HARDWARE {
        assert!(
            intents.contains(&Intent::Verdict(Verdict::Drop(reason))),
            "{reason}"
        );
    }
    // Forwarded to the customer over each of the three VIFs (egress = VIF index).
    for vif in 0..config.vifs.len() {
        assert!(
            intents.contains(&Intent::Verdict(Verdict::Forward { target: vif })),
            "vif {vif}"
        );
    }
    // Frames come from the targets' VLANs only.
    let vids: HashSet<u16> = records
        .iter()
        .filter(|r| r.data.len() >= 16 && r.data[12..14] == [0x81, 0x00])
        .map(|r| u16::from_be_bytes([r.data[14], r.data[15]]) & 0xfff)
        .collect();
    assert!(vids.contains(&2001) && vids.contains(&3001), "{vids:?}");
    assert!(generate(
        Scenario::Jumbo,
        Direction::ToCustomer,
        1,
        1,
        &mut |_| Ok(())
    )
    .is_err());
}

#[test]
fn the_demo_shows_every_drop_reason_both_punts_and_both_egress_kinds() {
    let (config, records) = records(Scenario::Demo, 1, Scenario::Demo.default_count());
    let intents: HashSet<Intent> = records.iter().map(|r| r.intent).collect();
    assert!(intents.contains(&Intent::Truncated));
    for reason in DropReason::HARDWARE {
        assert!(
            intents.contains(&Intent::Verdict(Verdict::Drop(reason))),
            "{reason}"
        );
    }
    for target in 0..config.targets.len() {
        assert!(
            intents.contains(&Intent::Verdict(Verdict::Forward { target })),
            "target {target}"
        );
    }
    let punts: Vec<&GenRecord> = records
        .iter()
        .filter(|r| r.intent == Intent::Verdict(Verdict::Punt))
        .collect();
    assert!(
        punts.iter().any(|r| r.data[16..18] == [0x08, 0x06]),
        "an ARP punt"
    );
    assert!(
        punts.iter().any(|r| r.data[16..18] == [0x08, 0x00]),
        "a punt to the amazon_address"
    );
    // Min-size frames really are 64 bytes, back to back.
    let (_, small) = records_of(Scenario::MinSize, 100);
    assert!(small.iter().all(|r| r.data.len() == 64));
    // 8 + 64 + 4 + 12 bytes on the wire at 0.8 ns a byte: 70.4 ns apart.
    assert!(small
        .windows(2)
        .all(|w| (70..=71).contains(&(w[1].timestamp_ns - w[0].timestamp_ns))));
    assert_eq!(
        small[99].timestamp_ns - small[0].timestamp_ns,
        99 * 704 / 10
    );
}

#[test]
fn fixed_frames_have_the_size_asked_and_are_all_forwarded() {
    for size in [64, 128, 512, 1518, 9018] {
        let (config, records) = records(Scenario::Fixed(size), 4, 40);
        let model = Model::new(&config);
        for r in &records {
            assert_eq!(r.data.len(), usize::from(size));
            let Intent::Verdict(verdict @ Verdict::Forward { .. }) = r.intent else {
                panic!("{size}: intent {:?}", r.intent);
            };
            assert_eq!(model.decide(&r.data).verdict, verdict, "{size}");
        }
    }
    // At 64 bytes they are min-size's frames.
    assert_eq!(
        records(Scenario::Fixed(64), 4, 40).1,
        records(Scenario::MinSize, 4, 40).1
    );
    for size in [63, 9019] {
        let err = generate(Scenario::Fixed(size), Direction::ToAws, 1, 1, &mut |_| {
            Ok(())
        })
        .expect_err("a size outside 64..=9018 is refused");
        assert!(err.to_string().contains("64 to 9018 bytes"), "{err}");
    }
}

fn records_of(scenario: Scenario, count: u64) -> (Config, Vec<GenRecord>) {
    records(scenario, 9, count)
}

#[test]
fn the_same_seed_gives_the_same_records_and_another_seed_others() {
    let (_, a) = records(Scenario::Demo, 5, 200);
    let (_, b) = records(Scenario::Demo, 5, 200);
    let (_, c) = records(Scenario::Demo, 6, 200);
    assert_eq!(a, b);
    assert_ne!(a, c);
}

#[test]
fn written_scenarios_read_back_as_generated() {
    for (format, nanos) in [
        (CaptureFormat::Pcap, false),
        (CaptureFormat::Pcap, true),
        (CaptureFormat::PcapNg, false),
    ] {
        let dir = std::env::temp_dir().join(format!(
            "dxedge-gen-{format:?}-{nanos}-{}",
            std::process::id()
        ));
        let options = GenOptions {
            scenario: Scenario::Demo,
            config: None,
            direction: Direction::ToAws,
            seed: 3,
            count: Some(50),
            out: dir.clone(),
            format,
            nanos,
        };
        let (config_path, capture_path) = write_scenario(&options).expect("written");
        let config = Config::load(&config_path).expect("valid config");
        assert_eq!(config, scenario_config(Scenario::Demo));
        let (_, expected) = records(Scenario::Demo, 3, 50);
        let mut reader = CaptureReader::open(&capture_path).expect("readable");
        let per_second = reader.resolution().units_per_second();
        let mut n = 0;
        while let Some(record) = reader.next_record().expect("record") {
            let want = &expected[n];
            assert_eq!(record.data, want.data.as_slice());
            assert_eq!(record.orig_len, want.orig_len);
            let ns = u64::from(record.timestamp.secs) * 1_000_000_000
                + u64::from(record.timestamp.frac) * (1_000_000_000 / per_second);
            let exact = nanos || (format == CaptureFormat::PcapNg && n % 2 == 1);
            let want_ns = if exact {
                want.timestamp_ns
            } else {
                want.timestamp_ns / 1000 * 1000
            };
            assert_eq!(ns, want_ns, "record {n}");
            n += 1;
        }
        assert_eq!(n, 50);
        let _ = fs::remove_dir_all(&dir);
    }
}

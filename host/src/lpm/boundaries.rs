//! Prefixes to boundaries: the sorted keys where the longest match changes (see the module
//! docs of [`lpm`](super)).

use super::{Geometry, LpmError, LpmRoute, KEY_SPACE};

/// Where the result changes: from `key` upwards (to the next boundary) it is `result`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Boundary {
    pub(super) key: u64,
    pub(super) result: Option<u32>,
}

/// Appends boundaries, merging equal neighbours: a segment whose result equals the previous
/// one adds nothing.
struct Boundaries {
    list: Vec<Boundary>,
    /// Result of the last segment; "no route" below key 0.
    last: Option<u32>,
}

impl Boundaries {
    fn segment(&mut self, key: u64, result: Option<u32>) {
        if result != self.last {
            self.list.push(Boundary { key, result });
            self.last = result;
        }
    }
}

/// Validates the routes and lists the boundaries, sorted by key.
///
/// Routes with the same VIF, network and length: the last one wins, as in
/// [`lookup_reference`](super::lookup_reference) (`max_by_key` returns the last maximum) and as in a route table where
/// a later insert replaces an earlier one.
pub(super) fn boundaries(routes: &[LpmRoute], geo: &Geometry) -> Result<Vec<Boundary>, LpmError> {
    for r in routes {
        if r.vif >= geo.vifs {
            return Err(LpmError::VifOutOfRange {
                vif: r.vif,
                capacity: geo.vifs,
            });
        }
        if r.target >= geo.targets {
            return Err(LpmError::TargetOutOfRange {
                target: r.target,
                capacity: geo.targets,
            });
        }
        if !r.is_prefix() {
            return Err(LpmError::BadPrefix {
                vif: r.vif,
                network: r.network,
                len: r.len,
            });
        }
    }
    // First key ascending, then shorter (enclosing) prefixes first, then input position: of
    // equal prefixes the later one is pushed on top of the earlier and hides it entirely.
    let mut order: Vec<usize> = (0..routes.len()).collect();
    order.sort_unstable_by_key(|&i| (routes[i].first_key(), routes[i].len, i));

    // Sweep the key space with a stack of the prefixes covering the current key. Prefixes
    // are nested or disjoint, so the stack is ordered by containment. `pos` is the first key
    // whose segment is not yet emitted; it belongs to the top of the stack (or to no route).
    let mut out = Boundaries {
        list: Vec::with_capacity(routes.len() * 2),
        last: None,
    };
    let mut stack: Vec<(u64, u32)> = Vec::new(); // (end key, target)
    let mut pos = 0u64;
    for &i in &order {
        let r = &routes[i];
        let start = r.first_key();
        while let Some(&(end, target)) = stack.last() {
            if end > start {
                break;
            }
            if pos < end {
                out.segment(pos, Some(target));
                pos = end;
            }
            stack.pop();
        }
        if pos < start {
            out.segment(pos, stack.last().map(|&(_, t)| t));
            pos = start;
        }
        stack.push((r.end_key(), r.target));
    }
    while let Some((end, target)) = stack.pop() {
        if pos < end {
            out.segment(pos, Some(target));
            pos = end;
        }
    }
    if pos < KEY_SPACE {
        out.segment(pos, None);
    }
    let capacity = geo.slots();
    if out.list.len() > capacity {
        return Err(LpmError::TooManyBoundaries {
            needed: out.list.len(),
            capacity,
        });
    }
    Ok(out.list)
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::super::*;
    use crate::regmap::{Capacity, CAPACITY};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        #[test]
        fn boundaries_are_where_the_reference_changes(
            routes in prop::collection::vec(arb_route(), 0..48),
        ) {
            let image = LpmImage::compile(&routes, &CAPACITY).expect("fits");
            let keys: Vec<u64> = image.boundary_keys().collect();
            prop_assert_eq!(keys, oracle_boundaries(&routes));
            prop_assert!(image.boundaries() <= 2 * routes.len());
        }

        /// A 4-level tree (15 slots) fills up: the compiler refuses exactly the sets whose
        /// boundary count is over 15, and full trees stay exact.
        #[test]
        fn a_small_tree_fits_exactly_the_sets_with_at_most_n_boundaries(
            routes in prop::collection::vec(arb_route(), 0..16),
            probes in prop::collection::vec(arb_probe(), 0..32),
        ) {
            let needed = oracle_boundaries(&routes).len();
            match LpmImage::compile(&routes, &cap(4)) {
                Ok(image) => {
                    prop_assert!(needed <= 15);
                    assert_exact(&image, &routes, &edge_keys(&routes, &image));
                    assert_exact(&image, &routes, &probes);
                    assert_invariant(&image, &routes);
                }
                Err(e) => {
                    prop_assert_eq!(e, LpmError::TooManyBoundaries { needed, capacity: 15 });
                }
            }
        }
    }

    #[test]
    fn a_default_route_covers_its_vif_and_no_other() {
        let routes = [route(7, [0, 0, 0, 0], 0, 42)];
        let image = LpmImage::compile(&routes, &CAPACITY).expect("fits");
        assert_eq!(
            image.boundary_keys().collect::<Vec<_>>(),
            [key(7, 0), key(8, 0)]
        );
        assert_eq!(image.lookup(7, 0), Some(42));
        assert_eq!(image.lookup(7, u32::MAX), Some(42));
        assert_eq!(image.lookup(6, u32::MAX), None);
        assert_eq!(image.lookup(8, 0), None);
        assert_eq!(image.lookup(0, 0), None);
    }

    #[test]
    fn a_default_route_in_vif_0_starts_at_key_0() {
        // Key 0 is a boundary when VIF 0 has a route there: the result differs from the "no
        // route" below the key space.
        let routes = [route(0, [0, 0, 0, 0], 0, 1)];
        let image = LpmImage::compile(&routes, &CAPACITY).expect("fits");
        assert_eq!(image.boundary_keys().collect::<Vec<_>>(), [0, key(1, 0)]);
        assert_eq!(image.rank(0), 1);
        assert_eq!(image.lookup(0, 0), Some(1));
        assert_eq!(image.lookup(1, 0), None);
    }

    #[test]
    fn host_routes_at_the_ends_of_the_first_and_last_vif() {
        let routes = [
            route(0, [0, 0, 0, 0], 32, 1),
            route(0, [255, 255, 255, 255], 32, 2),
            route(255, [0, 0, 0, 0], 32, 3),
            route(255, [255, 255, 255, 255], 32, 1023),
        ];
        let image = LpmImage::compile(&routes, &CAPACITY).expect("fits");
        // The last route ends at 2^40, which is no key: it needs one boundary.
        assert_eq!(
            image.boundary_keys().collect::<Vec<_>>(),
            [
                0,
                1,
                key(0, u32::MAX),
                key(1, 0),
                key(255, 0),
                key(255, 1),
                key(255, u32::MAX)
            ]
        );
        assert_eq!(image.lookup(0, 0), Some(1));
        assert_eq!(image.lookup(0, 1), None);
        assert_eq!(image.lookup(0, u32::MAX - 1), None);
        assert_eq!(image.lookup(0, u32::MAX), Some(2));
        assert_eq!(image.lookup(1, 0), None);
        assert_eq!(image.lookup(254, u32::MAX), None);
        assert_eq!(image.lookup(255, 0), Some(3));
        assert_eq!(image.lookup(255, 1), None);
        assert_eq!(image.lookup(255, u32::MAX), Some(1023));
        assert_eq!(image.rank(KEY_SPACE - 1), 7);
        assert_exact(&image, &routes, &edge_keys(&routes, &image));
    }

    #[test]
    fn equal_results_across_a_vif_seam_merge() {
        // The end of VIF 3 and the start of VIF 4 go to the same target: no boundary at 4:0.
        let routes = [route(3, [0, 0, 0, 0], 0, 9), route(4, [0, 0, 0, 0], 1, 9)];
        let image = LpmImage::compile(&routes, &CAPACITY).expect("fits");
        assert_eq!(
            image.boundary_keys().collect::<Vec<_>>(),
            [key(3, 0), key(4, 0x8000_0000)]
        );
        assert_eq!(image.lookup(3, u32::MAX), Some(9));
        assert_eq!(image.lookup(4, 0), Some(9));
        assert_eq!(image.lookup(4, 0x8000_0000), None);
    }

    #[test]
    fn nested_prefixes_with_the_same_target_merge() {
        let routes = [
            route(5, [10, 0, 0, 0], 8, 1),
            route(5, [10, 1, 0, 0], 16, 1),
            route(5, [10, 1, 2, 0], 24, 1),
            route(5, [10, 0, 0, 0], 16, 1),
        ];
        let image = LpmImage::compile(&routes, &CAPACITY).expect("fits");
        assert_eq!(
            image.boundary_keys().collect::<Vec<_>>(),
            [key(5, 0x0a00_0000), key(5, 0x0b00_0000)]
        );
        assert_exact(&image, &routes, &edge_keys(&routes, &image));
    }

    #[test]
    fn nested_prefixes_with_different_targets_split() {
        // The module doc's example: 10/8 → 1 with 10.1/16 → 2 and 10.2/16 → 1 inside.
        let routes = [
            route(3, [10, 0, 0, 0], 8, 1),
            route(3, [10, 1, 0, 0], 16, 2),
            route(3, [10, 2, 0, 0], 16, 1),
            route(3, [10, 1, 0, 0], 24, 3), // starts where its parent starts
            route(3, [10, 1, 255, 255], 32, 4), // ends where its parent ends
        ];
        let image = LpmImage::compile(&routes, &CAPACITY).expect("fits");
        let k = |a: [u8; 4]| key(3, u32::from_be_bytes(a));
        assert_eq!(
            image.boundary_keys().collect::<Vec<_>>(),
            [
                k([10, 0, 0, 0]),
                k([10, 1, 0, 0]),
                k([10, 1, 1, 0]),
                k([10, 1, 255, 255]),
                k([10, 2, 0, 0]),
                k([11, 0, 0, 0]),
            ]
        );
        assert_eq!(image.lookup(3, u32::from_be_bytes([10, 1, 0, 7])), Some(3));
        assert_eq!(image.lookup(3, u32::from_be_bytes([10, 1, 1, 0])), Some(2));
        assert_eq!(
            image.lookup(3, u32::from_be_bytes([10, 1, 255, 255])),
            Some(4)
        );
        assert_eq!(image.lookup(3, u32::from_be_bytes([10, 2, 0, 0])), Some(1));
        assert_eq!(
            image.lookup(3, u32::from_be_bytes([10, 255, 0, 0])),
            Some(1)
        );
        assert_exact(&image, &routes, &edge_keys(&routes, &image));
    }

    #[test]
    fn of_equal_prefixes_the_last_one_wins_as_in_the_reference() {
        let routes = [route(1, [10, 0, 0, 0], 8, 1), route(1, [10, 0, 0, 0], 8, 2)];
        let image = LpmImage::compile(&routes, &CAPACITY).expect("fits");
        assert_eq!(lookup_reference(&routes, 1, 0x0a00_0001), Some(2));
        assert_eq!(image.lookup(1, 0x0a00_0001), Some(2));
    }

    #[test]
    fn bad_routes_and_capacities_are_refused_with_what_is_wrong() {
        let err = |routes: &[LpmRoute]| LpmImage::compile(routes, &CAPACITY).err();
        assert_eq!(
            err(&[route(256, [0; 4], 0, 0)]),
            Some(LpmError::VifOutOfRange {
                vif: 256,
                capacity: 256
            })
        );
        assert_eq!(
            err(&[route(0, [0; 4], 0, 1024)]),
            Some(LpmError::TargetOutOfRange {
                target: 1024,
                capacity: 1024
            })
        );
        let host_bits = err(&[route(2, [10, 0, 0, 1], 8, 0)]);
        assert_eq!(
            host_bits.map(|e| e.to_string()).as_deref(),
            Some("route 10.0.0.1/8 in VIF 2 is not a prefix: host bits are set")
        );
        let too_long = err(&[route(2, [10, 0, 0, 1], 33, 0)]);
        assert_eq!(
            too_long.map(|e| e.to_string()).as_deref(),
            Some("route 10.0.0.1/33 in VIF 2 is not a prefix: the length is over 32")
        );
        for bad in [
            Capacity {
                lpm_levels: 17,
                ..CAPACITY
            },
            Capacity {
                vifs: 257,
                ..CAPACITY
            },
            Capacity {
                targets: 1025,
                ..CAPACITY
            },
        ] {
            assert!(matches!(
                LpmImage::compile(&[], &bad),
                Err(LpmError::UnsupportedCapacity { .. })
            ));
        }
        assert_eq!(MAX_LEVELS, CAPACITY.lpm_levels);
    }

    #[test]
    fn exactly_n_boundaries_fit() {
        let routes = full_table();
        let image = LpmImage::compile(&routes, &CAPACITY).expect("exactly full");
        assert_eq!(image.boundaries(), 65_535);
        assert!(image.slots.iter().all(|&v| v != PAD), "no padding left");
        assert_exact(&image, &routes, &edge_keys(&routes, &image));
    }

    #[test]
    fn one_boundary_more_is_refused_naming_both_numbers() {
        let mut routes = full_table();
        // Not at the very end any more: two boundaries instead of one.
        routes.last_mut().expect("routes").network = 0xffff_fffe;
        let e = LpmImage::compile(&routes, &CAPACITY).expect_err("one too many");
        assert_eq!(
            e,
            LpmError::TooManyBoundaries {
                needed: 65_536,
                capacity: 65_535
            }
        );
        assert_eq!(
            e.to_string(),
            "the routes need 65,536 LPM boundaries; the pipeline holds 65,535 \
             (a route adds at most two)"
        );
        assert_eq!(Thousands(70_001).to_string(), "70,001");
        assert_eq!(Thousands(999).to_string(), "999");
        assert_eq!(Thousands(1_000_000).to_string(), "1,000,000");
    }
}

//! Longest-prefix match, two ways.
//!
//! [`longest_match`] is the definition: among the routes whose prefix holds the address,
//! the one with the longest prefix (as smoltcp's `iface/route.rs` does it). It is the oracle.
//!
//! [`RangeTable`] is what the model uses for speed: the address space cut into the intervals
//! on which the answer is constant, found by binary search, the same structure the RTL's
//! search tree holds (docs/architecture.md, "LPM"; Lampson, Srinivasan and Varghese, "IP
//! lookups using multiway and multicolumn search", 1999). The tests check it against the
//! oracle.
//!
//! ```text
//!  routes: 10.0.0.0/8 -> a, 10.1.0.0/16 -> b
//!  starts: 0.0.0.0   10.0.0.0   10.1.0.0   10.2.0.0   11.0.0.0
//!  answer: none      a          b          a          none
//! ```

use dxedge_host::config::Ipv4Prefix;

/// The value of the route with the longest prefix holding `addr`, if any. Prefixes are
/// unique within one table (the config refuses the same prefix twice in one VIF), so the
/// longest is unique too.
pub fn longest_match<T: Copy>(routes: &[(Ipv4Prefix, T)], addr: u32) -> Option<T> {
    routes
        .iter()
        .filter(|(prefix, _)| prefix.contains(addr))
        .max_by_key(|(prefix, _)| prefix.len)
        .map(|(_, value)| *value)
}

/// The address space as sorted intervals, each with the answer of the longest match.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RangeTable<T> {
    /// First address of each interval; `starts[0]` is 0, strictly increasing.
    starts: Vec<u32>,
    /// The answer on each interval.
    answers: Vec<Option<T>>,
}

impl<T: Copy + PartialEq> RangeTable<T> {
    /// Build the table of a set of routes (prefixes unique, as [`longest_match`] assumes).
    ///
    /// Prefixes are either nested or disjoint, so a sweep over the interval boundaries with
    /// a stack of the prefixes open at that point has the longest one on top.
    pub fn new(routes: &[(Ipv4Prefix, T)]) -> RangeTable<T> {
        // (first address, one past the last, length, value); ends are u64 so 2^32 fits.
        let mut spans: Vec<(u64, u64, u8, T)> = routes
            .iter()
            .map(|(prefix, value)| {
                let start = u64::from(prefix.network());
                let size = 1u64 << (32 - u32::from(prefix.len.min(32)));
                (start, start + size, prefix.len, *value)
            })
            .collect();
        // At one start, the shorter (enclosing) prefix goes on the stack first.
        spans.sort_by_key(|&(start, _, len, _)| (start, len));

        let mut boundaries: Vec<u64> = spans
            .iter()
            .flat_map(|&(start, end, _, _)| [start, end])
            .filter(|&b| b <= u64::from(u32::MAX))
            .chain([0])
            .collect();
        boundaries.sort_unstable();
        boundaries.dedup();

        let mut table = RangeTable {
            starts: Vec::with_capacity(boundaries.len()),
            answers: Vec::with_capacity(boundaries.len()),
        };
        let mut open: Vec<(u64, T)> = Vec::new();
        let mut next = spans.iter().peekable();
        for boundary in boundaries {
            while open.last().is_some_and(|&(end, _)| end <= boundary) {
                open.pop();
            }
            while let Some(&&(start, end, _, value)) = next.peek() {
                if start != boundary {
                    break;
                }
                open.push((end, value));
                next.next();
            }
            let answer = open.last().map(|&(_, value)| value);
            // Neighbouring intervals with the same answer are one interval.
            if table.answers.last() == Some(&answer) {
                continue;
            }
            // Boundaries come from u32 addresses or are filtered to fit.
            table
                .starts
                .push(u32::try_from(boundary).unwrap_or(u32::MAX));
            table.answers.push(answer);
        }
        table
    }

    /// The longest match for `addr`.
    pub fn lookup(&self, addr: u32) -> Option<T> {
        let interval = self
            .starts
            .partition_point(|&start| start <= addr)
            .checked_sub(1)?;
        self.answers.get(interval).copied().flatten()
    }

    /// How many intervals the table holds.
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::net::Ipv4Addr;

    fn prefix(s: &str) -> Ipv4Prefix {
        s.parse().expect("valid prefix")
    }

    #[test]
    fn the_example_of_the_module_doc() {
        let routes = [(prefix("10.0.0.0/8"), 'a'), (prefix("10.1.0.0/16"), 'b')];
        let table = RangeTable::new(&routes);
        assert_eq!(table.len(), 5);
        for (addr, want) in [
            ("9.255.255.255", None),
            ("10.0.0.0", Some('a')),
            ("10.0.255.255", Some('a')),
            ("10.1.0.0", Some('b')),
            ("10.1.255.255", Some('b')),
            ("10.2.0.0", Some('a')),
            ("10.255.255.255", Some('a')),
            ("11.0.0.0", None),
        ] {
            let addr = u32::from(addr.parse::<Ipv4Addr>().expect("address"));
            assert_eq!(table.lookup(addr), want, "{addr:#x}");
            assert_eq!(longest_match(&routes, addr), want, "{addr:#x}");
        }
    }

    #[test]
    fn default_route_and_host_routes_at_the_ends_of_the_space() {
        let routes = [
            (prefix("0.0.0.0/0"), 0),
            (prefix("0.0.0.0/32"), 1),
            (prefix("255.255.255.255/32"), 2),
            (prefix("128.0.0.0/1"), 3),
        ];
        let table = RangeTable::new(&routes);
        assert_eq!(table.lookup(0), Some(1));
        assert_eq!(table.lookup(1), Some(0));
        assert_eq!(table.lookup(0x7fff_ffff), Some(0));
        assert_eq!(table.lookup(0x8000_0000), Some(3));
        assert_eq!(table.lookup(u32::MAX - 1), Some(3));
        assert_eq!(table.lookup(u32::MAX), Some(2));
        assert_eq!(RangeTable::<u8>::new(&[]).lookup(12345), None);
    }

    /// Routes clustered in a small part of the space so that they nest and touch.
    fn arb_routes() -> impl Strategy<Value = Vec<(Ipv4Prefix, u16)>> {
        proptest::collection::vec((0u32..64, 0u8..=32, any::<u16>(), any::<bool>()), 0..40)
            .prop_map(|raw| {
                let mut routes: Vec<(Ipv4Prefix, u16)> = Vec::new();
                for (seed, len, value, high) in raw {
                    // Spread 64 seeds over the top and bottom of the space and around 10/8.
                    let base = if high { 0xffff_ffc0 } else { 0x0a00_0000 };
                    let addr = base | (seed << 26 >> 26).wrapping_mul(0x0101_0101) >> (len % 8);
                    let loose = Ipv4Prefix {
                        addr: Ipv4Addr::from(addr),
                        len,
                    };
                    let prefix = Ipv4Prefix {
                        addr: Ipv4Addr::from(loose.network()),
                        len,
                    };
                    if routes.iter().all(|(p, _)| *p != prefix) {
                        routes.push((prefix, value));
                    }
                }
                routes
            })
    }

    proptest! {
        #[test]
        fn range_table_agrees_with_the_definition(routes in arb_routes(), probes in proptest::collection::vec(any::<u32>(), 0..64)) {
            let table = RangeTable::new(&routes);
            // Every interval edge and its neighbours, and random addresses.
            let mut addrs: Vec<u32> = probes;
            for (p, _) in &routes {
                let start = p.network();
                let end = start | !p.mask();
                addrs.extend([start, start.wrapping_sub(1), end, end.wrapping_add(1)]);
            }
            addrs.extend([0, u32::MAX]);
            for addr in addrs {
                prop_assert_eq!(table.lookup(addr), longest_match(&routes, addr), "addr {:#x}", addr);
            }
        }
    }
}

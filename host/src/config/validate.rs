//! Pass 2: the rules of the spec that serde cannot express.

use std::collections::hash_map::Entry;
use std::net::Ipv4Addr;
use std::ops::Range;
use std::str::FromStr;

use foldhash::HashMap;
use toml::Spanned;

use super::error::Place;
use super::raw::{RawConfig, RawPort, Text};
use super::*;

pub(super) fn validate(raw: RawConfig<'_>, place: &Place<'_>) -> Result<Config, ConfigError> {
    let port = match raw.port {
        Some(port) => validate_port(port, place)?,
        None => {
            return Err(place.error(
                0..0,
                "port",
                "the [port] table is missing (it holds the appliance's mac)",
            ))
        }
    };

    let mut vifs: Vec<Vif> = Vec::with_capacity(raw.vif.len());
    // Where each VIF's name and VLAN were defined, to point at the first of a duplicate.
    let mut vif_spans: Vec<(Range<usize>, Range<usize>)> = Vec::with_capacity(raw.vif.len());
    // Maps rather than scans: a config may hold thousands of VIFs and 100,000 routes. Hashed
    // with foldhash: SipHash's resistance to chosen keys buys nothing against one's own
    // config, and it was a sixth of the time a large one took to load.
    let mut vif_index: HashMap<&str, usize> =
        HashMap::with_capacity_and_hasher(raw.vif.len(), Default::default());
    let mut vif_of_vlan: HashMap<u16, usize> =
        HashMap::with_capacity_and_hasher(raw.vif.len(), Default::default());
    for (i, raw) in raw.vif.iter().enumerate() {
        let field = |name: &str| format!("vif[{i}].{name}");

        check_name(&raw.name, &field("name"), place)?;
        if let Some(&first) = vif_index.get(raw.name.get_ref().as_str()) {
            return Err(place.error(
                raw.name.span(),
                &field("name"),
                &format!(
                    "duplicate VIF name `{}` (first defined at line {})",
                    raw.name.get_ref(),
                    place.line_of(vif_spans[first].0.start)
                ),
            ));
        }

        let kind: VifKind = parse_value(&raw.kind, &field("kind"), place)?;
        let vlan = check_vid(&raw.vlan, &field("vlan"), place)?;
        if let Some(&first) = vif_of_vlan.get(&vlan) {
            return Err(place.error(
                raw.vlan.span(),
                &field("vlan"),
                &format!(
                    "VLAN {vlan} is already used by VIF `{}` (line {})",
                    vifs[first].name,
                    place.line_of(vif_spans[first].1.start)
                ),
            ));
        }

        let mtu = match &raw.mtu {
            None => 1500,
            Some(mtu) => {
                let allowed = kind.allowed_mtus();
                match u16::try_from(*mtu.get_ref()) {
                    Ok(value) if allowed.contains(&value) => value,
                    _ => {
                        let list: Vec<String> = allowed.iter().map(u16::to_string).collect();
                        return Err(place.error(
                            mtu.span(),
                            &field("mtu"),
                            &format!(
                                "MTU {} is not allowed on a {kind} VIF (allowed: {})",
                                mtu.get_ref(),
                                list.join(", ")
                            ),
                        ));
                    }
                }
            }
        };

        let amazon_address = match &raw.amazon_address {
            None => None,
            Some(address) => Some(address.get_ref().as_str().parse::<Ipv4Addr>().map_err(
                |_| {
                    place.error(
                        address.span(),
                        &field("amazon_address"),
                        &format!("`{}` is not a dotted-quad IPv4 address", address.get_ref()),
                    )
                },
            )?),
        };

        let customer_mac = match &raw.customer_mac {
            None => None,
            Some(mac) => Some(parse_value::<MacAddr>(mac, &field("customer_mac"), place)?),
        };
        let customer_address = match &raw.customer_address {
            None => None,
            Some(address) => Some(parse_value::<InterfaceAddress>(
                address,
                &field("customer_address"),
                place,
            )?),
        };
        if let (Some(amazon), Some(customer), Some(raw_amazon)) =
            (amazon_address, customer_address, &raw.amazon_address)
        {
            let subnet = customer.subnet();
            if !subnet.contains(u32::from(amazon)) {
                return Err(place.error(
                    raw_amazon.span(),
                    &field("amazon_address"),
                    &format!(
                        "amazon_address {amazon} is outside the peering subnet {subnet} of customer_address {customer}"
                    ),
                ));
            }
            if amazon == customer.addr {
                return Err(place.error(
                    raw_amazon.span(),
                    &field("amazon_address"),
                    &format!("amazon_address {amazon} is the customer's own address (customer_address {customer})"),
                ));
            }
        }
        let asn = match &raw.asn {
            None => None,
            Some(asn) => Some(check_asn(asn, &field("asn"), place)?),
        };
        let amazon_asn = match &raw.amazon_asn {
            None => kind.default_amazon_asn(),
            Some(asn) => check_asn(asn, &field("amazon_asn"), place)?,
        };
        let auth_key = match &raw.auth_key {
            None => None,
            Some(key) => {
                let chars = key.get_ref().as_str().chars().count();
                let printable = key.get_ref().as_str().chars().all(|c| c.is_ascii_graphic());
                if !AUTH_KEY_LEN.contains(&chars) || !printable {
                    return Err(place.error(
                        key.span(),
                        &field("auth_key"),
                        &format!(
                            "the BGP MD5 key must be {} to {} printable ASCII characters without spaces (it has {chars} characters{})",
                            AUTH_KEY_LEN.start(),
                            AUTH_KEY_LEN.end(),
                            if printable { "" } else { ", not all of them printable" }
                        ),
                    ));
                }
                Some(key.get_ref().to_string())
            }
        };
        let bfd = raw.bfd.as_ref().is_some_and(|b| *b.get_ref());

        vif_spans.push((raw.name.span(), raw.vlan.span()));
        vif_index.insert(raw.name.get_ref().as_str(), vifs.len());
        vif_of_vlan.insert(vlan, vifs.len());
        vifs.push(Vif {
            name: raw.name.get_ref().to_string(),
            kind,
            vlan,
            mtu,
            amazon_address,
            customer_mac,
            customer_address,
            asn,
            amazon_asn,
            auth_key,
            bfd,
        });
    }

    let mut targets: Vec<Target> = Vec::with_capacity(raw.target.len());
    let mut target_name_spans: Vec<Range<usize>> = Vec::with_capacity(raw.target.len());
    let mut target_index: HashMap<&str, usize> =
        HashMap::with_capacity_and_hasher(raw.target.len(), Default::default());
    for (i, raw) in raw.target.iter().enumerate() {
        let field = |name: &str| format!("target[{i}].{name}");

        check_name(&raw.name, &field("name"), place)?;
        if RESERVED_TARGET_NAMES.contains(&raw.name.get_ref().as_str()) {
            return Err(place.error(
                raw.name.span(),
                &field("name"),
                &format!(
                    "target name `{}` is reserved: `dxedge replay` writes {}.{} itself",
                    raw.name.get_ref(),
                    raw.name.get_ref(),
                    match raw.name.get_ref().as_str() {
                        "drops" => "pcapng",
                        "counters" | "run" => "json",
                        _ => "pcap",
                    }
                ),
            ));
        }
        if let Some(&first) = target_index.get(raw.name.get_ref().as_str()) {
            return Err(place.error(
                raw.name.span(),
                &field("name"),
                &format!(
                    "duplicate target name `{}` (first defined at line {})",
                    raw.name.get_ref(),
                    place.line_of(target_name_spans[first].start)
                ),
            ));
        }
        let mac: MacAddr = parse_value(&raw.mac, &field("mac"), place)?;
        let vlan = match &raw.vlan {
            None => None,
            Some(vlan) => {
                let vid = check_vid(vlan, &field("vlan"), place)?;
                // The to-customer direction knows a target by the VID its frames carry.
                if let Some(first) = targets.iter().position(|t| t.vlan == Some(vid)) {
                    return Err(place.error(
                        vlan.span(),
                        &field("vlan"),
                        &format!(
                            "VLAN {vid} is already used by target `{}` (line {}); target VLANs identify the target on the AWS side",
                            targets[first].name,
                            place.line_of(target_name_spans[first].start)
                        ),
                    ));
                }
                Some(vid)
            }
        };
        let address = match &raw.address {
            None => None,
            Some(address) => Some(parse_value::<InterfaceAddress>(
                address,
                &field("address"),
                place,
            )?),
        };
        target_name_spans.push(raw.name.span());
        target_index.insert(raw.name.get_ref().as_str(), targets.len());
        targets.push(Target {
            name: raw.name.get_ref().to_string(),
            mac,
            vlan,
            address,
        });
    }

    let mut routes: Vec<Route> = Vec::with_capacity(raw.route.len());
    // Where each (VIF, prefix) was first routed: its line is only looked up for an error.
    let mut route_at: HashMap<u64, usize> =
        HashMap::with_capacity_and_hasher(raw.route.len(), Default::default());
    for (i, raw) in raw.route.into_iter().enumerate() {
        let field = |name: &str| format!("route[{i}].{name}");

        let vif = vif_index
            .get(raw.vif.get_ref().as_str())
            .copied()
            .ok_or_else(|| {
                place.error(
                    raw.vif.span(),
                    &field("vif"),
                    &format!("no VIF is named `{}`", raw.vif.get_ref()),
                )
            })?;
        // Not parse_value: its field name would be formatted for every route.
        let prefix: Ipv4Prefix = raw
            .prefix
            .get_ref()
            .as_str()
            .parse()
            .map_err(|e: ValueError| place.error(raw.prefix.span(), &field("prefix"), &e.0))?;
        let target = target_index
            .get(raw.target.get_ref().as_str())
            .copied()
            .ok_or_else(|| {
                place.error(
                    raw.target.span(),
                    &field("target"),
                    &format!("no target is named `{}`", raw.target.get_ref()),
                )
            })?;
        claim_route(
            &mut route_at,
            (vif, prefix),
            (raw.vif.get_ref().as_str(), raw.prefix.span()),
            "route",
            &field("prefix"),
            place,
        )?;
        routes.push(Route {
            vif,
            prefix,
            target,
        });
    }

    let mut customer_routes: Vec<CustomerRoute> = Vec::with_capacity(raw.customer_route.len());
    // Where each (VIF, prefix) was first advertised, as for the routes above.
    let mut customer_route_at: HashMap<u64, usize> =
        HashMap::with_capacity_and_hasher(raw.customer_route.len(), Default::default());
    for (i, raw) in raw.customer_route.into_iter().enumerate() {
        let field = |name: &str| format!("customer_route[{i}].{name}");
        let vif = vif_index
            .get(raw.vif.get_ref().as_str())
            .copied()
            .ok_or_else(|| {
                place.error(
                    raw.vif.span(),
                    &field("vif"),
                    &format!("no VIF is named `{}`", raw.vif.get_ref()),
                )
            })?;
        if vifs[vif].customer_mac.is_none() {
            return Err(place.error(
                raw.vif.span(),
                &field("vif"),
                &format!(
                    "VIF `{}` has no customer_mac, which frames sent to the customer on it need",
                    raw.vif.get_ref()
                ),
            ));
        }
        let prefix: Ipv4Prefix = raw
            .prefix
            .get_ref()
            .as_str()
            .parse()
            .map_err(|e: ValueError| place.error(raw.prefix.span(), &field("prefix"), &e.0))?;
        let preference = match &raw.preference {
            None => Preference::default(),
            Some(preference) => parse_value(preference, &field("preference"), place)?,
        };
        claim_route(
            &mut customer_route_at,
            (vif, prefix),
            (raw.vif.get_ref().as_str(), raw.prefix.span()),
            "customer route",
            &field("prefix"),
            place,
        )?;
        customer_routes.push(CustomerRoute {
            vif,
            prefix,
            preference,
        });
    }

    Ok(Config {
        port,
        vifs,
        targets,
        routes,
        customer_routes,
    })
}

/// A (VIF, prefix) pair as one number, to hash as one word: a VIF index is below 4094 (one
/// VLAN each), then 32 bits of address and 8 of length.
fn route_key(vif: usize, prefix: Ipv4Prefix) -> u64 {
    (vif as u64) << 40 | u64::from(u32::from(prefix.addr)) << 8 | u64::from(prefix.len)
}

/// Note where a (VIF, prefix) of `kind` is first given (the VIF by name, the prefix by its
/// span); a second one is an error naming the line of the first.
fn claim_route(
    first_at: &mut HashMap<u64, usize>,
    (vif, prefix): (usize, Ipv4Prefix),
    (vif_name, span): (&str, Range<usize>),
    kind: &str,
    field: &str,
    place: &Place<'_>,
) -> Result<(), ConfigError> {
    match first_at.entry(route_key(vif, prefix)) {
        Entry::Vacant(slot) => {
            slot.insert(span.start);
            Ok(())
        }
        Entry::Occupied(first) => Err(place.error(
            span,
            field,
            &format!(
                "VIF `{vif_name}` already has a {kind} for {prefix} (line {})",
                place.line_of(*first.get())
            ),
        )),
    }
}

fn validate_port(raw: RawPort<'_>, place: &Place<'_>) -> Result<Port, ConfigError> {
    let speed = match &raw.speed {
        None => Speed::default(),
        Some(speed) => parse_value(speed, "port.speed", place)?,
    };
    let mac = parse_value(&raw.mac, "port.mac", place)?;
    Ok(Port { speed, mac })
}

/// Parse a string value with `FromStr`, pointing at it on failure.
fn parse_value<T>(
    value: &Spanned<Text<'_>>,
    field: &str,
    place: &Place<'_>,
) -> Result<T, ConfigError>
where
    T: FromStr<Err = ValueError>,
{
    value
        .get_ref()
        .as_str()
        .parse()
        .map_err(|e: ValueError| place.error(value.span(), field, &e.0))
}

/// A VID must be 1..=4094: 0 marks priority-tagged frames and 4095 is reserved.
fn check_vid(value: &Spanned<i64>, field: &str, place: &Place<'_>) -> Result<u16, ConfigError> {
    match u16::try_from(*value.get_ref()) {
        Ok(vid) if (VID_MIN..=VID_MAX).contains(&vid) => Ok(vid),
        _ => Err(place.error(
            value.span(),
            field,
            &format!(
                "VLAN {} is out of range (802.1Q VIDs are {VID_MIN} to {VID_MAX})",
                value.get_ref()
            ),
        )),
    }
}

/// A BGP ASN: 1 to 4294967294 (0 and 4294967295 are reserved, RFC 7607 and RFC 7300).
fn check_asn(value: &Spanned<i64>, field: &str, place: &Place<'_>) -> Result<u32, ConfigError> {
    match u32::try_from(*value.get_ref()) {
        Ok(asn) if (1..=ASN_MAX).contains(&asn) => Ok(asn),
        _ => Err(place.error(
            value.span(),
            field,
            &format!("ASN {} is out of range (1 to {ASN_MAX})", value.get_ref()),
        )),
    }
}

/// Names become file names (`<target>.pcap`) and JSON keys: 1 to 32 of `[a-z0-9_-]`.
fn check_name(name: &Spanned<Text<'_>>, field: &str, place: &Place<'_>) -> Result<(), ConfigError> {
    let value = name.get_ref().as_str();
    let ok_chars = value
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
    if value.is_empty() || value.len() > NAME_MAX || !ok_chars {
        return Err(place.error(
            name.span(),
            field,
            &format!(
                "name `{value}` is not 1 to {NAME_MAX} characters of lowercase letters, digits, `_` and `-`"
            ),
        ));
    }
    Ok(())
}

use super::values::{careful_prefix, prefix_from_bytes};
use super::*;
use proptest::prelude::*;

/// The example of the spec, whole.
const SPEC_EXAMPLE: &str = r#"
[port]                            # required
speed = "10g"
mac = "02:00:5e:00:00:01"

[[vif]]
name = "corp-private"
kind = "private"
vlan = 101
mtu = 9001
amazon_address = "169.254.10.1"

[[target]]
name = "vpc-a"
mac = "02:aa:00:00:00:0a"
vlan = 2001

[[route]]
vif = "corp-private"
prefix = "10.1.0.0/16"
target = "vpc-a"
"#;

fn parse(text: &str) -> Result<Config, ConfigError> {
    Config::parse(text, "appliance.toml")
}

fn err(text: &str) -> ConfigError {
    match parse(text) {
        Ok(config) => panic!("accepted a bad config: {config:?}\n{text}"),
        Err(e) => e,
    }
}

#[test]
fn the_spec_example_parses_to_what_it_says() {
    let config = parse(SPEC_EXAMPLE).expect("the spec's example is valid");
    assert_eq!(
        config,
        Config {
            port: Port {
                speed: Speed::G10,
                mac: MacAddr([0x02, 0x00, 0x5e, 0x00, 0x00, 0x01]),
            },
            vifs: vec![Vif {
                name: "corp-private".into(),
                kind: VifKind::Private,
                vlan: 101,
                mtu: 9001,
                amazon_address: Some(Ipv4Addr::new(169, 254, 10, 1)),
                customer_mac: None,
                customer_address: None,
                asn: None,
                amazon_asn: 64512,
                auth_key: None,
                bfd: false,
            }],
            targets: vec![Target {
                name: "vpc-a".into(),
                mac: MacAddr([0x02, 0xaa, 0, 0, 0, 0x0a]),
                vlan: Some(2001),
                address: None,
            }],
            routes: vec![Route {
                vif: 0,
                prefix: Ipv4Prefix {
                    addr: Ipv4Addr::new(10, 1, 0, 0),
                    len: 16
                },
                target: 0,
            }],
            customer_routes: vec![],
        }
    );
    assert_eq!(config.vif_by_vlan(101), Some(0));
    assert_eq!(config.vif_by_vlan(102), None);
}

#[test]
fn optional_fields_take_the_spec_defaults() {
    let config = parse(
        "[port]\nmac = \"02:00:5E:00:00:01\"\n[[vif]]\nname = \"v\"\nkind = \"public\"\nvlan = 7\n\
             [[target]]\nname = \"t\"\nmac = \"02:AA:bb:cc:dd:EE\"\n",
    )
    .expect("valid");
    assert_eq!(config.port.speed, Speed::G10);
    assert_eq!(config.port.mac.to_string(), "02:00:5e:00:00:01");
    assert_eq!(config.vifs[0].mtu, 1500);
    assert_eq!(config.vifs[0].amazon_address, None);
    assert_eq!(config.targets[0].vlan, None);
    assert_eq!(config.targets[0].mac.to_string(), "02:aa:bb:cc:dd:ee");
    assert!(config.routes.is_empty());
}

#[test]
fn a_port_alone_is_a_valid_config_and_100g_is_read() {
    let config = parse("[port]\nspeed = \"100g\"\nmac = \"00:00:00:00:00:00\"\n").expect("valid");
    assert_eq!(config.port.speed, Speed::G100);
    assert!(config.vifs.is_empty() && config.targets.is_empty());
}

#[test]
fn vif_and_target_names_are_separate_namespaces() {
    let config = parse(
            "[port]\nmac = \"02:00:00:00:00:01\"\n[[vif]]\nname = \"x\"\nkind = \"private\"\nvlan = 1\n\
             [[target]]\nname = \"x\"\nmac = \"02:00:00:00:00:02\"\n\
             [[route]]\nvif = \"x\"\nprefix = \"0.0.0.0/0\"\ntarget = \"x\"\n",
        )
        .expect("a VIF and a target may share a name");
    assert_eq!(config.routes[0].vif, 0);
    assert_eq!(config.routes[0].target, 0);
}

#[test]
fn the_same_prefix_in_two_vifs_is_fine_and_nested_prefixes_too() {
    let text = "[port]\nmac = \"02:00:00:00:00:01\"\n\
            [[vif]]\nname = \"a\"\nkind = \"private\"\nvlan = 1\n\
            [[vif]]\nname = \"b\"\nkind = \"transit\"\nvlan = 4094\nmtu = 8500\n\
            [[target]]\nname = \"t\"\nmac = \"02:00:00:00:00:02\"\nvlan = 1\n\
            [[route]]\nvif = \"a\"\nprefix = \"10.0.0.0/8\"\ntarget = \"t\"\n\
            [[route]]\nvif = \"b\"\nprefix = \"10.0.0.0/8\"\ntarget = \"t\"\n\
            [[route]]\nvif = \"a\"\nprefix = \"10.1.0.0/16\"\ntarget = \"t\"\n\
            [[route]]\nvif = \"a\"\nprefix = \"10.1.2.3/32\"\ntarget = \"t\"\n";
    let config = parse(text).expect("valid");
    assert_eq!(config.routes.len(), 4);
    assert_eq!(config.routes[1].vif, 1);
}

/// A valid base config that each case below breaks in one place. Line numbers: `[port]`
/// is line 1, the VIF's vlan is line 7, the target's mac line 13, the route's prefix line 18.
const BASE: &str = "[port]
speed = \"10g\"
mac = \"02:00:5e:00:00:01\"
[[vif]]
name = \"corp\"
kind = \"private\"
vlan = 101
mtu = 9001
amazon_address = \"169.254.10.1\"
[[target]]
name = \"vpc-a\"
mac = \"02:aa:00:00:00:0a\"
vlan = 2001
[[route]]
vif = \"corp\"
target = \"vpc-a\"
# the prefix
prefix = \"10.1.0.0/16\"
";

/// Every rule of the spec's config section, each broken once: (what, config text,
/// expected line, expected field, words the message must hold). One case a line.
#[rustfmt::skip]
fn broken_configs() -> Vec<(&'static str, String, usize, &'static str, &'static str)> {
    let with = |from: &str, to: &str| {
        assert!(BASE.contains(from), "{from}");
        BASE.replacen(from, to, 1)
    };
    let extra_vif = |vif: &str| format!("{BASE}[[vif]]\n{vif}");
    vec![
        ("missing port", BASE.replacen("[port]\nspeed = \"10g\"\nmac = \"02:00:5e:00:00:01\"\n", "", 1), 1, "port", "[port] table is missing"),
        ("missing mac", with("mac = \"02:00:5e:00:00:01\"\n", ""), 1, "port.mac", "missing field `mac`"),
        ("bad speed", with("\"10g\"", "\"40g\""), 2, "port.speed", "not a speed"),
        ("bad port mac", with("02:00:5e:00:00:01", "02:00:5e:00:00"), 3, "port.mac", "not a MAC address"),
        ("mac with dashes", with("02:00:5e:00:00:01", "02-00-5e-00-00-01"), 3, "port.mac", "not a MAC address"),
        ("mac with a bad digit", with("02:00:5e:00:00:01", "02:00:5e:00:00:0g"), 3, "port.mac", "not a MAC address"),
        ("unknown key in port", with("speed = \"10g\"", "sped = \"10g\""), 2, "port.sped", "unknown field `sped`"),
        ("unknown top-level table", format!("{BASE}[[vifs]]\nname = \"x\"\n"), 19, "vifs[0]", "unknown field `vifs`"),
        ("unknown key in vif", with("mtu = 9001", "mtu = 9001\ncolour = \"red\""), 9, "vif[0].colour", "unknown field `colour`"),
        ("vlan as a string", with("vlan = 101", "vlan = \"101\""), 7, "vif[0].vlan", "invalid type"),
        ("vif name with uppercase", with("name = \"corp\"", "name = \"Corp\""), 5, "vif[0].name", "lowercase letters"),
        ("empty vif name", with("name = \"corp\"", "name = \"\""), 5, "vif[0].name", "1 to 32"),
        ("vif name of 33 characters", with("name = \"corp\"", &format!("name = \"{}\"", "a".repeat(33))), 5, "vif[0].name", "1 to 32"),
        ("vif name with a dot", with("name = \"corp\"", "name = \"co.rp\""), 5, "vif[0].name", "lowercase letters"),
        ("unknown kind", with("kind = \"private\"", "kind = \"hosted\""), 6, "vif[0].kind", "not a VIF kind"),
        ("vlan 0", with("vlan = 101", "vlan = 0"), 7, "vif[0].vlan", "out of range"),
        ("vlan 4095", with("vlan = 101", "vlan = 4095"), 7, "vif[0].vlan", "out of range"),
        ("negative vlan", with("vlan = 101", "vlan = -1"), 7, "vif[0].vlan", "out of range"),
        ("private mtu 1400", with("mtu = 9001", "mtu = 1400"), 8, "vif[0].mtu", "MTU 1400 is not allowed on a private VIF (allowed: 1500, 8500, 9001)"),
        ("public mtu 9001", with("kind = \"private\"", "kind = \"public\""), 8, "vif[0].mtu", "MTU 9001 is not allowed on a public VIF"),
        ("transit mtu 9001", with("kind = \"private\"", "kind = \"transit\""), 8, "vif[0].mtu", "allowed: 1500, 8500"),
        ("mtu 70000", with("mtu = 9001", "mtu = 70000"), 8, "vif[0].mtu", "not allowed"),
        ("bad amazon address", with("169.254.10.1", "169.254.10"), 9, "vif[0].amazon_address", "not a dotted-quad"),
        ("duplicate vif name", extra_vif("name = \"corp\"\nkind = \"public\"\nvlan = 102\n"), 20, "vif[1].name", "duplicate VIF name `corp` (first defined at line 5)"),
        ("duplicate vlan", extra_vif("name = \"other\"\nkind = \"public\"\nvlan = 101\n"), 22, "vif[1].vlan", "VLAN 101 is already used by VIF `corp` (line 7)"),
        ("vif missing vlan", extra_vif("name = \"other\"\nkind = \"public\"\n"), 19, "vif[1].vlan", "missing field `vlan`"),
        ("reserved target name punt", with("name = \"vpc-a\"", "name = \"punt\""), 11, "target[0].name", "reserved"),
        ("reserved target name counters", with("name = \"vpc-a\"", "name = \"counters\""), 11, "target[0].name", "reserved"),
        ("reserved target name drops", with("name = \"vpc-a\"", "name = \"drops\""), 11, "target[0].name", "drops.pcapng"),
        ("reserved target name run", with("name = \"vpc-a\"", "name = \"run\""), 11, "target[0].name", "reserved"),
        ("target name with a slash", with("name = \"vpc-a\"", "name = \"../a\""), 11, "target[0].name", "lowercase letters"),
        ("duplicate target name", format!("{BASE}[[target]]\nname = \"vpc-a\"\nmac = \"02:00:00:00:00:02\"\n"), 20, "target[1].name", "duplicate target name `vpc-a` (first defined at line 11)"),
        ("bad target mac", with("02:aa:00:00:00:0a", "02:aa:00:00:00:0a:00"), 12, "target[0].mac", "not a MAC address"),
        ("target vlan 4095", with("vlan = 2001", "vlan = 4095"), 13, "target[0].vlan", "out of range"),
        ("route to an unknown vif", with("vif = \"corp\"", "vif = \"corp2\""), 15, "route[0].vif", "no VIF is named `corp2`"),
        ("route to an unknown target", with("target = \"vpc-a\"", "target = \"vpc-b\""), 16, "route[0].target", "no target is named `vpc-b`"),
        ("host bits set", with("10.1.0.0/16", "10.1.0.1/16"), 18, "route[0].prefix", "host bits are set (the network is 10.1.0.0/16)"),
        ("prefix /33", with("10.1.0.0/16", "10.1.0.0/33"), 18, "route[0].prefix", "0 to 32"),
        ("prefix without length", with("10.1.0.0/16", "10.1.0.0"), 18, "route[0].prefix", "a slash and a length"),
        ("prefix with a plus", with("10.1.0.0/16", "10.1.0.0/+8"), 18, "route[0].prefix", "0 to 32"),
        ("prefix not an address", with("10.1.0.0/16", "10.1.0/16"), 18, "route[0].prefix", "dotted-quad"),
        ("same prefix twice in one vif", format!("{BASE}[[route]]\nvif = \"corp\"\nprefix = \"10.1.0.0/16\"\ntarget = \"vpc-a\"\n"), 21, "route[1].prefix", "VIF `corp` already has a route for 10.1.0.0/16 (line 18)"),
        ("route missing target", format!("{BASE}[[route]]\nvif = \"corp\"\nprefix = \"10.2.0.0/16\"\n"), 19, "route[1].target", "missing field `target`"),
        ("duplicate key", with("kind = \"private\"", "kind = \"private\"\nkind = \"public\""), 7, "vif[0].kind", "duplicate key"),
        ("syntax error", with("[[target]]", "[[target]"), 10, "target[0]", "expected `]`"),
        ("syntax error in a value", with("vlan = 2001", "vlan = 20 01"), 13, "target[0].vlan", ""),
    ]
}

#[test]
fn every_rule_of_the_spec_is_an_error_naming_the_file_line_and_field() {
    for (what, text, line, field, words) in broken_configs() {
        let e = err(&text);
        assert_eq!(e.origin(), "appliance.toml", "{what}");
        assert_eq!(e.line(), Some(line), "{what}: {e}");
        assert_eq!(e.field(), Some(field), "{what}: {e}");
        assert!(e.message().contains(words), "{what}: {e}");
        let shown = e.to_string();
        assert!(!shown.contains('\n'), "{what}: one line: {shown}");
        assert!(
            shown.starts_with(&format!("appliance.toml:{line}:")),
            "{what}: {shown}"
        );
        assert!(
            shown.contains(&format!("(field `{field}`)")),
            "{what}: {shown}"
        );
    }
}

/// A v2 config: both directions, BGP keys, customer routes.
const V2: &str = r#"
[port]
mac = "02:00:5e:00:00:01"

[[vif]]
name = "corp"
kind = "private"
vlan = 101
mtu = 8500
amazon_address = "169.254.10.1"
customer_address = "169.254.10.2/30"
customer_mac = "02:cc:00:00:00:01"
asn = 65010
auth_key = "s3cret-key"
bfd = true

[[vif]]
name = "pub"
kind = "public"
vlan = 202
customer_mac = "02:cc:00:00:00:02"

[[target]]
name = "vpc-a"
mac = "02:aa:00:00:00:0a"
vlan = 2001
address = "10.1.255.254/16"

[[route]]
vif = "corp"
prefix = "10.1.0.0/16"
target = "vpc-a"

[[customer_route]]
vif = "corp"
prefix = "192.168.0.0/16"
preference = "high"

[[customer_route]]
vif = "pub"
prefix = "192.168.0.0/16"
"#;

#[test]
fn a_v2_config_takes_the_fast_reader() {
    // What `to_toml` writes must not fall back to the toml crate: that is what keeps
    // large configs fast.
    let config = parse(V2).expect("valid");
    assert!(fast::parse::<RawConfig>(V2).is_some());
    assert!(fast::parse::<RawConfig>(&config.to_toml()).is_some());
    let scale = Config {
        customer_routes: config.customer_routes.clone(),
        ..config.clone()
    };
    assert!(fast::parse::<RawConfig>(&scale.to_toml()).is_some());
}

#[test]
fn a_v2_config_reads_every_new_key() {
    let config = parse(V2).expect("valid v2 config");
    let corp = &config.vifs[0];
    assert_eq!(corp.mtu, 8500);
    assert_eq!(corp.customer_mac, Some(MacAddr([2, 0xcc, 0, 0, 0, 1])));
    assert_eq!(
        corp.customer_address,
        Some(InterfaceAddress {
            addr: Ipv4Addr::new(169, 254, 10, 2),
            len: 30
        })
    );
    assert_eq!(corp.asn, Some(65010));
    assert_eq!(corp.amazon_asn, 64512);
    assert_eq!(corp.auth_key.as_deref(), Some("s3cret-key"));
    assert!(corp.bfd);
    assert_eq!(
        config.vifs[1].amazon_asn, 7224,
        "public VIFs default to 7224"
    );
    assert!(!config.vifs[1].bfd);
    assert_eq!(
        config.targets[0].address.map(|a| a.to_string()),
        Some("10.1.255.254/16".to_string())
    );
    assert_eq!(
        config.customer_routes,
        vec![
            CustomerRoute {
                vif: 0,
                prefix: "192.168.0.0/16".parse().expect("prefix"),
                preference: Preference::High
            },
            CustomerRoute {
                vif: 1,
                prefix: "192.168.0.0/16".parse().expect("prefix"),
                preference: Preference::Medium
            },
        ]
    );
    assert_eq!(config.targets_of_vif(0), vec![0]);
    assert_eq!(config.targets_of_vif(1), Vec::<usize>::new());
    assert_eq!(config.target_by_vlan(2001), Some(0));
    assert_eq!(Config::parse(&config.to_toml(), "again.toml"), Ok(config));
}

/// The v2 rules, each broken once in [`V2`]: (what, text, line, field, words).
fn broken_v2_configs() -> Vec<(&'static str, String, usize, &'static str, &'static str)> {
    let with = |from: &str, to: &str| {
        assert!(V2.contains(from), "{from}");
        V2.replacen(from, to, 1)
    };
    vec![
        (
            "customer route without customer_mac",
            with("customer_mac = \"02:cc:00:00:00:02\"\n", ""),
            39,
            "customer_route[1].vif",
            "VIF `pub` has no customer_mac",
        ),
        (
            "same customer prefix twice on a VIF",
            format!("{V2}[[customer_route]]\nvif = \"corp\"\nprefix = \"192.168.0.0/16\"\n"),
            44,
            "customer_route[2].prefix",
            "VIF `corp` already has a customer route for 192.168.0.0/16 (line 36)",
        ),
        (
            "customer route to an unknown vif",
            with("vif = \"pub\"\nprefix", "vif = \"pubx\"\nprefix"),
            40,
            "customer_route[1].vif",
            "no VIF is named `pubx`",
        ),
        (
            "customer prefix with host bits",
            with(
                "prefix = \"192.168.0.0/16\"\npreference",
                "prefix = \"192.168.0.1/16\"\npreference",
            ),
            36,
            "customer_route[0].prefix",
            "host bits are set",
        ),
        (
            "bad preference",
            with("\"high\"", "\"highest\""),
            37,
            "customer_route[0].preference",
            "not a preference",
        ),
        (
            "two targets with one vlan",
            format!("{V2}[[target]]\nname = \"vpc-b\"\nmac = \"02:aa:00:00:00:0b\"\nvlan = 2001\n"),
            45,
            "target[1].vlan",
            "VLAN 2001 is already used by target `vpc-a` (line 24)",
        ),
        (
            "a target named customer",
            with("name = \"vpc-a\"", "name = \"customer\""),
            24,
            "target[0].name",
            "customer.pcap",
        ),
        (
            "amazon_address outside the subnet",
            with("169.254.10.2/30", "169.254.11.2/30"),
            10,
            "vif[0].amazon_address",
            "outside the peering subnet 169.254.11.0/30",
        ),
        (
            "amazon_address equal to the customer's",
            with("169.254.10.2/30", "169.254.10.1/30"),
            10,
            "vif[0].amazon_address",
            "the customer's own address",
        ),
        (
            "bad customer_address",
            with("169.254.10.2/30", "169.254.10.2"),
            11,
            "vif[0].customer_address",
            "not an interface address",
        ),
        (
            "bad customer_mac",
            with("02:cc:00:00:00:01", "02:cc:00:00:01"),
            12,
            "vif[0].customer_mac",
            "not a MAC address",
        ),
        (
            "asn 0",
            with("asn = 65010", "asn = 0"),
            13,
            "vif[0].asn",
            "ASN 0 is out of range",
        ),
        (
            "asn 2^32-1",
            with("asn = 65010", "asn = 4294967295"),
            13,
            "vif[0].asn",
            "out of range",
        ),
        (
            "amazon_asn negative",
            with("asn = 65010", "asn = 65010\namazon_asn = -5"),
            14,
            "vif[0].amazon_asn",
            "out of range",
        ),
        (
            "auth_key too short",
            with("s3cret-key", "short"),
            14,
            "vif[0].auth_key",
            "6 to 80",
        ),
        (
            "auth_key too long",
            with("s3cret-key", &"k".repeat(81)),
            14,
            "vif[0].auth_key",
            "it has 81 characters",
        ),
        (
            "auth_key with a space",
            with("s3cret-key", "s3cret key"),
            14,
            "vif[0].auth_key",
            "not all of them printable",
        ),
        (
            "bfd not a bool",
            with("bfd = true", "bfd = \"yes\""),
            15,
            "vif[0].bfd",
            "invalid type",
        ),
        (
            "bad target address",
            with("10.1.255.254/16", "10.1.255.254/40"),
            27,
            "target[0].address",
            "0 to 32",
        ),
        (
            "unknown key in customer_route",
            with("preference = \"high\"", "pref = \"high\""),
            37,
            "customer_route[0].pref",
            "unknown field `pref`",
        ),
    ]
}

#[test]
fn every_v2_rule_is_an_error_naming_the_file_line_and_field() {
    for (what, text, line, field, words) in broken_v2_configs() {
        let e = err(&text);
        assert_eq!(e.line(), Some(line), "{what}: {e}");
        assert_eq!(e.field(), Some(field), "{what}: {e}");
        assert!(e.message().contains(words), "{what}: {e}");
        assert!(!e.to_string().contains('\n'), "{what}: one line: {e}");
    }
}

#[test]
fn error_messages_read_well() {
    let shown: Vec<String> = broken_configs()
        .into_iter()
        .map(|(what, text, ..)| format!("{what}:\n  {}", err(&text)))
        .collect();
    insta::assert_snapshot!(shown.join("\n"));
}

#[test]
fn columns_count_characters_from_one() {
    let e = err(&BASE.replacen("vlan = 101", "vlan =    0", 1));
    assert_eq!((e.line(), e.column()), (Some(7), Some(11)));
    let e = err(&BASE.replacen("name = \"corp\"", "name = \"c\u{e9}rp\"", 1));
    assert_eq!((e.line(), e.column()), (Some(5), Some(8)));
}

#[test]
fn inline_tables_are_read_and_their_errors_placed() {
    let text = "port = { mac = \"02:00:00:00:00:01\" }\nvif = [ { name = \"a\", kind = \"private\", vlan = 5000 } ]\n";
    let e = err(text);
    assert_eq!(e.line(), Some(2));
    assert_eq!(e.field(), Some("vif[0].vlan"));
}

#[test]
fn load_names_the_path_and_reads_files() {
    let dir = std::env::temp_dir().join(format!("dxedge-config-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let good = dir.join("good.toml");
    std::fs::write(&good, SPEC_EXAMPLE).expect("write");
    assert_eq!(Config::load(&good).expect("valid").vifs.len(), 1);

    let bad = dir.join("bad.toml");
    std::fs::write(&bad, BASE.replacen("vlan = 101", "vlan = 0", 1)).expect("write");
    let e = Config::load(&bad).expect_err("invalid");
    assert!(
        e.to_string()
            .starts_with(&format!("{}:7:8:", bad.display())),
        "{e}"
    );

    let latin1 = dir.join("latin1.toml");
    std::fs::write(&latin1, b"[port]\nmac = \"\xe9\"\n").expect("write");
    let e = Config::load(&latin1).expect_err("not UTF-8");
    assert_eq!(e.line(), Some(2), "{e}");
    assert!(e.message().contains("UTF-8"));

    let missing = dir.join("missing.toml");
    let e = Config::load(&missing).expect_err("no file");
    assert!(
        e.to_string()
            .starts_with(&format!("{}: cannot read", missing.display())),
        "{e}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Strings the toml crate has to unescape arrive owned rather than borrowed from the
/// text; they name VIFs and targets all the same.
#[test]
fn escaped_names_find_their_vifs_and_targets() {
    let plain = parse(SPEC_EXAMPLE).expect("valid");
    let escaped = SPEC_EXAMPLE
        .replace("vif = \"corp-private\"", "vif = \"corp-priv\\u0061te\"")
        .replace("target = \"vpc-a\"", "target = \"vpc\\u002da\"");
    assert_ne!(escaped, SPEC_EXAMPLE);
    assert_eq!(parse(&escaped), Ok(plain));
}

#[test]
fn prefixes_parse_mask_and_contain() {
    let p: Ipv4Prefix = "10.1.0.0/16".parse().expect("valid");
    assert_eq!(p.network(), 0x0a01_0000);
    assert!(p.contains(0x0a01_ffff) && !p.contains(0x0a02_0000));
    let all: Ipv4Prefix = "0.0.0.0/0".parse().expect("valid");
    assert!(all.contains(0) && all.contains(u32::MAX));
    let host: Ipv4Prefix = "255.255.255.255/32".parse().expect("valid");
    assert!(host.contains(u32::MAX) && !host.contains(u32::MAX - 1));
    assert_eq!(host.to_string(), "255.255.255.255/32");
    assert_eq!(Ipv4Prefix::new(Ipv4Addr::new(10, 1, 0, 1), 16), None);
    assert_eq!(Ipv4Prefix::new(Ipv4Addr::new(10, 1, 0, 0), 33), None);
    for bad in [
        "10.1.0.0/",
        "/16",
        "10.1.0.0/016",
        "10.1.0.0/-1",
        "10.1.0.0 /16",
        "10.1.0.0/16/1",
        "256.0.0.0/8",
        "10.01.0.0/16",
        "10.1.0.0/16 ",
    ] {
        assert!(bad.parse::<Ipv4Prefix>().is_err(), "{bad}");
    }
}

#[test]
fn macs_parse_in_either_case_and_display_lowercase() {
    let mac: MacAddr = "0A:bB:cc:DD:ee:FF".parse().expect("valid");
    assert_eq!(mac.0, [0x0a, 0xbb, 0xcc, 0xdd, 0xee, 0xff]);
    assert_eq!(mac.to_string(), "0a:bb:cc:dd:ee:ff");
    for bad in [
        "",
        "0a:bb:cc:dd:ee",
        "0a:bb:cc:dd:ee:ff:00",
        "a:bb:cc:dd:ee:ff",
        "0a:bb:cc:dd:ee:+f",
        "0abbccddeeff",
    ] {
        assert!(bad.parse::<MacAddr>().is_err(), "{bad}");
    }
}

fn arb_name() -> impl Strategy<Value = String> {
    "[a-z0-9_-]{1,32}"
}

prop_compose! {
    fn arb_config()(
        speed in prop_oneof![Just(Speed::G10), Just(Speed::G100)],
        port_mac in any::<[u8; 6]>(),
        vifs in proptest::collection::vec(
            (arb_name(), 0usize..3, 1u16..=4094, any::<bool>(), proptest::option::of(any::<[u8; 4]>()),
             proptest::option::of(any::<[u8; 6]>()), proptest::option::of((1u32..=ASN_MAX, "[!-~]{6,80}", any::<bool>()))), 0..6),
        targets in proptest::collection::vec(
            (arb_name(), any::<[u8; 6]>(), proptest::option::of(1u16..=4094), proptest::option::of((any::<[u8; 4]>(), 0u8..=32))), 0..6),
        routes in proptest::collection::vec((any::<usize>(), any::<u32>(), 0u8..=32, any::<usize>()), 0..12),
        customer_routes in proptest::collection::vec((any::<usize>(), any::<u32>(), 0u8..=32, 0usize..3), 0..12),
    ) -> Config {
        let mut config = Config { port: Port { speed, mac: MacAddr(port_mac) }, vifs: vec![], targets: vec![], routes: vec![], customer_routes: vec![] };
        for (name, kind, vlan, jumbo, address, customer, bgp) in vifs {
            if config.vifs.iter().any(|v| v.name == name || v.vlan == vlan) { continue; }
            let kind = [VifKind::Private, VifKind::Public, VifKind::Transit][kind];
            let mtu = if jumbo { *kind.allowed_mtus().last().unwrap_or(&1500) } else { 1500 };
            let amazon_address = address.map(Ipv4Addr::from);
            // The customer's address: the amazon_address's neighbour in a /31.
            let customer_address = match (amazon_address, customer) {
                (Some(a), Some(_)) => Some(InterfaceAddress { addr: Ipv4Addr::from(u32::from(a) ^ 1), len: 31 }),
                _ => None,
            };
            let (asn, amazon_asn, auth_key, bfd) = match bgp {
                Some((asn, key, bfd)) => (Some(asn), asn ^ 1, Some(key), bfd),
                None => (None, kind.default_amazon_asn(), None, false),
            };
            config.vifs.push(Vif { name, kind, vlan, mtu, amazon_address, customer_mac: customer.map(MacAddr), customer_address, asn, amazon_asn: amazon_asn.clamp(1, ASN_MAX), auth_key, bfd });
        }
        for (name, mac, vlan, address) in targets {
            if config.targets.iter().any(|t| t.name == name || (vlan.is_some() && t.vlan == vlan)) || RESERVED_TARGET_NAMES.contains(&name.as_str()) { continue; }
            let address = address.map(|(a, len)| InterfaceAddress { addr: Ipv4Addr::from(a), len });
            config.targets.push(Target { name, mac: MacAddr(mac), vlan, address });
        }
        if !config.vifs.is_empty() && !config.targets.is_empty() {
            for (vif, addr, len, target) in routes {
                let vif = vif % config.vifs.len();
                let mask = if len == 0 { 0 } else { u32::MAX << (32 - u32::from(len)) };
                let prefix = Ipv4Prefix { addr: Ipv4Addr::from(addr & mask), len };
                if config.routes.iter().any(|r| r.vif == vif && r.prefix == prefix) { continue; }
                config.routes.push(Route { vif, prefix, target: target % config.targets.len() });
            }
        }
        let with_mac: Vec<usize> = (0..config.vifs.len()).filter(|&v| config.vifs[v].customer_mac.is_some()).collect();
        if !with_mac.is_empty() {
            for (vif, addr, len, preference) in customer_routes {
                let vif = with_mac[vif % with_mac.len()];
                let mask = if len == 0 { 0 } else { u32::MAX << (32 - u32::from(len)) };
                let prefix = Ipv4Prefix { addr: Ipv4Addr::from(addr & mask), len };
                if config.customer_routes.iter().any(|r| r.vif == vif && r.prefix == prefix) { continue; }
                let preference = [Preference::Low, Preference::Medium, Preference::High][preference];
                config.customer_routes.push(CustomerRoute { vif, prefix, preference });
            }
        }
        config
    }
}

proptest! {
    #[test]
    fn to_toml_round_trips(config in arb_config()) {
        let text = config.to_toml();
        let back = Config::parse(&text, "generated.toml");
        prop_assert_eq!(back, Ok(config), "{}", text);
    }

    #[test]
    fn arbitrary_text_never_panics(text in "(\\[\\[?(port|vif|target|route)\\]\\]?\n|[a-z_]{1,8} = (\"[^\"\n]{0,20}\"|-?[0-9]{1,6})\n|[ -~]{0,10}\n){0,12}") {
        // Errors are fine; the point is that every input gets an answer and a place.
        if let Err(e) = Config::parse(&text, "fuzz.toml") {
            prop_assert!(!e.to_string().contains('\n'));
            prop_assert!(e.line().is_some());
        }
    }

    /// The quick read of a prefix takes only what the careful parse takes, as the same
    /// prefix: a valid prefix, or one near-miss of it (a leading zero, an octet over 255,
    /// a length over 32, host bits, a sign or a blank, a wrong separator, a cut).
    #[test]
    fn prefixes_read_from_bytes_agree_with_the_careful_parse(
        addr in any::<u32>(),
        len in 0u8..=32,
        edit in 0usize..10,
        at in 0usize..4,
        digits in "[0-9]{1,3}",
        mark in "[+ ,/-]",
    ) {
        let mask = Ipv4Prefix { addr: Ipv4Addr::UNSPECIFIED, len }.mask();
        let mut octets: Vec<String> =
            Ipv4Addr::from(addr & mask).octets().iter().map(u8::to_string).collect();
        let mut separators = vec![".", ".", ".", "/"];
        let mut len = len.to_string();
        match edit {
            1 => octets[at].insert(0, '0'),
            2 => octets[at] = digits,
            3 => len.insert(0, '0'),
            4 => len = digits,
            5 => octets[3] = (addr & mask | 1).to_le_bytes()[0].to_string(),
            6 => octets[at].insert_str(0, &mark),
            7 => separators[at] = &mark,
            8 => len.push_str(&mark),
            9 => octets[at].clear(),
            _ => {}
        }
        let text: String = octets
            .iter()
            .zip(&separators)
            .flat_map(|(octet, separator)| [octet.as_str(), separator])
            .chain([len.as_str()])
            .collect();
        let careful = careful_prefix(&text).ok();
        prop_assert_eq!(prefix_from_bytes(text.as_bytes()).or(careful), careful, "{}", text);
        prop_assert_eq!(text.parse::<Ipv4Prefix>().ok(), careful, "{}", text);
        if edit == 0 {
            prop_assert!(prefix_from_bytes(text.as_bytes()).is_some(), "{}", text);
        }
    }

    #[test]
    fn well_formed_prefixes_are_read_from_bytes(addr in any::<u32>(), len in 0u8..=32) {
        let mask = Ipv4Prefix { addr: Ipv4Addr::UNSPECIFIED, len }.mask();
        let prefix = Ipv4Prefix { addr: Ipv4Addr::from(addr & mask), len };
        let text = prefix.to_string();
        prop_assert_eq!(prefix_from_bytes(text.as_bytes()), Some(prefix), "{}", text);
    }
}

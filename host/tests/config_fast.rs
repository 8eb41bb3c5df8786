//! The fast reader of plain TOML (`config/fast.rs`) and the toml crate give the same answer
//! for every config: the same `Config`, or the same error (file, line, column, field and
//! message). Random documents are built from lines a config has, lines that are almost
//! right, and lines only the toml crate reads.

use dxedge_host::config::Config;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

const LINES: &[&str] = &[
    "[port]",
    "[port] # the port",
    "[ port ]",
    "[[vif]]",
    "[[vif]]  # a VIF",
    "[[ vif ]]",
    "[[target]]",
    "[[route]]",
    "[vif]",
    "[other]",
    "[[other]]",
    "[port.x]",
    "mac = \"02:00:5e:00:00:01\"",
    "mac=\"02:AA:00:00:00:0b\"",
    "mac = \"02:aa:00:00:00:0a\" # the MAC",
    "mac = '02:aa:00:00:00:0a'",
    "mac = \"02:aa:00:00:00:0\\u0061\"",
    "mac = 5",
    "speed = \"10g\"",
    "speed = \"100g\"",
    "speed = \"1g\"",
    "name = \"corp-private\"",
    "name = \"vpc-a\"",
    "name = \"vpc-b\"",
    "name = \"\"",
    "name = \"Bad Name\"",
    "name = \"punt\"",
    "name = \"caf\u{e9}\"",
    "name = \"tab\there\"",
    "\tname = \"indented\"",
    "kind = \"private\"",
    "kind = \"public\"",
    "kind = \"nope\"",
    "vlan = 101",
    "vlan = 101#no space",
    "vlan=101 ",
    "name = \"corp-private\"#c",
    "[[route]]#c",
    "[port]x",
    "vlan = 102",
    "vlan = +103",
    "vlan = -1",
    "vlan = 0",
    "vlan = 0101",
    "vlan = 1_01",
    "vlan = 4095",
    "vlan = 99999999999999999999",
    "vlan = 1.5",
    "vlan = \"101\"",
    "mtu = 9001",
    "mtu = 1500",
    "mtu = 8500",
    "mtu = 1234",
    "amazon_address = \"169.254.10.1\"",
    "amazon_address = \"nope\"",
    "vif = \"corp-private\"",
    "vif = \"missing\"",
    "prefix = \"10.1.0.0/16\"",
    "prefix = \"10.1.0.0/16\" # comment",
    "prefix = \"10.1.0.1/16\"",
    "prefix = \"10.1.0.0/33\"",
    "target = \"vpc-a\"",
    "target = \"vpc-b\"",
    "target = \"nobody\"",
    "unknown = 1",
    "name.x = \"dotted\"",
    "\"name\" = \"quoted key\"",
    "vlan = [1, 2]",
    "vlan = { a = 1 }",
    "vlan = true",
    "name = \"a\" trailing",
    "name = \"unterminated",
    "# a comment",
    "   # an indented comment",
    "",
    "   ",
    "= \"no key\"",
    "name =",
    "x = \"\u{7f}\"",
];

/// A config that is valid, for documents to start from.
const BASE: &str = "[port]\nmac = \"02:00:5e:00:00:01\"\n\n[[vif]]\nname = \"corp-private\"\nkind = \"private\"\nvlan = 101\n\n[[target]]\nname = \"vpc-a\"\nmac = \"02:aa:00:00:00:0a\"\n\n[[target]]\nname = \"vpc-b\"\nmac = \"02:aa:00:00:00:0b\"\n\n[[route]]\nvif = \"corp-private\"\nprefix = \"10.1.0.0/16\"\ntarget = \"vpc-a\"\n";

fn same(text: &str) {
    let fast = Config::parse(text, "a.toml");
    let toml = Config::parse_with_toml(text, "a.toml");
    assert_eq!(fast, toml, "the readers differ on:\n{text}");
}

#[test]
fn valid_configs_read_the_same() {
    same(BASE);
    same(&BASE.replace('\n', "\r\n"));
    same(&format!("{BASE}# the end\r"));
    same(&format!("{BASE}\r"));
    same(&BASE.replace("\n\n", "\n# a comment\n\n"));
    same(&BASE.replace(" = ", "="));
    same(&BASE.replace(" = ", " \t=\t "));
    let demo = include_str!("../../testbench/scenarios/demo/appliance.toml");
    same(demo);
    assert!(Config::parse(demo, "demo.toml").is_ok());
}

#[test]
fn random_documents_read_the_same() {
    let mut rng = ChaCha8Rng::seed_from_u64(17);
    let base: Vec<&str> = BASE.lines().collect();
    for _ in 0..4000 {
        let mut lines: Vec<String> = base.iter().map(|l| l.to_string()).collect();
        for _ in 0..rng.random_range(1..4) {
            let line = LINES[rng.random_range(0..LINES.len())].to_string();
            match rng.random_range(0..3) {
                0 => {
                    let at = rng.random_range(0..=lines.len());
                    lines.insert(at, line);
                }
                1 => {
                    let at = rng.random_range(0..lines.len());
                    lines[at] = line;
                }
                _ => {
                    let at = rng.random_range(0..lines.len());
                    lines.remove(at);
                }
            }
        }
        let sep = if rng.random_range(0..8) == 0 {
            "\r\n"
        } else {
            "\n"
        };
        same(&lines.join(sep));
    }
}

#[test]
fn documents_of_random_lines_read_the_same() {
    let mut rng = ChaCha8Rng::seed_from_u64(29);
    for _ in 0..4000 {
        let n = rng.random_range(0..24);
        let lines: Vec<&str> = (0..n)
            .map(|_| LINES[rng.random_range(0..LINES.len())])
            .collect();
        same(&lines.join("\n"));
    }
}

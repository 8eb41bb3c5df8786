//! A one-pass reader for the plain TOML that appliance configs are written in: `[table]` and
//! `[[array]]` headers, `key = "string"`, `key = integer` and `key = true|false` lines,
//! comments and blank lines. It is several times faster than the toml crate on a large route table (a config
//! of 100,000 routes is 7 MB), which is what loading a config costs.
//!
//! It hands what it read to the same serde structs through a serde `Deserializer`, with
//! each value's byte span as the toml crate gives it (`toml::Spanned`), so a config it reads
//! validates exactly as it would through the toml crate. It answers `None` for anything else
//! (a quoted key, an escape in a string, a float, an inline table, a duplicate key, an
//! unknown field, a type that does not fit...): the caller then reads the text with the toml
//! crate, which also words every error. The unit tests in `config.rs` hold that both readers
//! give the same answer.

use std::ops::Range;

use serde::de::value::{Error, MapDeserializer, SeqDeserializer};
use serde::de::{DeserializeOwned, Deserializer, IntoDeserializer, Visitor};

/// A value and where it is in the text.
#[derive(Clone, Debug)]
struct Item<'a> {
    span: Range<usize>,
    value: Value<'a>,
}

#[derive(Clone, Debug)]
enum Value<'a> {
    Str(&'a str),
    Int(i64),
    Bool(bool),
    Table(Vec<(&'a str, Item<'a>)>),
    Array(Vec<Item<'a>>),
}

/// Read `text` as `T` if it is plain TOML that `T` accepts; `None` otherwise.
pub(super) fn parse<T: DeserializeOwned>(text: &str) -> Option<T> {
    let root = scan(text)?;
    T::deserialize(Item {
        span: 0..text.len(),
        value: Value::Table(root),
    })
    .ok()
}

/// Where key/value lines go: the root table, a table of the root, or the last table of an
/// array of the root.
#[derive(Clone, Copy)]
enum At {
    Root,
    Table(usize),
    ArrayItem(usize),
}

fn is_bare(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// TOML forbids U+0000 to U+001F but tab, and U+007F, in comments and basic strings (all
/// single bytes in UTF-8).
fn plain_text(s: &str) -> bool {
    !s.bytes().any(|b| (b < 0x20 && b != b'\t') || b == 0x7f)
}

/// What may follow a value or a header on its line: blanks and a comment.
fn rest_is_blank(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\t']);
    rest.is_empty() || (rest.starts_with('#') && plain_text(rest))
}

fn scan(text: &str) -> Option<Vec<(&str, Item<'_>)>> {
    let mut root: Vec<(&str, Item<'_>)> = Vec::new();
    let mut at = At::Root;
    let mut line_start = 0;
    for raw_line in text.split_inclusive('\n') {
        let start = line_start;
        line_start += raw_line.len();
        // A carriage return only ends a line before a newline (CRLF); one anywhere else,
        // the end of the text included, is the toml crate's to refuse.
        let line = match raw_line.strip_suffix('\n') {
            Some(line) => line.strip_suffix('\r').unwrap_or(line),
            None => raw_line,
        };
        if line.contains('\r') {
            return None;
        }
        let body = line.trim_start_matches([' ', '\t']);
        let indent = line.len() - body.len();
        if body.is_empty() || body.starts_with('#') {
            if !plain_text(body) {
                return None;
            }
            continue;
        }
        if let Some(after) = body.strip_prefix("[[") {
            let close = after.find("]]")?;
            let name = &after[..close];
            if !is_bare(name) || !rest_is_blank(&after[close + 2..]) {
                return None;
            }
            let span = start + indent..start + indent + 4 + close;
            let table = Item {
                span: span.clone(),
                value: Value::Table(Vec::with_capacity(4)),
            };
            let index = match root.iter().position(|(k, _)| *k == name) {
                Some(i) => {
                    match &mut root[i].1.value {
                        Value::Array(items) => items.push(table),
                        _ => return None,
                    }
                    i
                }
                None => {
                    root.push((
                        name,
                        Item {
                            span,
                            value: Value::Array(vec![table]),
                        },
                    ));
                    root.len() - 1
                }
            };
            at = At::ArrayItem(index);
            continue;
        }
        if let Some(after) = body.strip_prefix('[') {
            let close = after.find(']')?;
            let name = &after[..close];
            if !is_bare(name)
                || !rest_is_blank(&after[close + 1..])
                || root.iter().any(|(k, _)| *k == name)
            {
                return None;
            }
            root.push((
                name,
                Item {
                    span: start + indent..start + indent + 2 + close,
                    value: Value::Table(Vec::new()),
                },
            ));
            at = At::Table(root.len() - 1);
            continue;
        }
        // key = value
        let eq = body.find('=')?;
        let key = body[..eq].trim_end_matches([' ', '\t']);
        if !is_bare(key) {
            return None;
        }
        let after_eq = &body[eq + 1..];
        let value_text = after_eq.trim_start_matches([' ', '\t']);
        let value_at = start + indent + eq + 1 + (after_eq.len() - value_text.len());
        let (value, len) = if let Some(inner) = value_text.strip_prefix('"') {
            let close = inner.find('"')?;
            let s = &inner[..close];
            if s.contains('\\') || !plain_text(s) {
                return None;
            }
            (Value::Str(s), close + 2)
        } else {
            let len = value_text
                .find([' ', '\t', '#'])
                .unwrap_or(value_text.len());
            let token = &value_text[..len];
            if let Some(b) = match token {
                "true" => Some(true),
                "false" => Some(false),
                _ => None,
            } {
                (Value::Bool(b), len)
            } else {
                let digits = token.strip_prefix(['+', '-']).unwrap_or(token);
                if digits.is_empty()
                    || !digits.bytes().all(|b| b.is_ascii_digit())
                    || (digits.len() > 1 && digits.starts_with('0'))
                {
                    return None;
                }
                (Value::Int(token.parse().ok()?), len)
            }
        };
        if !rest_is_blank(&value_text[len..]) {
            return None;
        }
        let entries = match at {
            At::Root => &mut root,
            At::Table(i) => match &mut root.get_mut(i)?.1.value {
                Value::Table(entries) => entries,
                _ => return None,
            },
            At::ArrayItem(i) => match &mut root.get_mut(i)?.1.value {
                Value::Array(items) => match &mut items.last_mut()?.value {
                    Value::Table(entries) => entries,
                    _ => return None,
                },
                _ => return None,
            },
        };
        if entries.iter().any(|(k, _)| *k == key) {
            return None;
        }
        entries.push((
            key,
            Item {
                span: value_at..value_at + len,
                value,
            },
        ));
    }
    Some(root)
}

impl<'de> IntoDeserializer<'de, Error> for Item<'de> {
    type Deserializer = Self;
    fn into_deserializer(self) -> Self {
        self
    }
}

impl<'de> Deserializer<'de> for Item<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::Str(s) => visitor.visit_borrowed_str(s),
            Value::Int(i) => visitor.visit_i64(i),
            Value::Bool(b) => visitor.visit_bool(b),
            Value::Table(entries) => visitor.visit_map(MapDeserializer::new(entries.into_iter())),
            Value::Array(items) => visitor.visit_seq(SeqDeserializer::new(items.into_iter())),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_some(self)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        if serde_spanned::de::is_spanned(name) {
            let span = self.span.clone();
            return visitor.visit_map(
                serde_spanned::de::SpannedDeserializer::<Item<'de>, Error>::new(self, span),
            );
        }
        let _ = fields;
        self.deserialize_any(visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::super::RawConfig;
    use super::*;

    const DEMO: &str = include_str!("../../../testbench/scenarios/demo/appliance.toml");

    /// The fast reader takes a real config, and places every value where the toml crate
    /// does (errors point at these spans).
    #[test]
    fn a_plain_config_is_read_here_with_the_toml_crates_spans() {
        let text = DEMO.replace("vlan = 101", "vlan = +101 # c");
        let fast: RawConfig = parse(&text).expect("plain TOML");
        let slow: RawConfig = toml::from_str(&text).expect("TOML");
        let (fp, sp) = (
            fast.port.expect("port").into_inner(),
            slow.port.expect("port").into_inner(),
        );
        assert_eq!(fp.mac.span(), sp.mac.span());
        assert_eq!(fp.mac.get_ref(), sp.mac.get_ref());
        assert_eq!(fp.speed.map(|s| s.span()), sp.speed.map(|s| s.span()));
        assert_eq!(fast.vif.len(), slow.vif.len());
        for (f, s) in fast.vif.into_iter().zip(slow.vif) {
            let (f, s) = (f.into_inner(), s.into_inner());
            assert_eq!(f.name.span(), s.name.span());
            assert_eq!(f.vlan.span(), s.vlan.span());
            assert_eq!(f.vlan.get_ref(), s.vlan.get_ref());
            assert_eq!(f.mtu.map(|m| m.span()), s.mtu.map(|m| m.span()));
        }
        for (f, s) in fast.route.into_iter().zip(slow.route) {
            let (f, s) = (f.into_inner(), s.into_inner());
            assert_eq!(f.prefix.span(), s.prefix.span());
            assert_eq!(f.target.span(), s.target.span());
        }
    }

    /// The v2 keys: customer routes, and booleans (`bfd`), read here too.
    #[test]
    fn customer_routes_and_booleans_are_read_here() {
        let text = format!(
            "{DEMO}\n[[vif]]\nname = \"x\"\nkind = \"private\"\nvlan = 9\nbfd = true # c\n\
             [[vif]]\nname = \"y\"\nkind = \"private\"\nvlan = 10\nbfd = false\n"
        );
        let fast: RawConfig = parse(&text).expect("plain TOML");
        let slow: RawConfig = toml::from_str(&text).expect("TOML");
        assert_eq!(fast.customer_route.len(), slow.customer_route.len());
        assert!(!fast.customer_route.is_empty());
        let bfd = |c: RawConfig| -> Vec<Option<(bool, std::ops::Range<usize>)>> {
            c.vif
                .into_iter()
                .map(|v| v.into_inner().bfd.map(|b| (*b.get_ref(), b.span())))
                .collect()
        };
        assert_eq!(bfd(fast), bfd(slow));
        assert!(parse::<RawConfig>("[port]\nmac = \"x\"\nbfd = True\n").is_none());
    }

    #[test]
    fn what_is_not_plain_is_left_to_the_toml_crate() {
        for text in [
            "[port]\nmac = 'x'\n",
            "[port]\nmac = \"a\\u0062\"\n",
            "[port]\nmac = \"x\"\nmac = \"y\"\n",
            "[port]\nmac = \"x\"\nextra = 1\n",
            "[port]\n[port]\nmac = \"x\"\n",
            "[ port ]\nmac = \"x\"\n",
            "[port]\nmac = \"x\"\r\r\n",
            "[port]\nmac = \"x\"\n# c\r",
            "[[vif]]\nname = \"v\"\nkind = \"private\"\nvlan = 01\n",
            "[[vif]]\nname = \"v\"\nkind = \"private\"\nvlan = \"1\"\n",
        ] {
            assert!(parse::<RawConfig>(text).is_none(), "{text:?}");
        }
    }
}

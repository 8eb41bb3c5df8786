//! A one-pass reader for the plain TOML that appliance configs are written in: `[table]` and
//! `[[array]]` headers, `key = "string"`, `key = integer` and `key = true|false` lines,
//! comments and blank lines. It is several times faster than the toml crate on a large route
//! table (a config of 100,000 routes is 7 MB), which is what loading a config costs.
//!
//! It hands what it read to the same serde structs through a serde `Deserializer`, with
//! each value's byte span as the toml crate gives it (`toml::Spanned`), so a config it reads
//! validates exactly as it would through the toml crate. It answers `None` for anything else
//! (a quoted key, an escape in a string, a float, an inline table, a duplicate key, an
//! unknown field, a type that does not fit...): the caller then reads the text with the toml
//! crate, which also words every error. The unit tests in `config/tests.rs` hold that both
//! readers give the same answer.
//!
//! ```text
//!   text ──► scan: one pass over the bytes ──► Doc ──► serde (Node) ──► raw structs
//!                                               │ entries: every key = value, one run per table
//!                                               │ arrays:  the tables of each [[array]]
//! ```
//!
//! Nothing is allocated per table or per value: a table is a run of `Doc::entries` (its
//! keys follow its header, so they are contiguous), and strings are slices of the text.

use serde::de::value::{Error, MapDeserializer, SeqDeserializer};
use serde::de::{Deserialize, Deserializer, IntoDeserializer, Visitor};

/// What was read: key/value entries, each table's a contiguous run, and the tables of each
/// array of tables. The root table's entries come last. Places are `u32` offsets into the
/// text (a config is at most 64 MiB; a longer text goes to the toml crate): a 100,000-route
/// config has 300,000 entries, and their size is most of what this reader writes.
struct Doc<'t> {
    text: &'t str,
    entries: Vec<Entry>,
    arrays: Vec<Vec<Item>>,
}

impl<'t> Doc<'t> {
    /// The text from `start` to `end`: always on char boundaries, which are ASCII bytes.
    fn text(&self, start: u32, end: u32) -> &'t str {
        self.text
            .get(start as usize..end as usize)
            .unwrap_or_default()
    }
}

#[derive(Clone, Copy)]
struct Entry {
    /// The key's place in the text.
    key: (u32, u32),
    item: Item,
}

/// A value and where it is in the text.
#[derive(Clone, Copy)]
struct Item {
    start: u32,
    end: u32,
    value: Value,
}

#[derive(Clone, Copy)]
enum Value {
    /// The text between the quotes at `Item::start` and `Item::end - 1` (no escapes).
    Str,
    Int(i64),
    Bool(bool),
    /// `Doc::entries[first..end]`.
    Table {
        first: u32,
        end: u32,
    },
    /// `Doc::arrays[index]`.
    Array(u32),
}

/// Read `text` as `T` if it is plain TOML that `T` accepts; `None` otherwise.
pub(super) fn parse<'t, T: Deserialize<'t>>(text: &'t str) -> Option<T> {
    let (doc, root) = scan(text)?;
    T::deserialize(Node {
        doc: &doc,
        item: Item {
            start: 0,
            end: u32::try_from(text.len()).ok()?,
            value: root,
        },
    })
    .ok()
}

/// The table that key/value lines go to: the root, a table of the root (by its index in
/// the root), or the last table of an array of the root (by its index in `Doc::arrays`).
#[derive(Clone, Copy)]
enum At {
    Root,
    Table(usize),
    ArrayItem(usize),
}

/// How many bytes of a bare key (`A-Za-z0-9_-`) `s` starts with.
fn bare_len(s: &[u8]) -> usize {
    s.iter()
        .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        .count()
}

fn is_bare(name: &[u8]) -> bool {
    !name.is_empty() && bare_len(name) == name.len()
}

/// TOML forbids U+0000 to U+001F but tab, and U+007F, in comments and basic strings (all
/// single bytes in UTF-8).
fn plain_text(s: &[u8]) -> bool {
    !s.iter().any(|&b| (b < 0x20 && b != b'\t') || b == 0x7f)
}

fn blanks(s: &[u8]) -> usize {
    s.iter().take_while(|&&b| b == b' ' || b == b'\t').count()
}

/// What may follow a value or a header on its line: blanks and a comment.
fn rest_is_blank(rest: &[u8]) -> bool {
    let rest = &rest[blanks(rest)..];
    rest.is_empty() || (rest[0] == b'#' && plain_text(rest))
}

/// Read the document; `None` if it is anything but plain TOML. Returns the root table.
fn scan(text: &str) -> Option<(Doc<'_>, Value)> {
    let bytes = text.as_bytes();
    // Every offset below fits a u32 from here on: `as u32` cannot cut one.
    u32::try_from(bytes.len()).ok()?;
    let mut doc = Doc {
        text,
        // A route is three values in some 70 bytes: a guess that saves regrowing.
        entries: Vec::with_capacity(bytes.len() / 24),
        arrays: Vec::new(),
    };
    let mut root: Vec<Entry> = Vec::new();
    let mut at = At::Root;
    // Where the entries of the table at `at` begin.
    let mut first = 0;
    let mut start = 0;
    while start < bytes.len() {
        // The line, up to its newline. A carriage return only ends a line before a newline
        // (CRLF); one anywhere else, the end of the text included, is the toml crate's to
        // refuse, and is refused below: no check takes one (not in blanks, a key, a value
        // or a comment).
        let mut end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |n| start + n);
        let next = end + 1;
        if end < bytes.len() && end > start && bytes[end - 1] == b'\r' {
            end -= 1;
        }
        let line_start = start;
        start = next;
        let indent = blanks(&bytes[line_start..end]);
        let body_at = line_start + indent;
        let body = &bytes[body_at..end];
        if body.is_empty() || body[0] == b'#' {
            if !plain_text(body) {
                return None;
            }
            continue;
        }
        if body[0] == b'[' {
            let array = body.get(1) == Some(&b'[');
            let open = if array { 2 } else { 1 };
            let close = if array {
                body.windows(2).position(|w| w == b"]]")?
            } else {
                body.iter().position(|&b| b == b']')?
            };
            let name = body.get(open..close)?;
            let after = close + open;
            if !is_bare(name) || !rest_is_blank(&body[after..]) {
                return None;
            }
            let key = ((body_at + open) as u32, (body_at + close) as u32);
            close_table(&mut doc, &mut root, at, first);
            first = doc.entries.len() as u32;
            let table = Item {
                start: body_at as u32,
                end: (body_at + after) as u32,
                value: Value::Table { first, end: first },
            };
            let existing = root
                .iter()
                .position(|e| doc.text(e.key.0, e.key.1).as_bytes() == name);
            at = match (array, existing) {
                (true, Some(i)) => match root[i].item.value {
                    Value::Array(index) => {
                        doc.arrays.get_mut(index as usize)?.push(table);
                        At::ArrayItem(index as usize)
                    }
                    _ => return None,
                },
                (true, None) => {
                    let index = doc.arrays.len();
                    doc.arrays.push(vec![table]);
                    root.push(Entry {
                        key,
                        item: Item {
                            value: Value::Array(index as u32),
                            ..table
                        },
                    });
                    At::ArrayItem(index)
                }
                (false, Some(_)) => return None,
                (false, None) => {
                    root.push(Entry { key, item: table });
                    At::Table(root.len() - 1)
                }
            };
            continue;
        }
        // key = value: a bare key, blanks, `=`, blanks, the value; each byte looked at once.
        let key_len = bare_len(body);
        let eq = key_len + blanks(&body[key_len..]);
        if key_len == 0 || body.get(eq) != Some(&b'=') {
            return None;
        }
        let key = &body[..key_len];
        let value_at = body_at + eq + 1 + blanks(&body[eq + 1..]);
        let value_text = &bytes[value_at..end];
        let (value, len) = if value_text.first() == Some(&b'"') {
            // Up to the closing quote, refusing what only the toml crate reads: escapes and
            // the control characters TOML forbids.
            let close = value_text[1..]
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || (b < 0x20 && b != b'\t') || b == 0x7f)?;
            if value_text[1 + close] != b'"' {
                return None;
            }
            (Value::Str, close + 2)
        } else {
            let len = value_text
                .iter()
                .position(|&b| b == b' ' || b == b'\t' || b == b'#')
                .unwrap_or(value_text.len());
            let token = &value_text[..len];
            match token {
                b"true" => (Value::Bool(true), len),
                b"false" => (Value::Bool(false), len),
                _ => (Value::Int(integer(token)?), len),
            }
        };
        if !rest_is_blank(&value_text[len..]) {
            return None;
        }
        let entries = match at {
            At::Root => &root[..],
            _ => &doc.entries[first as usize..],
        };
        if entries
            .iter()
            .any(|e| doc.text(e.key.0, e.key.1).as_bytes() == key)
        {
            return None;
        }
        let entry = Entry {
            key: (body_at as u32, (body_at + key_len) as u32),
            item: Item {
                start: value_at as u32,
                end: (value_at + len) as u32,
                value,
            },
        };
        match at {
            At::Root => root.push(entry),
            _ => doc.entries.push(entry),
        }
    }
    close_table(&mut doc, &mut root, at, first);
    let first = doc.entries.len() as u32;
    doc.entries.extend(root);
    let end = doc.entries.len() as u32;
    Some((doc, Value::Table { first, end }))
}

/// A TOML decimal integer as this reader takes it: a sign, then digits without a leading
/// zero (and no `_`); `None` for anything else, or a value beyond `i64`.
fn integer(token: &[u8]) -> Option<i64> {
    let (negative, digits) = match token.split_first()? {
        (b'-', rest) => (true, rest),
        (b'+', rest) => (false, rest),
        _ => (false, token),
    };
    if digits.is_empty()
        || !digits.iter().all(u8::is_ascii_digit)
        || (digits.len() > 1 && digits[0] == b'0')
    {
        return None;
    }
    // Accumulated negative: i64::MIN has no positive counterpart.
    let mut value: i64 = 0;
    for &d in digits {
        value = value.checked_mul(10)?.checked_sub(i64::from(d - b'0'))?;
    }
    if negative {
        Some(value)
    } else {
        value.checked_neg()
    }
}

/// The table at `at` holds the entries from `first` to the end of `Doc::entries`.
fn close_table(doc: &mut Doc<'_>, root: &mut [Entry], at: At, first: u32) {
    let end = doc.entries.len() as u32;
    let table = match at {
        At::Root => return,
        At::Table(i) => root.get_mut(i).map(|e| &mut e.item.value),
        At::ArrayItem(i) => doc
            .arrays
            .get_mut(i)
            .and_then(|items| items.last_mut())
            .map(|item| &mut item.value),
    };
    if let Some(value) = table {
        *value = Value::Table { first, end };
    }
}

/// An item of a document, to deserialize.
#[derive(Clone, Copy)]
struct Node<'d, 't> {
    doc: &'d Doc<'t>,
    item: Item,
}

impl<'de> IntoDeserializer<'de, Error> for Node<'_, 'de> {
    type Deserializer = Self;
    fn into_deserializer(self) -> Self {
        self
    }
}

impl<'de> Deserializer<'de> for Node<'_, 'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let doc = self.doc;
        match self.item.value {
            Value::Str => {
                visitor.visit_borrowed_str(doc.text(self.item.start + 1, self.item.end - 1))
            }
            Value::Int(i) => visitor.visit_i64(i),
            Value::Bool(b) => visitor.visit_bool(b),
            Value::Table { first, end } => {
                let entries = doc
                    .entries
                    .get(first as usize..end as usize)
                    .unwrap_or_default();
                visitor.visit_map(MapDeserializer::new(
                    entries
                        .iter()
                        .map(|e| (doc.text(e.key.0, e.key.1), Node { doc, item: e.item })),
                ))
            }
            Value::Array(index) => {
                let items = doc
                    .arrays
                    .get(index as usize)
                    .map_or(&[][..], Vec::as_slice);
                visitor.visit_seq(SeqDeserializer::new(
                    items.iter().map(|&item| Node { doc, item }),
                ))
            }
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
            let span = self.item.start as usize..self.item.end as usize;
            return visitor.visit_map(
                serde_spanned::de::SpannedDeserializer::<Node<'_, 'de>, Error>::new(self, span),
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
        let (fp, sp) = (fast.port.expect("port"), slow.port.expect("port"));
        assert_eq!(fp.mac.span(), sp.mac.span());
        assert_eq!(fp.mac.get_ref().as_str(), sp.mac.get_ref().as_str());
        assert_eq!(fp.speed.map(|s| s.span()), sp.speed.map(|s| s.span()));
        assert_eq!(fast.vif.len(), slow.vif.len());
        for (f, s) in fast.vif.into_iter().zip(slow.vif) {
            assert_eq!(f.name.span(), s.name.span());
            assert_eq!(f.vlan.span(), s.vlan.span());
            assert_eq!(f.vlan.get_ref(), s.vlan.get_ref());
            assert_eq!(f.mtu.map(|m| m.span()), s.mtu.map(|m| m.span()));
        }
        for (f, s) in fast.route.into_iter().zip(slow.route) {
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
                .map(|v| v.bfd.map(|b| (*b.get_ref(), b.span())))
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

//! Why a config was refused, and where: from byte spans to file:line:column and field paths.

use std::cell::OnceCell;
use std::fmt;
use std::ops::Range;

use toml::Spanned;

use thiserror::Error;

/// Why a config was refused. Its `Display` is one line: the file, the line and column, what
/// is wrong, and the field (`route[2].prefix`, indices counting from 0 in file order).
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub struct ConfigError {
    pub(super) origin: String,
    /// 1-based line and column (in characters), when the error has a place in the text.
    pub(super) position: Option<(usize, usize)>,
    pub(super) field: Option<String>,
    pub(super) message: String,
}

impl ConfigError {
    /// The file name given to [`Config::parse`] or the path given to [`Config::load`].
    pub fn origin(&self) -> &str {
        &self.origin
    }
    /// 1-based line, if the error has a place in the text.
    pub fn line(&self) -> Option<usize> {
        self.position.map(|(line, _)| line)
    }
    /// 1-based column in characters, if the error has a place in the text.
    pub fn column(&self) -> Option<usize> {
        self.position.map(|(_, column)| column)
    }
    /// The field at fault, such as `vif[1].mtu`.
    pub fn field(&self) -> Option<&str> {
        self.field.as_deref()
    }
    /// What is wrong, without the place.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:", crate::text::shown(&self.origin))?;
        if let Some((line, column)) = self.position {
            write!(f, "{line}:{column}:")?;
        }
        write!(f, " {}", self.message)?;
        if let Some(field) = &self.field {
            write!(f, " (field `{}`)", crate::text::shown(field))?;
        }
        Ok(())
    }
}

pub(super) struct Place<'a> {
    origin: &'a str,
    text: &'a str,
    /// Byte offset where each line starts: a place costs a binary search, not a scan of
    /// the text before it (which made validating n routes O(n^2)). Built on the first
    /// place asked for: a valid config asks for none, and a 100,000-route config has half a
    /// million lines.
    line_starts: OnceCell<Vec<usize>>,
}

impl<'a> Place<'a> {
    pub(super) fn new(origin: &'a str, text: &'a str) -> Place<'a> {
        Place {
            origin,
            text,
            line_starts: OnceCell::new(),
        }
    }

    pub(super) fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            let mut starts = vec![0];
            starts.extend(self.text.match_indices('\n').map(|(i, _)| i + 1));
            starts
        })
    }

    pub(super) fn error(&self, span: Range<usize>, field: &str, message: &str) -> ConfigError {
        ConfigError {
            origin: self.origin.to_string(),
            position: Some(self.line_column(span.start)),
            field: Some(field.to_string()),
            // Values from the config are in it: escaped and cut (crate::text).
            message: one_line(&crate::text::sanitized(message)),
        }
    }

    pub(super) fn line_of(&self, offset: usize) -> usize {
        self.line_column(offset).0
    }

    /// As [`line_column`], from the line table.
    pub(super) fn line_column(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line_starts = self.line_starts();
        let line = line_starts.partition_point(|&start| start <= offset);
        let start = line_starts.get(line.wrapping_sub(1)).copied().unwrap_or(0);
        let column = self
            .text
            .get(start..offset)
            .unwrap_or_default()
            .chars()
            .count()
            + 1;
        (line.max(1), column)
    }

    /// A serde or syntax error from toml: its span gives the place; the field is found by
    /// walking the document to the value or key under the span.
    pub(super) fn toml_error(&self, e: &toml::de::Error) -> ConfigError {
        let span = e.span().unwrap_or(0..0);
        let message = one_line(&crate::text::sanitized(e.message()));
        let mut field =
            field_at(self.text, span.start).or_else(|| header_before(self.text, span.start));
        // serde reports a missing field at the table that lacks it: name the field itself.
        if let Some(missing) = quoted_after(&message, "missing field ") {
            field = Some(match field {
                Some(table) => format!("{table}.{missing}"),
                None => missing.to_string(),
            });
        }
        ConfigError {
            origin: self.origin.to_string(),
            position: Some(self.line_column(span.start)),
            field,
            message,
        }
    }
}

/// 1-based line and column (in characters) of a byte offset; offsets past the end or inside
/// a character are clamped.
pub(super) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = text.get(..offset).unwrap_or_default();
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(line_start..).unwrap_or_default().chars().count() + 1;
    (line, column)
}

fn one_line(message: &str) -> String {
    message.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text between the backquotes after `lead` in `message`.
fn quoted_after<'m>(message: &'m str, lead: &str) -> Option<&'m str> {
    let rest = message.strip_prefix(lead)?.strip_prefix('`')?;
    rest.split('`').next()
}

/// The path (`vif[1].mtu`) of the deepest key or value whose span holds `offset`, in a
/// document that parses as TOML.
fn field_at(text: &str, offset: usize) -> Option<String> {
    let doc = toml::de::DeTable::parse(text).ok()?;
    let path = find_in_table(doc.get_ref(), offset)?;
    (!path.is_empty()).then_some(path)
}

fn holds(span: &Range<usize>, offset: usize) -> bool {
    span.contains(&offset) || (span.is_empty() && span.start == offset)
}

fn find_in_table(table: &toml::de::DeTable<'_>, offset: usize) -> Option<String> {
    for (key, value) in table.iter() {
        let name = key.get_ref().to_string();
        if let Some(inner) = find_in_value(value, offset) {
            return Some(join_path(&name, &inner));
        }
        if holds(&key.span(), offset) || holds(&value.span(), offset) {
            return Some(name);
        }
    }
    None
}

/// The path below `value` to `offset` ("" when `value` itself holds it but nothing inside).
fn find_in_value(value: &Spanned<toml::de::DeValue<'_>>, offset: usize) -> Option<String> {
    match value.get_ref() {
        toml::de::DeValue::Table(table) => find_in_table(table, offset),
        toml::de::DeValue::Array(array) => {
            for (i, element) in array.iter().enumerate() {
                if let Some(inner) = find_in_value(element, offset) {
                    return Some(join_path(&format!("[{i}]"), &inner));
                }
                if holds(&element.span(), offset) {
                    return Some(format!("[{i}]"));
                }
            }
            None
        }
        _ => None,
    }
}

fn join_path(head: &str, tail: &str) -> String {
    if tail.is_empty() {
        head.to_string()
    } else if tail.starts_with('[') {
        format!("{head}{tail}")
    } else {
        format!("{head}.{tail}")
    }
}

/// For text that does not parse: the nearest table header above `offset` (`vif[2]` for the
/// third `[[vif]]`), plus the key of the line at `offset` if there is one.
fn header_before(text: &str, offset: usize) -> Option<String> {
    let offset = offset.min(text.len());
    let (line_no, _) = line_column(text, offset);
    let lines: Vec<&str> = text.lines().collect();
    let mut header: Option<String> = None;
    // The line at fault may itself be a (broken) header, so it is searched too.
    let upto = line_no.min(lines.len());
    let array_header = |line: &str| {
        line.trim().strip_prefix("[[").map(|l| {
            l.split('#')
                .next()
                .unwrap_or_default()
                .trim_end()
                .trim_end_matches(']')
                .trim()
                .to_string()
        })
    };
    for (n, line) in lines.iter().enumerate().take(upto).rev() {
        if let Some(name) = array_header(line) {
            let index = lines
                .get(..n)
                .unwrap_or_default()
                .iter()
                .filter(|l| array_header(l).as_deref() == Some(name.as_str()))
                .count();
            header = Some(format!("{name}[{index}]"));
            break;
        }
        if let Some(name) = line.trim().strip_prefix('[') {
            let name = name.split('#').next().unwrap_or_default();
            header = Some(name.trim_end().trim_end_matches(']').trim().to_string());
            break;
        }
    }
    let key = lines
        .get(line_no.saturating_sub(1))
        .and_then(|line| line.split_once('='))
        .map(|(key, _)| key.trim())
        .filter(|key| {
            !key.is_empty()
                && key
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        });
    match (header, key) {
        (Some(h), Some(k)) => Some(format!("{h}.{k}")),
        (Some(h), None) => Some(h),
        (None, Some(k)) => Some(k.to_string()),
        (None, None) => None,
    }
}

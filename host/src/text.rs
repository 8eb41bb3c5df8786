//! User input echoed in messages: config values, names, file names, paths.
//!
//! A message is one line on a terminal, so a value in it must not be able to move the
//! cursor, clear the screen, start a new line or reverse the text after it (a right-to-left
//! override in a name would make `vpc-a` read as something else), nor make the line as long
//! as the value (a 1 MB name). [`shown`] escapes and cuts one value; [`sanitized`] does the
//! same to a whole message whose values were put in by code that did not (a parser's message
//! quoting the input), cutting each quoted value.

use std::path::Path;

/// Characters of a value shown before it is cut.
pub const SHOWN_MAX: usize = 100;

/// Whether `c` must be escaped: control characters, and the invisible characters that change
/// how the text around them reads (bidirectional overrides, isolates and marks; zero-width
/// characters; line and paragraph separators; the byte order mark).
fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{2069}'
                | '\u{feff}'
        )
}

fn push_escaped(out: &mut String, c: char) {
    if needs_escape(c) {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            _ => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
        }
    } else {
        out.push(c);
    }
}

/// A value escaped and cut to at most [`SHOWN_MAX`] characters as shown (escapes
/// included, the `…` that marks a cut too); whether it was cut.
fn escaped_cut(value: &str) -> (String, bool) {
    let mut out = String::with_capacity(value.len().min(SHOWN_MAX * 8));
    // Where the text stood when it last had room for the `…`.
    let mut cut_at = 0;
    let mut count = 0;
    for c in value.chars() {
        let before = out.len();
        push_escaped(&mut out, c);
        count += out[before..].chars().count();
        if count < SHOWN_MAX {
            cut_at = out.len();
        }
        if count > SHOWN_MAX {
            out.truncate(cut_at);
            out.push('…');
            return (out, true);
        }
    }
    (out, false)
}

/// A value as a message shows it: every character that is not printable or that reorders
/// text escaped (`\n`, `\u{202e}`), and cut to [`SHOWN_MAX`] characters, with the value's
/// length in bytes said: `aaaa… (1048576 bytes)`.
pub fn shown(value: &str) -> String {
    match escaped_cut(value) {
        (text, true) => format!("{text} ({} bytes)", value.len()),
        (text, false) => text,
    }
}

/// A path as a message shows it: [`shown`] of its text (bytes that are not UTF-8 as U+FFFD).
pub fn shown_path(path: &Path) -> String {
    shown(&path.to_string_lossy())
}

/// A whole message made safe to print: characters escaped as [`shown`] does, and every
/// value in backquotes or double quotes longer than [`SHOWN_MAX`] characters cut. For
/// messages built from values by code that does not use [`shown`] (a parser's own message);
/// applying it to a message already made of shown values changes nothing.
pub fn sanitized(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(4096));
    let mut rest = message;
    while let Some(open) = rest.find(['`', '"']) {
        let quote = rest[open..].chars().next().unwrap_or('`');
        let inner_start = open + quote.len_utf8();
        let Some(close) = rest[inner_start..].find(quote) else {
            break;
        };
        for c in rest[..inner_start].chars() {
            push_escaped(&mut out, c);
        }
        // The length goes after the quote, so that the quoted text stays within the limit
        // and sanitizing the message again changes nothing.
        let value = &rest[inner_start..inner_start + close];
        let (text, cut) = escaped_cut(value);
        out.push_str(&text);
        out.push(quote);
        if cut {
            out.push_str(&format!(" ({} bytes)", value.len()));
        }
        rest = &rest[inner_start + close + quote.len_utf8()..];
    }
    for c in rest.chars() {
        push_escaped(&mut out, c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_values_are_shown_as_they_are() {
        assert_eq!(shown("vpc-a"), "vpc-a");
        assert_eq!(shown("données/é.pcap"), "données/é.pcap");
        assert_eq!(shown(""), "");
    }

    #[test]
    fn control_and_bidi_characters_are_escaped() {
        assert_eq!(shown("a\nb\tc\rd"), "a\\nb\\tc\\rd");
        assert_eq!(shown("x\u{1b}[2Jy"), "x\\u{1b}[2Jy");
        assert_eq!(shown("abc\u{202e}fed"), "abc\\u{202e}fed");
        assert_eq!(
            shown("\u{2066}a\u{2069}\u{200b}"),
            "\\u{2066}a\\u{2069}\\u{200b}"
        );
        assert_eq!(shown("\u{7f}\u{85}"), "\\u{7f}\\u{85}");
    }

    #[test]
    fn long_values_are_cut_saying_their_length() {
        let long = "a".repeat(1 << 20);
        let s = shown(&long);
        assert_eq!(s, format!("{}… (1048576 bytes)", "a".repeat(SHOWN_MAX - 1)));
        assert_eq!(shown(&"b".repeat(SHOWN_MAX)), "b".repeat(SHOWN_MAX));
        // Characters, not bytes, are counted; the length said is in bytes.
        let wide = "é".repeat(SHOWN_MAX + 1);
        assert_eq!(
            shown(&wide),
            format!("{}… ({} bytes)", "é".repeat(SHOWN_MAX - 1), wide.len())
        );
        // Escapes count as what they show.
        let escapes = "\u{1b}".repeat(1000);
        let s = shown(&escapes);
        assert!(s.starts_with("\\u{1b}"), "{s}");
        assert!(
            s.chars().count() <= SHOWN_MAX + " (1000 bytes)".len(),
            "{s}"
        );
    }

    #[test]
    fn a_message_has_its_quoted_values_cut_and_everything_escaped() {
        let name = "n".repeat(5000);
        let message = format!("unknown field `{name}`, expected \"a\u{1b}b\"\u{202e}");
        let once = sanitized(&message);
        assert_eq!(
            once,
            format!(
                "unknown field `{}…` (5000 bytes), expected \"a\\u{{1b}}b\"\\u{{202e}}",
                "n".repeat(SHOWN_MAX - 1)
            )
        );
        assert_eq!(sanitized(&once), once, "sanitizing twice changes nothing");
        let plain = "cannot open `a.pcap`: No such file";
        assert_eq!(sanitized(plain), plain);
        assert_eq!(sanitized("odd ` quote\u{7}"), "odd ` quote\\u{7}");
    }
}

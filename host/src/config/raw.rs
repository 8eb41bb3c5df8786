//! Pass 1: serde. Every value keeps its span so that pass 2 can point at it; tables need
//! none (an error serde finds in one is placed at the table all the same).

use std::borrow::Cow;
use std::fmt;

use serde::Deserialize;
use toml::Spanned;

/// A string value of the config, borrowed from the text: a 100,000-route config holds
/// 300,000 of them, and copying each into its own `String` cost a tenth of the parse. The
/// toml crate hands over an owned string when it had to unescape one.
pub(super) struct Text<'a>(Cow<'a, str>);

impl Text<'_> {
    pub(super) fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Text<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> serde::de::Visitor<'de> for TextVisitor {
            type Value = Text<'de>;
            // As `String` words it: the toml crate's type errors quote this.
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: serde::de::Error>(self, s: &'de str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Borrowed(s)))
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(s.to_string())))
            }
            fn visit_string<E: serde::de::Error>(self, s: String) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(s)))
            }
        }
        deserializer.deserialize_str(TextVisitor)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawConfig<'a> {
    #[serde(borrow)]
    pub(super) port: Option<RawPort<'a>>,
    #[serde(default, borrow)]
    pub(super) vif: Vec<RawVif<'a>>,
    #[serde(default, borrow)]
    pub(super) target: Vec<RawTarget<'a>>,
    #[serde(default, borrow)]
    pub(super) route: Vec<RawRoute<'a>>,
    #[serde(default, borrow)]
    pub(super) customer_route: Vec<RawCustomerRoute<'a>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPort<'a> {
    #[serde(borrow)]
    pub(super) speed: Option<Spanned<Text<'a>>>,
    #[serde(borrow)]
    pub(super) mac: Spanned<Text<'a>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawVif<'a> {
    #[serde(borrow)]
    pub(super) name: Spanned<Text<'a>>,
    #[serde(borrow)]
    pub(super) kind: Spanned<Text<'a>>,
    pub(super) vlan: Spanned<i64>,
    pub(super) mtu: Option<Spanned<i64>>,
    #[serde(borrow)]
    pub(super) amazon_address: Option<Spanned<Text<'a>>>,
    #[serde(borrow)]
    pub(super) customer_mac: Option<Spanned<Text<'a>>>,
    #[serde(borrow)]
    pub(super) customer_address: Option<Spanned<Text<'a>>>,
    pub(super) asn: Option<Spanned<i64>>,
    pub(super) amazon_asn: Option<Spanned<i64>>,
    #[serde(borrow)]
    pub(super) auth_key: Option<Spanned<Text<'a>>>,
    pub(super) bfd: Option<Spanned<bool>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTarget<'a> {
    #[serde(borrow)]
    pub(super) name: Spanned<Text<'a>>,
    #[serde(borrow)]
    pub(super) mac: Spanned<Text<'a>>,
    pub(super) vlan: Option<Spanned<i64>>,
    #[serde(borrow)]
    pub(super) address: Option<Spanned<Text<'a>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRoute<'a> {
    #[serde(borrow)]
    pub(super) vif: Spanned<Text<'a>>,
    #[serde(borrow)]
    pub(super) prefix: Spanned<Text<'a>>,
    #[serde(borrow)]
    pub(super) target: Spanned<Text<'a>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCustomerRoute<'a> {
    #[serde(borrow)]
    pub(super) vif: Spanned<Text<'a>>,
    #[serde(borrow)]
    pub(super) prefix: Spanned<Text<'a>>,
    #[serde(borrow)]
    pub(super) preference: Option<Spanned<Text<'a>>>,
}

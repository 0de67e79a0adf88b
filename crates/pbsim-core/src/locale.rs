//! Languages, translated texts, and number and currency formats per locale.
//!
//! Formatting lives here rather than in the browser's `Intl` so that the page, the server's messages
//! and the CLI's reports write the same amount the same way, and so that it is tested natively.

use crate::money::Money;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A language the simulator speaks. Every text in a budget exists in each of them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    /// English, with US/Canadian number formats: `$1,234,567.89`.
    #[default]
    En,
    /// French, with Canadian French number formats: `1 234 567,89 $`.
    Fr,
}

impl Locale {
    /// Every supported locale, in the order a language switch lists them.
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Fr];

    /// The BCP 47 tag, for `<html lang>` and file keys.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Fr => "fr",
        }
    }

    /// The language's own name, for the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Fr => "Français",
        }
    }

    /// Parses a tag such as `fr` or `fr-CA` (the region is ignored).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let lang = tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        match lang.as_str() {
            "en" => Some(Locale::En),
            "fr" => Some(Locale::Fr),
            _ => None,
        }
    }

    fn decimal_separator(self) -> char {
        match self {
            Locale::En => '.',
            Locale::Fr => ',',
        }
    }

    fn group_separator(self) -> &'static str {
        match self {
            Locale::En => ",",
            // A no-break space, as fr-CA writes it, so an amount never wraps in the middle.
            Locale::Fr => "\u{a0}",
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// A text in every supported language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    /// English.
    pub en: String,
    /// French.
    pub fr: String,
}

impl Text {
    /// A text that reads the same in every language (a proper name, a number).
    pub fn same(s: &str) -> Text {
        Text { en: s.to_owned(), fr: s.to_owned() }
    }

    /// The text in `locale`.
    pub fn get(&self, locale: Locale) -> &str {
        match locale {
            Locale::En => &self.en,
            Locale::Fr => &self.fr,
        }
    }

    /// True when every language's text is empty.
    pub fn is_empty(&self) -> bool {
        self.en.is_empty() && self.fr.is_empty()
    }
}

/// The currency a budget is kept in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Currency {
    /// US dollar.
    #[default]
    USD,
    /// Canadian dollar.
    CAD,
    /// Euro.
    EUR,
    /// Pound sterling.
    GBP,
}

impl Currency {
    /// Every currency a budget may be kept in.
    pub const ALL: [Currency; 4] = [Currency::USD, Currency::CAD, Currency::EUR, Currency::GBP];

    /// The currency with this ISO 4217 code, as a budget file writes it.
    pub fn from_code(code: &str) -> Option<Currency> {
        Currency::ALL.into_iter().find(|c| c.code() == code)
    }

    /// The symbol residents expect to read.
    pub fn symbol(self) -> &'static str {
        match self {
            Currency::USD | Currency::CAD => "$",
            Currency::EUR => "€",
            Currency::GBP => "£",
        }
    }

    /// The ISO 4217 code.
    pub fn code(self) -> &'static str {
        match self {
            Currency::USD => "USD",
            Currency::CAD => "CAD",
            Currency::EUR => "EUR",
            Currency::GBP => "GBP",
        }
    }
}

/// How precisely to write an amount of money.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyStyle {
    /// Rounded to whole units: `$1,234,568`.
    Whole,
    /// With cents: `$1,234,567.89`.
    Cents,
    /// Short, for charts and tight spaces: `$1.2M`, `$386.6M`, `$12.9K`.
    Compact,
}

/// Writes `digits` (an unsigned integer) with the locale's thousands separator.
fn group_digits(value: u128, locale: Locale) -> String {
    let digits = value.to_string();
    let sep = locale.group_separator();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * sep.len());
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// Places the currency symbol as the locale does: before in English, after (with a no-break space)
/// in French.
fn with_symbol(number: &str, negative: bool, currency: Currency, locale: Locale) -> String {
    let sign = if negative { "-" } else { "" };
    match locale {
        Locale::En => format!("{sign}{}{number}", currency.symbol()),
        Locale::Fr => format!("{sign}{number}\u{a0}{}", currency.symbol()),
    }
}

/// Formats money for residents, in their locale.
///
/// ```
/// use pbsim_core::{format_money, Currency, Locale, Money, MoneyStyle};
/// assert_eq!(format_money(Money(123_456_789), Currency::USD, Locale::En, MoneyStyle::Whole), "$1,234,568");
/// assert_eq!(format_money(Money(6_475), Currency::CAD, Locale::Fr, MoneyStyle::Cents), "64,75\u{a0}$");
/// ```
pub fn format_money(amount: Money, currency: Currency, locale: Locale, style: MoneyStyle) -> String {
    let negative = amount.0 < 0;
    let cents = u128::from(amount.0.unsigned_abs());
    let number = match style {
        MoneyStyle::Whole => group_digits((cents + 50) / 100, locale),
        MoneyStyle::Cents => {
            format!("{}{}{:02}", group_digits(cents / 100, locale), locale.decimal_separator(), cents % 100)
        }
        MoneyStyle::Compact => compact(cents, locale),
    };
    // "-$0" reads as a loss of nothing: drop the sign when the rounded amount is zero.
    let shows_zero = number.chars().all(|c| !c.is_ascii_digit() || c == '0');
    with_symbol(&number, negative && !shows_zero, currency, locale)
}

/// `cents` as a short number with a magnitude suffix, one decimal where it helps.
fn compact(cents: u128, locale: Locale) -> String {
    let units = cents / 100;
    let (divisor, suffix) = match (units, locale) {
        (1_000_000_000.., Locale::En) => (1_000_000_000, "B"),
        (1_000_000_000.., Locale::Fr) => (1_000_000_000, "\u{a0}G"),
        (1_000_000.., Locale::En) => (1_000_000, "M"),
        (1_000_000.., Locale::Fr) => (1_000_000, "\u{a0}M"),
        (1_000.., Locale::En) => (1_000, "K"),
        (1_000.., Locale::Fr) => (1_000, "\u{a0}k"),
        _ => return group_digits((cents + 50) / 100, locale),
    };
    // Tenths of the unit, rounded half up.
    let tenths = (cents * 10 / 100 + divisor / 2) / divisor;
    if tenths.is_multiple_of(10) || tenths >= 10_000 {
        format!("{}{suffix}", group_digits((tenths + 5) / 10, locale))
    } else {
        format!("{}{}{}{suffix}", tenths / 10, locale.decimal_separator(), tenths % 10)
    }
}

/// Formats a signed change of money with an explicit `+` or `-`, for "your bill rises by" texts.
pub fn format_money_change(amount: Money, currency: Currency, locale: Locale, style: MoneyStyle) -> String {
    let body = format_money(amount.abs(), currency, locale, style);
    if amount.0 > 0 {
        format!("+{body}")
    } else if amount.0 < 0 && body.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("-{body}")
    } else {
        body
    }
}

/// Formats a tax rate held in micro-percent (1 = 0.000001 %) with `decimals` decimals.
///
/// ```
/// use pbsim_core::{format_rate, Locale};
/// assert_eq!(format_rate(156_016, Locale::En, 4), "0.1560%");
/// assert_eq!(format_rate(156_016, Locale::Fr, 6), "0,156016\u{a0}%");
/// ```
pub fn format_rate(micro_percent: i64, locale: Locale, decimals: u32) -> String {
    let decimals = decimals.min(6);
    let negative = micro_percent < 0;
    let abs = u128::from(micro_percent.unsigned_abs());
    let scale = 10u128.pow(6 - decimals);
    let rounded = (abs + scale / 2) / scale;
    let unit = 10u128.pow(decimals);
    let whole = group_digits(rounded / unit, locale);
    let mut number = whole;
    if decimals > 0 {
        number.push(locale.decimal_separator());
        number.push_str(&format!("{:0width$}", rounded % unit, width = decimals as usize));
    }
    let sign = if negative && rounded > 0 { "-" } else { "" };
    match locale {
        Locale::En => format!("{sign}{number}%"),
        Locale::Fr => format!("{sign}{number}\u{a0}%"),
    }
}

/// Formats a plain count or ratio-free number with the locale's grouping: `12,345` / `12 345`.
pub fn format_count(n: u64, locale: Locale) -> String {
    group_digits(u128::from(n), locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(cents: i64, locale: Locale, style: MoneyStyle, expected: &str) {
        let got = format_money(Money(cents), Currency::USD, locale, style);
        assert_eq!(got, expected.replace('_', "\u{a0}"), "{cents} {locale} {style:?}");
    }

    #[test]
    fn whole_amounts() {
        check(38_657_342_300, Locale::En, MoneyStyle::Whole, "$386,573,423");
        check(38_657_342_300, Locale::Fr, MoneyStyle::Whole, "386_573_423_$");
        check(-150, Locale::En, MoneyStyle::Whole, "-$2");
        check(-49, Locale::En, MoneyStyle::Whole, "$0");
        check(99_999, Locale::En, MoneyStyle::Whole, "$1,000");
        check(0, Locale::Fr, MoneyStyle::Whole, "0_$");
    }

    #[test]
    fn amounts_with_cents() {
        check(6_475, Locale::En, MoneyStyle::Cents, "$64.75");
        check(6_475, Locale::Fr, MoneyStyle::Cents, "64,75_$");
        check(-123_456_701, Locale::En, MoneyStyle::Cents, "-$1,234,567.01");
    }

    #[test]
    fn compact_amounts() {
        check(38_657_342_300, Locale::En, MoneyStyle::Compact, "$386.6M");
        check(38_657_342_300, Locale::Fr, MoneyStyle::Compact, "386,6_M_$");
        check(94_369_917_300, Locale::En, MoneyStyle::Compact, "$943.7M");
        check(120_000_000_000, Locale::En, MoneyStyle::Compact, "$1.2B");
        check(100_000_000, Locale::En, MoneyStyle::Compact, "$1M");
        check(1_291_428_500, Locale::En, MoneyStyle::Compact, "$12.9M");
        check(99_990_000, Locale::En, MoneyStyle::Compact, "$999.9K");
        check(99_999_999_900, Locale::En, MoneyStyle::Compact, "$1,000M");
        check(45_600, Locale::En, MoneyStyle::Compact, "$456");
        check(-250_000_000, Locale::En, MoneyStyle::Compact, "-$2.5M");
    }

    #[test]
    fn changes_carry_a_sign() {
        let f = |c| format_money_change(Money(c), Currency::CAD, Locale::En, MoneyStyle::Cents);
        assert_eq!(f(6_475), "+$64.75");
        assert_eq!(f(-6_475), "-$64.75");
        assert_eq!(f(0), "$0.00");
    }

    #[test]
    fn rates() {
        assert_eq!(format_rate(163_817, Locale::En, 4), "0.1638%");
        assert_eq!(format_rate(1_250_000, Locale::Fr, 2), "1,25\u{a0}%");
        assert_eq!(format_rate(-5_000, Locale::En, 3), "-0.005%");
        assert_eq!(format_rate(-4, Locale::En, 4), "0.0000%");
    }

    #[test]
    fn locale_tags() {
        assert_eq!(Locale::from_tag("fr-CA"), Some(Locale::Fr));
        assert_eq!(Locale::from_tag("EN_us"), Some(Locale::En));
        assert_eq!(Locale::from_tag("de"), None);
        assert_eq!(Locale::from_tag(""), None);
    }
}

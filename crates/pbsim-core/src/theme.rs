//! How a budget looks and where it may be embedded: the council's colours, font and logo, the
//! sites allowed to frame it, and the WCAG contrast arithmetic that keeps a brand readable.
//!
//! The budget loader (`budget/load/theme.rs`) fills these from the `[theme]` and `[embed]` tables
//! and refuses any colour pair the page draws text with whose contrast is below WCAG AA (4.5:1), so
//! a themed page passes the same accessibility scan as the default one.

use serde::{Deserialize, Serialize};
use std::fmt;

/// WCAG 2.1 AA's minimum contrast for normal-size text (success criterion 1.4.3).
pub const MIN_TEXT_CONTRAST: f64 = 4.5;

/// A colour as `#rrggbb` (what the file says, with `#rgb` expanded), serialised as that string.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Colour {
    /// Red, 0–255.
    pub r: u8,
    /// Green, 0–255.
    pub g: u8,
    /// Blue, 0–255.
    pub b: u8,
}

impl Colour {
    /// Reads `#rrggbb` or `#rgb` (hex digits in either case). Named colours and `rgb()` are not
    /// accepted: one spelling keeps files comparable, and contrast is computed on exact values.
    pub fn parse(text: &str) -> Result<Colour, String> {
        let bad = || format!("\"{text}\" is not a colour: write it as #rrggbb (for example #0b5cad)");
        let hex = text.strip_prefix('#').ok_or_else(bad)?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(bad());
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..=i], 16).map_err(|_| bad());
        match hex.len() {
            3 => Ok(Colour { r: digit(0)? * 17, g: digit(1)? * 17, b: digit(2)? * 17 }),
            6 => {
                let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).map_err(|_| bad());
                Ok(Colour { r: byte(0)?, g: byte(2)?, b: byte(4)? })
            }
            _ => Err(bad()),
        }
    }

    /// WCAG's relative luminance: 0 for black, 1 for white.
    pub fn luminance(self) -> f64 {
        // sRGB to linear light, with the threshold WCAG 2.x (and axe-core) use.
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * linear(self.r) + 0.7152 * linear(self.g) + 0.0722 * linear(self.b)
    }

    /// The WCAG contrast ratio of two colours, from 1 (the same) to 21 (black on white).
    pub fn contrast(self, other: Colour) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (light, dark) = if a >= b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }
}

impl fmt::Display for Colour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

impl TryFrom<String> for Colour {
    type Error = String;
    fn try_from(text: String) -> Result<Colour, String> {
        Colour::parse(&text)
    }
}

impl From<Colour> for String {
    fn from(c: Colour) -> String {
        c.to_string()
    }
}

/// The colours a page is drawn with. Each has a default, the stylesheet's own (`assets/style.css`
/// `:root`; keep the two in step), so a theme names only what it changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Colours {
    /// Buttons, links, focus rings and the pressed language: the council's brand colour.
    pub primary: Colour,
    /// Text on a `primary` background (the submit button).
    pub primary_text: Colour,
    /// The page.
    pub background: Colour,
    /// Panels drawn on the page: the balance bar, notes.
    pub surface: Colour,
    /// Body text.
    pub text: Colour,
    /// Secondary text: hints, descriptions, labels of figures.
    pub muted: Colour,
}

impl Default for Colours {
    fn default() -> Colours {
        let c = |r, g, b| Colour { r, g, b };
        Colours {
            primary: c(0x0b, 0x5c, 0xad),
            primary_text: c(0xff, 0xff, 0xff),
            background: c(0xff, 0xff, 0xff),
            surface: c(0xf3, 0xf5, 0xf8),
            text: c(0x1a, 0x1a, 0x1a),
            muted: c(0x4a, 0x4a, 0x4a),
        }
    }
}

/// Colours the stylesheet uses that a theme does not change (status and warning colours).
const SUCCESS: Colour = Colour { r: 0x1b, g: 0x6b, b: 0x2f };
const WARNING: Colour = Colour { r: 0xa1, g: 0x2a, b: 0x00 };
const WARNING_PANEL: Colour = Colour { r: 0xff, g: 0xf4, b: 0xd6 };

/// One pair of colours the page draws text with, named as a budget file's author knows them.
#[derive(Clone, Debug, PartialEq)]
pub struct ContrastFailure {
    /// The text colour's name: `theme.colours.text`, or a fixed colour of the stylesheet.
    pub foreground: String,
    /// The background's name.
    pub background: String,
    /// Their contrast ratio.
    pub ratio: f64,
}

impl fmt::Display for ContrastFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Rounded down, so a ratio of 4.497 is never shown as the 4.50 it fails to reach.
        let shown = (self.ratio * 100.0).floor() / 100.0;
        write!(
            f,
            "{} on {} has a contrast of {shown:.2}:1, below the {MIN_TEXT_CONTRAST}:1 that WCAG AA needs for text",
            self.foreground, self.background
        )
    }
}

impl Colours {
    /// Every pair of these colours (and of the stylesheet's fixed ones) that the page draws text
    /// with whose contrast is below [`MIN_TEXT_CONTRAST`]. Empty for a readable theme.
    pub fn contrast_failures(&self) -> Vec<ContrastFailure> {
        let named = |name: &str, c: Colour| (format!("theme.colours.{name} ({c})"), c);
        let fixed = |what: &str, c: Colour| (format!("{what} ({c})"), c);
        let pairs = [
            (named("text", self.text), named("background", self.background)),
            (named("text", self.text), named("surface", self.surface)),
            (named("text", self.text), fixed("the warning panel", WARNING_PANEL)),
            (named("muted", self.muted), named("background", self.background)),
            (named("muted", self.muted), named("surface", self.surface)),
            // Links and the outlined buttons' labels.
            (named("primary", self.primary), named("background", self.background)),
            (named("primary_text", self.primary_text), named("primary", self.primary)),
            // A disabled submit button is drawn in the background colour on the muted one.
            (named("background", self.background), named("muted", self.muted)),
            (fixed("the success colour", SUCCESS), named("background", self.background)),
            (fixed("the warning colour", WARNING), named("background", self.background)),
        ];
        pairs
            .into_iter()
            .filter_map(|((fg_name, fg), (bg_name, bg))| {
                let ratio = fg.contrast(bg);
                (ratio < MIN_TEXT_CONTRAST).then_some(ContrastFailure {
                    foreground: fg_name,
                    background: bg_name,
                    ratio,
                })
            })
            .collect()
    }
}

/// A council's look for its budget: `[theme]` in the budget file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Theme {
    /// The colours, defaults filled in.
    pub colours: Colours,
    /// A CSS `font-family` list (`"Open Sans", Arial, sans-serif`); the system font when absent.
    /// Only fonts the resident's device has: pbsim loads no web font.
    pub font: Option<String>,
    /// The council's logo, shown above the budget's title.
    pub logo: Option<Logo>,
}

/// A logo image and its text equivalent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Logo {
    /// An `https://` URL, or a path on pbsim's own site (`/logos/markham.svg`).
    pub src: String,
    /// What the logo says, for screen readers ("City of Markham").
    pub alt: crate::locale::Text,
}

impl Logo {
    /// The origin an `https://` logo is loaded from (for the page's content security policy);
    /// `None` for a path on pbsim's own site.
    pub fn origin(&self) -> Option<String> {
        Logo::origin_of(&self.src)
    }

    pub(crate) fn origin_of(src: &str) -> Option<String> {
        let rest = src.strip_prefix("https://")?;
        let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        parse_origin(&format!("https://{}", &rest[..end])).ok()
    }
}

/// Who may embed a budget: `[embed]` in the budget file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Embed {
    /// Origins (`https://www.markham.ca`) whose pages may frame the budget's pages and call its API
    /// from the browser. The server adds its own configured origins to these.
    pub allowed_origins: Vec<String>,
}

/// Reads an origin as browsers send it in `Origin`: `scheme://host[:port]`, http or https, no path,
/// no wildcard. The scheme and host are lowercased and a default port dropped, so the result
/// compares equal to what a browser sends.
pub fn parse_origin(text: &str) -> Result<String, String> {
    let bad = |why: &str| format!("\"{text}\" is not an origin ({why}): write it as https://www.example.ca");
    let (scheme, rest) = text.split_once("://").ok_or_else(|| bad("no scheme"))?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "https" && scheme != "http" {
        return Err(bad("only http and https"));
    }
    if rest.contains('*') {
        return Err(bad("wildcards are not allowed: list each site"));
    }
    if rest.contains(['/', '?', '#']) {
        return Err(bad("no path, not even a final /"));
    }
    if rest.contains('@') {
        return Err(bad("no user name"));
    }
    let (host, port) = match rest.rsplit_once(':') {
        // An IPv6 literal ([::1]) has colons of its own; its port follows the bracket.
        Some((host, port)) if !port.contains(']') => (host, Some(port)),
        _ => (rest, None),
    };
    let host_ok = !host.is_empty()
        && (host.starts_with('[') && host.ends_with(']')
            || host.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.'));
    if !host_ok {
        return Err(bad("the host name has characters a host name cannot have"));
    }
    let host = host.to_ascii_lowercase();
    match port {
        None => Ok(format!("{scheme}://{host}")),
        Some(port) => {
            let n: u16 = port.parse().map_err(|_| bad("the port is not a number from 1 to 65535"))?;
            if n == 0 {
                return Err(bad("the port is not a number from 1 to 65535"));
            }
            let default = if scheme == "https" { 443 } else { 80 };
            if n == default { Ok(format!("{scheme}://{host}")) } else { Ok(format!("{scheme}://{host}:{n}")) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn colour(text: &str) -> Colour {
        Colour::parse(text).unwrap_or_else(|e| panic!("{e}"))
    }

    fn check_contrast(a: &str, b: &str, expected: f64) {
        let ratio = colour(a).contrast(colour(b));
        assert!((ratio - expected).abs() < 0.005, "{a} on {b}: {ratio}, expected {expected}");
        assert_eq!(ratio, colour(b).contrast(colour(a)), "contrast is symmetric");
    }

    #[test]
    fn contrast_of_known_pairs() {
        // Values from the WebAIM contrast checker.
        check_contrast("#000000", "#ffffff", 21.0);
        check_contrast("#ffffff", "#ffffff", 1.0);
        check_contrast("#767676", "#ffffff", 4.54);
        check_contrast("#777777", "#ffffff", 4.48);
        check_contrast("#595959", "#ffffff", 7.0);
        check_contrast("#ff0000", "#ffffff", 4.0);
        check_contrast("#0000ff", "#ffffff", 8.59);
        check_contrast("#999999", "#ffffff", 2.85);
    }

    #[test]
    fn colours_are_read_in_one_spelling() {
        assert_eq!(colour("#0B5cAd"), Colour { r: 0x0b, g: 0x5c, b: 0xad });
        assert_eq!(colour("#fa0"), Colour { r: 0xff, g: 0xaa, b: 0x00 });
        assert_eq!(colour("#fa0").to_string(), "#ffaa00");
        for bad in ["0b5cad", "#0b5ca", "#0b5cag", "blue", "rgb(0,0,0)", "#", "#ééé", "#+1+2+3"] {
            let e = Colour::parse(bad).expect_err(bad);
            assert!(e.contains(bad) && e.contains("#rrggbb"), "{e}");
        }
    }

    #[test]
    fn default_colours_pass_every_pair() {
        assert_eq!(Colours::default().contrast_failures(), vec![]);
    }

    #[test]
    fn a_pale_brand_colour_is_refused_naming_the_pair_and_the_ratio() {
        let colours = Colours { primary: colour("#ff0000"), ..Colours::default() };
        let failures: Vec<String> = colours.contrast_failures().iter().map(ToString::to_string).collect();
        assert_eq!(
            failures,
            vec![
                "theme.colours.primary (#ff0000) on theme.colours.background (#ffffff) has a contrast of 3.99:1, \
                 below the 4.5:1 that WCAG AA needs for text",
                "theme.colours.primary_text (#ffffff) on theme.colours.primary (#ff0000) has a contrast of \
                 3.99:1, below the 4.5:1 that WCAG AA needs for text",
            ]
        );
    }

    #[test]
    fn a_ratio_just_under_the_threshold_is_not_rounded_up() {
        let colours = Colours { muted: colour("#777777"), ..Colours::default() };
        let text = colours.contrast_failures()[0].to_string();
        assert!(text.contains("4.47:1") || text.contains("4.48:1"), "{text}");
    }

    fn check_origin(input: &str, expected: Result<&str, &str>) {
        match (parse_origin(input), expected) {
            (Ok(got), Ok(want)) => assert_eq!(got, want, "{input}"),
            (Err(got), Err(want)) => assert!(got.contains(want), "{input}: {got}"),
            (got, want) => panic!("{input}: got {got:?}, expected {want:?}"),
        }
    }

    #[test]
    fn origins() {
        check_origin("https://www.markham.ca", Ok("https://www.markham.ca"));
        check_origin("HTTPS://WWW.Markham.CA", Ok("https://www.markham.ca"));
        check_origin("https://www.markham.ca:443", Ok("https://www.markham.ca"));
        check_origin("http://localhost:80", Ok("http://localhost"));
        check_origin("http://127.0.0.1:4173", Ok("http://127.0.0.1:4173"));
        check_origin("http://[::1]:8080", Ok("http://[::1]:8080"));
        check_origin("https://www.markham.ca/", Err("no path"));
        check_origin("https://www.markham.ca/budget", Err("no path"));
        check_origin("https://*.markham.ca", Err("wildcards"));
        check_origin("*", Err("no scheme"));
        check_origin("www.markham.ca", Err("no scheme"));
        check_origin("ftp://markham.ca", Err("only http and https"));
        check_origin("https://", Err("host name"));
        check_origin("https://a b.ca", Err("host name"));
        check_origin("https://markham.ca:0", Err("port"));
        check_origin("https://markham.ca:99999", Err("port"));
        check_origin("https://user@markham.ca", Err("user name"));
    }
}

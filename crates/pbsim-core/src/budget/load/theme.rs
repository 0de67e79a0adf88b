//! The `[theme]` and `[embed]` tables of a budget file: colours that must stay readable, a font
//! list, a logo with its text, and the origins allowed to embed the budget.

use super::Checker;
use crate::theme::{Colour, Colours, Embed, Logo, Theme, parse_origin};
use serde::Deserialize;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileTheme {
    colours: Option<Spanned<FileColours>>,
    font: Option<Spanned<String>>,
    logo: Option<Spanned<FileLogo>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileColours {
    primary: Option<Spanned<String>>,
    primary_text: Option<Spanned<String>>,
    background: Option<Spanned<String>>,
    surface: Option<Spanned<String>>,
    text: Option<Spanned<String>>,
    muted: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileLogo {
    src: Option<String>,
    alt: Option<super::FileText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileEmbed {
    #[serde(default)]
    allowed_origins: Vec<Spanned<String>>,
}

/// The longest font list accepted; a real one is a few names.
const MAX_FONT_CHARS: usize = 200;

pub(super) fn check_theme(c: &mut Checker<'_>, theme: Option<&Spanned<FileTheme>>) -> Option<Theme> {
    let theme = theme?;
    let t = theme.get_ref();
    let mut colours = Colours::default();
    if let Some(file) = &t.colours {
        let at = file.span().start;
        let f = file.get_ref();
        let fields = [
            ("primary", &f.primary, &mut colours.primary),
            ("primary_text", &f.primary_text, &mut colours.primary_text),
            ("background", &f.background, &mut colours.background),
            ("surface", &f.surface, &mut colours.surface),
            ("text", &f.text, &mut colours.text),
            ("muted", &f.muted, &mut colours.muted),
        ];
        let mut all_read = true;
        for (name, given, slot) in fields {
            let Some(given) = given else { continue };
            match Colour::parse(given.get_ref()) {
                Ok(colour) => *slot = colour,
                Err(e) => {
                    all_read = false;
                    c.error(Some(given.span().start), format!("theme.colours.{name}"), e);
                }
            }
        }
        // Contrast is only meaningful once every colour was read.
        if all_read {
            for failure in colours.contrast_failures() {
                c.error(Some(at), "theme.colours", failure.to_string());
            }
        }
    }
    let font = t.font.as_ref().map(|font| {
        let text = font.get_ref().trim().to_owned();
        // The list goes into a CSS custom property: only what a font-family list needs, so it cannot
        // close the declaration or load anything.
        let allowed = |ch: char| ch.is_alphanumeric() || " ,-_'\"".contains(ch);
        if text.is_empty() || text.chars().count() > MAX_FONT_CHARS || !text.chars().all(allowed) {
            c.error(
                Some(font.span().start),
                "theme.font",
                format!(
                    "\"{text}\" is not a font list: names separated by commas, in quotes when they have spaces \
                     (\"Open Sans\", Arial, sans-serif), at most {MAX_FONT_CHARS} characters"
                ),
            );
        }
        text
    });
    let logo = t.logo.as_ref().map(|logo| {
        let at = logo.span().start;
        let l = logo.get_ref();
        let src = l.src.clone().unwrap_or_default();
        let on_our_site = src.starts_with('/') && !src.starts_with("//");
        let valid = (src.starts_with("https://") && Logo::origin_of(&src).is_some()) || on_our_site;
        if !valid || src.contains(['"', '\'', ' ', '\\']) {
            c.error(
                Some(at),
                "theme.logo.src",
                format!("\"{src}\" is not an https:// address or a path on this site (/logos/city.svg)"),
            );
        }
        let alt = c.text(at, "theme.logo.alt", l.alt.as_ref(), true);
        Logo { src, alt }
    });
    Some(Theme { colours, font, logo })
}

pub(super) fn check_embed(c: &mut Checker<'_>, embed: Option<&Spanned<FileEmbed>>) -> Embed {
    let Some(embed) = embed else { return Embed::default() };
    let mut allowed_origins: Vec<String> = Vec::new();
    for (i, origin) in embed.get_ref().allowed_origins.iter().enumerate() {
        match parse_origin(origin.get_ref()) {
            Ok(o) if !allowed_origins.contains(&o) => allowed_origins.push(o),
            Ok(o) => c.error(
                Some(origin.span().start),
                format!("embed.allowed_origins[{i}]"),
                format!("{o} is listed twice"),
            ),
            Err(e) => c.error(Some(origin.span().start), format!("embed.allowed_origins[{i}]"), e),
        }
    }
    Embed { allowed_origins }
}

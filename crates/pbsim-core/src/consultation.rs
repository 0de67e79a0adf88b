//! When a consultation runs, and when its figures are public: a budget file's `[consultation]`
//! (`opens`, `closes`) and `[results]` (`public`, `threshold`).
//!
//! Times are RFC 3339 with an offset (`2027-02-10T17:00:00-06:00`), kept as the instant (Unix
//! seconds) and the offset the file wrote, so pages show them in the budget's own time zone
//! whatever the resident's clock says. Whether the consultation is open is decided from the instant
//! alone ([`Consultation::phase`]): the server with its clock when a submission arrives, the page
//! with the browser's to choose what to show. A budget without dates is always open.

use crate::locale::Locale;
use serde::{Deserialize, Serialize};

/// An instant as a budget file wrote it: the moment, and the offset from UTC it was written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Moment {
    /// Seconds since 1970-01-01T00:00:00Z.
    pub unix: i64,
    /// The offset from UTC the file gave, in minutes (`-360` for `-06:00`).
    pub offset_minutes: i16,
}

/// When residents may submit: from `opens` (inclusive) until `closes` (exclusive). Either may be
/// absent: no `opens` is open from the start, no `closes` never closes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Consultation {
    /// When submissions start to be accepted.
    pub opens: Option<Moment>,
    /// When they stop being accepted.
    pub closes: Option<Moment>,
}

/// Where a consultation stands at a given instant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Before `opens`.
    NotOpen,
    /// Residents may submit.
    Open,
    /// At or after `closes`.
    Closed,
}

impl Consultation {
    /// The phase at `now` (Unix seconds).
    pub fn phase(&self, now: i64) -> Phase {
        if self.closes.is_some_and(|c| now >= c.unix) {
            Phase::Closed
        } else if self.opens.is_some_and(|o| now < o.unix) {
            Phase::NotOpen
        } else {
            Phase::Open
        }
    }
}

/// When the public figures of a budget (its aggregates, never a submission) may be seen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// As soon as the threshold is reached; the page shows them to a resident after they submit.
    #[default]
    AfterSubmit,
    /// Only once the consultation has closed (and the threshold is reached).
    AfterClose,
    /// Never: only officers see results.
    Never,
}

impl Visibility {
    /// The value as a budget file writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Visibility::AfterSubmit => "after_submit",
            Visibility::AfterClose => "after_close",
            Visibility::Never => "never",
        }
    }
}

/// The fewest submissions a budget file may set as its threshold: below it, the figures moving
/// after one more submission would show that resident's choice too plainly.
pub const MIN_RESULTS_THRESHOLD: u32 = 5;

/// The threshold when the file gives none.
pub const DEFAULT_RESULTS_THRESHOLD: u32 = 20;

/// A budget's `[results]`: who sees the public figures, and from how many submissions on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ResultsRules {
    /// When the figures are public.
    pub public: Visibility,
    /// No figure is public before this many submissions are stored.
    pub threshold: u32,
}

impl Default for ResultsRules {
    fn default() -> Self {
        ResultsRules { public: Visibility::AfterSubmit, threshold: DEFAULT_RESULTS_THRESHOLD }
    }
}

/// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day counted from 1970-01-01 (the inverse of [`days_from_civil`]).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Moment {
    /// The moment of a date and time written with an offset. `None` when the date does not exist
    /// (February 30th) or a field is out of range.
    pub fn from_parts(date: (i64, i64, i64), time: (i64, i64, i64), offset_minutes: i16) -> Option<Moment> {
        let ((year, month, day), (hour, minute, second)) = (date, time);
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && (1..=days_in_month(year, month)).contains(&day)
            && (0..24).contains(&hour)
            && (0..60).contains(&minute)
            && (0..60).contains(&second)
            && (-(24 * 60 - 1)..24 * 60).contains(&offset_minutes);
        if !valid {
            return None;
        }
        let local = days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second;
        Some(Moment { unix: local - i64::from(offset_minutes) * 60, offset_minutes })
    }

    /// The date and time as the file's offset reads them: `(year, month, day, hour, minute)`.
    pub fn local(&self) -> (i64, i64, i64, i64, i64) {
        let local = self.unix + i64::from(self.offset_minutes) * 60;
        let (days, secs) = (local.div_euclid(86_400), local.rem_euclid(86_400));
        let (y, m, d) = civil_from_days(days);
        (y, m, d, secs / 3600, secs % 3600 / 60)
    }

    /// The offset as `UTC−06:00` (`UTC` for zero), so a reader elsewhere knows which clock.
    fn offset_label(&self) -> String {
        let m = i32::from(self.offset_minutes);
        if m == 0 {
            return "UTC".into();
        }
        let sign = if m < 0 { '\u{2212}' } else { '+' };
        format!("UTC{sign}{:02}:{:02}", m.abs() / 60, m.abs() % 60)
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// A moment in the budget's own time zone, as a resident of `locale` reads it:
/// `February 10, 2027, 5:00 p.m. (UTC−06:00)`, `10 février 2027 à 17 h 00 (UTC−06:00)`.
pub fn format_moment(moment: Moment, locale: Locale) -> String {
    let (year, month, day, hour, minute) = moment.local();
    let index = usize::try_from(month - 1).unwrap_or(0).min(11);
    let zone = moment.offset_label();
    match locale {
        Locale::En => {
            let (h12, half) = match hour {
                0 => (12, "a.m."),
                1..=11 => (hour, "a.m."),
                12 => (12, "p.m."),
                _ => (hour - 12, "p.m."),
            };
            format!("{} {day}, {year}, {h12}:{minute:02} {half} ({zone})", MONTHS_EN[index])
        }
        Locale::Fr => {
            let day = if day == 1 { "1er".to_owned() } else { day.to_string() };
            format!("{day} {} {year} à {hour} h {minute:02} ({zone})", MONTHS_FR[index])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moments_are_instants_and_read_back_in_their_own_zone() {
        let m = Moment::from_parts((2027, 2, 10), (17, 0, 0), -360).unwrap_or_else(|| panic!("valid"));
        // 2027-02-10T23:00:00Z.
        assert_eq!(m.unix, 1_802_300_400);
        assert_eq!(m.local(), (2027, 2, 10, 17, 0));
        assert_eq!(format_moment(m, Locale::En), "February 10, 2027, 5:00 p.m. (UTC\u{2212}06:00)");
        assert_eq!(format_moment(m, Locale::Fr), "10 février 2027 à 17 h 00 (UTC\u{2212}06:00)");
        let z = Moment::from_parts((2000, 3, 1), (0, 5, 0), 0).unwrap_or_else(|| panic!("valid"));
        assert_eq!(z.unix, 951_869_100);
        assert_eq!(format_moment(z, Locale::En), "March 1, 2000, 12:05 a.m. (UTC)");
        assert_eq!(format_moment(z, Locale::Fr), "1er mars 2000 à 0 h 05 (UTC)");
        assert_eq!(Moment::from_parts((2027, 2, 29), (0, 0, 0), 0), None);
        assert!(Moment::from_parts((2028, 2, 29), (0, 0, 0), 0).is_some());
        assert_eq!(Moment::from_parts((2027, 1, 1), (24, 0, 0), 0), None);
    }

    #[test]
    fn a_consultation_is_open_from_its_opening_until_its_close() {
        let at = |unix| Some(Moment { unix, offset_minutes: 0 });
        let window = Consultation { opens: at(100), closes: at(200) };
        assert_eq!(window.phase(99), Phase::NotOpen);
        assert_eq!(window.phase(100), Phase::Open);
        assert_eq!(window.phase(199), Phase::Open);
        assert_eq!(window.phase(200), Phase::Closed);
        assert_eq!(Consultation::default().phase(i64::MAX), Phase::Open);
        assert_eq!(Consultation { opens: None, closes: at(5) }.phase(4), Phase::Open);
        assert_eq!(Consultation { opens: at(5), closes: None }.phase(i64::MAX), Phase::Open);
    }
}

//! The `[consultation]` and `[results]` tables of a budget file: when residents may submit, and
//! when the public figures may be seen.

use super::Checker;
use crate::consultation::{Consultation, MIN_RESULTS_THRESHOLD, Moment, ResultsRules, Visibility};
use serde::Deserialize;
use toml::Spanned;
use toml::value::{Datetime, Offset};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileConsultation {
    /// A TOML offset date-time (`2027-01-10T09:00:00-06:00`) or the same in a string.
    opens: Option<Spanned<toml::Value>>,
    closes: Option<Spanned<toml::Value>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileResults {
    public: Option<Spanned<String>>,
    threshold: Option<Spanned<i64>>,
}

const FORMAT_HINT: &str = "write a date, a time and an offset, as RFC 3339 does: 2027-02-10T17:00:00-06:00";

/// One of `opens`/`closes`: a date-time with an offset, written bare or in a string.
fn moment(c: &mut Checker<'_>, key: &str, value: &Spanned<toml::Value>) -> Option<Moment> {
    let at = value.span().start;
    let path = format!("consultation.{key}");
    let parsed: Option<Datetime> = match value.get_ref() {
        toml::Value::Datetime(d) => Some(*d),
        toml::Value::String(s) => s.trim().parse().ok(),
        _ => None,
    };
    let Some(datetime) = parsed else {
        c.error(Some(at), path, format!("is not a date and time: {FORMAT_HINT}"));
        return None;
    };
    let (Some(date), Some(time)) = (datetime.date, datetime.time) else {
        c.error(Some(at), path, format!("needs both a date and a time: {FORMAT_HINT}"));
        return None;
    };
    let offset = match datetime.offset {
        Some(Offset::Z) => 0,
        Some(Offset::Custom { minutes }) => minutes,
        None => {
            c.error(
                Some(at),
                path,
                format!("has no offset from UTC, so residents elsewhere could not tell when it is: {FORMAT_HINT}"),
            );
            return None;
        }
    };
    let moment = Moment::from_parts(
        (i64::from(date.year), i64::from(date.month), i64::from(date.day)),
        (i64::from(time.hour), i64::from(time.minute), i64::from(time.second.unwrap_or(0))),
        offset,
    );
    if moment.is_none() {
        c.error(Some(at), path, format!("{datetime} is not a date and time that exists"));
    }
    moment
}

pub(super) fn check_consultation(c: &mut Checker<'_>, file: Option<&Spanned<FileConsultation>>) -> Consultation {
    let Some(file) = file else { return Consultation::default() };
    let f = file.get_ref();
    let opens = f.opens.as_ref().and_then(|v| moment(c, "opens", v));
    let closes = f.closes.as_ref().and_then(|v| moment(c, "closes", v));
    if let (Some(o), Some(cl)) = (opens, closes)
        && cl.unix <= o.unix
    {
        let at = f.closes.as_ref().map_or(file.span().start, |v| v.span().start);
        c.error(Some(at), "consultation.closes", "the consultation closes before it opens");
    }
    Consultation { opens, closes }
}

pub(super) fn check_results(c: &mut Checker<'_>, file: Option<&Spanned<FileResults>>) -> ResultsRules {
    let mut rules = ResultsRules::default();
    let Some(file) = file else { return rules };
    let f = file.get_ref();
    if let Some(public) = &f.public {
        rules.public = match public.get_ref().as_str() {
            "after_submit" => Visibility::AfterSubmit,
            "after_close" => Visibility::AfterClose,
            "never" => Visibility::Never,
            other => {
                c.error(
                    Some(public.span().start),
                    "results.public",
                    format!("unknown value \"{other}\" (after_submit, after_close or never)"),
                );
                Visibility::Never
            }
        };
    }
    if let Some(threshold) = &f.threshold {
        let n = *threshold.get_ref();
        match u32::try_from(n) {
            Ok(n) if n >= MIN_RESULTS_THRESHOLD => rules.threshold = n,
            Ok(_) | Err(_) if n < i64::from(MIN_RESULTS_THRESHOLD) => c.error(
                Some(threshold.span().start),
                "results.threshold",
                format!(
                    "{n} is too few: with fewer than {MIN_RESULTS_THRESHOLD} submissions, the figures would show \
                     what one resident chose"
                ),
            ),
            _ => c.error(Some(threshold.span().start), "results.threshold", format!("{n} is more than can be counted")),
        }
    }
    rules
}

#[cfg(test)]
mod tests {
    use crate::Budget;
    use crate::budget::tests::with_tables;
    use crate::consultation::{Moment, Phase, Visibility};

    fn problems(text: &str) -> Vec<String> {
        match Budget::from_toml(text) {
            Ok(_) => Vec::new(),
            Err(e) => e.0.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn a_budget_without_dates_is_always_open_and_public_after_submitting_from_20() {
        let budget = Budget::from_toml(&with_tables("")).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(budget.consultation.phase(i64::MAX), Phase::Open);
        assert_eq!(budget.results.public, Visibility::AfterSubmit);
        assert_eq!(budget.results.threshold, 20);
    }

    #[test]
    fn dates_are_read_bare_or_quoted_with_their_offset() {
        let text = with_tables(
            "[consultation]\nopens = 2027-01-10T09:00:00-06:00\ncloses = \"2027-02-10T17:00:00Z\"\n\
             [results]\npublic = \"after_close\"\nthreshold = 30\n",
        );
        let budget = Budget::from_toml(&text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(budget.consultation.opens, Some(Moment { unix: 1_799_593_200, offset_minutes: -360 }));
        assert_eq!(budget.consultation.closes, Some(Moment { unix: 1_802_278_800, offset_minutes: 0 }));
        assert_eq!(budget.consultation.phase(1_799_593_199), Phase::NotOpen);
        assert_eq!(budget.consultation.phase(1_802_278_800), Phase::Closed);
        assert_eq!((budget.results.public, budget.results.threshold), (Visibility::AfterClose, 30));
    }

    #[test]
    fn every_window_and_results_problem_is_reported_with_its_line() {
        let text = with_tables(
            "[consultation]\nopens = 2027-02-10T09:00:00\ncloses = \"next tuesday\"\n\
             [results]\npublic = \"sometimes\"\nthreshold = 2\n",
        );
        assert_eq!(
            problems(&text),
            vec![
                "line 16: consultation.opens: has no offset from UTC, so residents elsewhere could not tell when it \
                 is: write a date, a time and an offset, as RFC 3339 does: 2027-02-10T17:00:00-06:00",
                "line 17: consultation.closes: is not a date and time: write a date, a time and an offset, as RFC \
                 3339 does: 2027-02-10T17:00:00-06:00",
                "line 19: results.public: unknown value \"sometimes\" (after_submit, after_close or never)",
                "line 20: results.threshold: 2 is too few: with fewer than 5 submissions, the figures would show \
                 what one resident chose",
            ]
        );
        let reversed =
            with_tables("[consultation]\nopens = 2027-02-10T09:00:00+01:00\ncloses = 2027-02-10T08:00:00Z\n");
        assert_eq!(problems(&reversed), vec!["line 17: consultation.closes: the consultation closes before it opens"]);
        let impossible = with_tables("[consultation]\ncloses = \"2027-02-30T08:00:00Z\"\n");
        assert_eq!(problems(&impossible).len(), 1, "{:?}", problems(&impossible));
    }
}

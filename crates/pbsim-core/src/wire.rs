//! Every body that travels between the server and the pages as JSON, defined once: the server
//! serialises these types and the app deserialises the same ones, so a field renamed or added here
//! changes both sides, and a mismatch is a compile error rather than a page that fails at run time.
//!
//! Two bodies are the model itself, sent as it is: a budget (`GET /api/budgets/{id}`) is a
//! [`Budget`](crate::Budget), and the officers' report is an [`aggregate::BudgetReport`] inside
//! [`ReportPage`]. Everything else is here, with enums where a field has a fixed set of values.
//!
//! Only what the residents' page uses ends up in its wasm (the linker drops the rest), so the
//! officers' types here cost residents nothing; the size check in CI (`scripts/size-report`) holds
//! that. Which route sends which type is in the README's API table.

use crate::aggregate::BudgetReport;
use crate::budget::Allocation;
use crate::locale::{Locale, Text};
use crate::money::Money;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

// Written by hand rather than derived: the page deserialises these enums, and serde's derive for an
// enum (a visitor for strings, bytes and indices) cost the residents' download 500 bytes of gzip per
// enum where this lookup in `ALL` costs a fraction (measured with scripts/size-report). Each enum
// has `ALL` and `as_str()`, the name on the wire.
macro_rules! serde_by_name {
    ($ty:ty, $unknown:literal) => {
        impl Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<$ty, D::Error> {
                let name = String::deserialize(deserializer)?;
                <$ty>::ALL.into_iter().find(|v| v.as_str() == name).ok_or_else(|| serde::de::Error::custom($unknown))
            }
        }
    };
}

// --- Residents ------------------------------------------------------------------------------------

/// One entry of `GET /api/budgets`: what the list of budgets shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BudgetSummary {
    /// The budget's id, its address is `/b/{id}`.
    pub id: String,
    /// Its title.
    pub title: Text,
    /// Its introduction.
    pub intro: Text,
}

/// What the page sends when a resident submits their budget.
///
/// Unknown fields are refused, so a misspelt field is an error rather than silently dropped data.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubmissionRequest {
    /// A UUID chosen by the page, once per draft: resending the same submission (a retry after a
    /// network failure) is recognised by it and never stored twice.
    pub id: String,
    /// A value for every line of the budget (empty for a budget of projects). May be left out, as
    /// a choice of projects does; a budget of lines then reports every line as missing.
    #[serde(default)]
    pub allocation: Allocation,
    /// The projects chosen, for a budget of projects (`kind = "projects"`); absent for a budget of
    /// lines (and from the JSON, so those submissions keep the body they always had).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub projects: Option<ProjectChoice>,
    /// Comments per section id.
    #[serde(default)]
    pub section_comments: BTreeMap<String, String>,
    /// A final comment on the whole budget.
    #[serde(default)]
    pub comment: String,
    /// Answers to the optional questions, by question id: an option id, or free text.
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
    /// The language the resident used.
    #[serde(default)]
    pub locale: Locale,
    /// A honeypot: the page has a field that people never see or reach, so it stays empty unless
    /// a program filled in every field it found. Left out of the JSON when empty, so a resident's
    /// stored submission is unchanged by it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub website: String,
    /// The invite code, for a budget that requires one (absent from the JSON when there is none,
    /// so submissions without one keep the body they always had).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invite: Option<String>,
    /// The secret of the resident's private edit link ([`crate::submission::is_edit_key`]: 128
    /// random bits as 32 lowercase hex digits), chosen by the page with the submission id, so a
    /// retry carries the same one. The server keeps only its SHA-256, never in the body. On a new
    /// submission it is the link's new secret; with `replaces`, the secret that proves the
    /// resident may replace that submission (and it stays the link's secret).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edit_key: Option<String>,
    /// The id of the submission this one replaces: the resident changed their budget through the
    /// private link (`edit_key` is that link's secret). The replaced one is kept, no longer counted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<String>,
}

/// `POST /api/budgets/{id}/edit`'s body: the secret of a private edit link. Sent in a body, never
/// in a URL, so it reaches no log.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EditKey {
    /// The secret from the link's fragment.
    pub edit_key: String,
}

/// `POST /api/budgets/{id}/edit`'s answer: the budget the resident sent last through this link, to
/// change and send again (with `replaces` set to its id). Only what the page puts back in the form
/// (not a whole [`SubmissionRequest`], whose reader would cost the residents' download more).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredBudget {
    /// The submission's id.
    pub id: String,
    /// When it was stored, RFC 3339 in UTC.
    pub received_at: String,
    /// A value for every line.
    pub allocation: Allocation,
    /// Comments per section id.
    #[serde(default)]
    pub section_comments: BTreeMap<String, String>,
    /// The final comment.
    #[serde(default)]
    pub comment: String,
    /// Answers per question id.
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
}

/// A resident's choice of projects, as the page sends it and the server stores it (in the order
/// chosen). JSON: `{"approved": ["104", "106"]}` for an approval ballot (within the budget, or of at
/// most k projects), `{"points": {"104": 3, "106": 2}}` for cumulative points.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProjectChoice {
    /// The ids of the projects approved.
    Approved(Vec<String>),
    /// Points given per project id (whole numbers, 0 or more).
    Points(Points),
}

/// Points per project id, in the order the JSON object lists them. Held as pairs, not a map, so a
/// project named twice in the object is seen (and refused) rather than silently taking the last.
/// Each value must be a whole number of 0 or more: anything else is refused by the parser, naming
/// the field (`projects.points.104`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Points(pub Vec<(String, u64)>);

impl Serialize for Points {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

impl<'de> Deserialize<'de> for Points {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Points, D::Error> {
        struct PairsVisitor;
        impl<'de> serde::de::Visitor<'de> for PairsVisitor {
            type Value = Points;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object of points per project id")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Points, A::Error> {
                let mut pairs = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    pairs.push((key, map.next_value::<WholePoints>()?.0));
                }
                Ok(Points(pairs))
            }
        }
        deserializer.deserialize_map(PairsVisitor)
    }
}

/// A number of points: its parse error says what is expected in words a resident's developer
/// reads at once ("expected a whole number of points, 0 or more"), not `u64`.
struct WholePoints(u64);

impl<'de> Deserialize<'de> for WholePoints {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<WholePoints, D::Error> {
        struct WholeVisitor;
        impl serde::de::Visitor<'_> for WholeVisitor {
            type Value = WholePoints;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a whole number of points, 0 or more")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<WholePoints, E> {
                Ok(WholePoints(v))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<WholePoints, E> {
                u64::try_from(v).map(WholePoints).map_err(|_| E::invalid_value(serde::de::Unexpected::Signed(v), &self))
            }
        }
        deserializer.deserialize_u64(WholeVisitor)
    }
}

/// The server's answer to an accepted submission.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmissionReceipt {
    /// The submission's id (the one the page sent).
    pub id: String,
    /// When it was stored, RFC 3339 in UTC.
    pub received_at: String,
}

/// One reason a submission (or any request) was refused.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// The field at fault, as a dotted path into the request: `allocation.police`.
    pub path: String,
    /// A stable code the page can translate.
    pub code: ProblemCode,
    /// What is wrong, in an English sentence.
    pub message: String,
}

/// Stable codes for [`Problem`]s.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemCode {
    /// The submission id is not a UUID.
    InvalidId,
    /// The allocation names a line the budget does not have.
    UnknownLine,
    /// The allocation leaves out a line.
    MissingLine,
    /// A value is below the line's minimum or above its maximum.
    OutOfRange,
    /// A value is not on the line's step grid.
    OffStep,
    /// The budget runs a deficit beyond what the rule allows.
    Deficit,
    /// The budget runs a surplus beyond what the rule allows.
    Surplus,
    /// Nothing was changed, and the budget asks for a change.
    Unchanged,
    /// A comment names a section the budget does not have.
    UnknownSection,
    /// A text is longer than allowed.
    TooLong,
    /// An answer names a question the budget does not have.
    UnknownQuestion,
    /// An answer is not one of the question's options.
    UnknownOption,
    /// The budget needs an invite code and none was given, or the code is unknown or used.
    InvalidInvite,
    /// The submission is of the other kind than its budget: projects sent to a budget of lines,
    /// lines sent to a budget of projects, or points to an approval ballot and the reverse.
    WrongKind,
    /// A budget of projects and no `projects` in the submission, or nothing chosen.
    NoProjects,
    /// A choice names a project the budget does not have.
    UnknownProject,
    /// A choice names the same project twice.
    RepeatedProject,
    /// More projects are chosen than the ballot allows (approval of at most k).
    TooManyProjects,
    /// The projects approved cost more than the budget's amount (approval within the budget).
    OverBudget,
    /// More points are given than the resident has.
    TooManyPoints,
    /// One project gets more points than the ballot allows for one project.
    TooManyPointsForOne,
    /// The request body is not valid JSON of the expected shape.
    MalformedBody,
    /// Anything else a client sent that cannot be accepted.
    Invalid,
}

impl Problem {
    /// A problem at `path`.
    pub fn new(path: impl Into<String>, code: ProblemCode, message: impl Into<String>) -> Problem {
        Problem { path: path.into(), code, message: message.into() }
    }
}

/// `GET /api/budgets/{id}/results`: the public figures of a budget's submissions, only when the
/// budget's `[results]` allow it and at least its threshold of submissions is stored; otherwise
/// only why not. Never a submission, a comment or an answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicResults {
    /// Whether figures are public now, and why not when they are not.
    pub status: ResultsStatus,
    /// How many submissions the figures count (only when published).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submissions: Option<u64>,
    /// When the figures were computed, RFC 3339 in UTC (only when published).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    /// The days (UTC, `2026-11-30`) of the first and the last submission counted (only when
    /// published): over which dates residents took part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<(String, String)>,
    /// Every line's figures, in the budget's order (empty unless published).
    #[serde(default)]
    pub lines: Vec<PublicLine>,
    /// A budget of projects' figures (only when published).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub projects: Option<PublicProjects>,
}

/// A budget of projects' public figures: every project's votes and, once the consultation has
/// closed, what the city's rule funds with them. Aggregates only, never a ballot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicProjects {
    /// Every project, in the budget's order.
    pub projects: Vec<PublicProject>,
    /// The city's rule's outcome (`[projects] rule`), only once the consultation has closed: before,
    /// nothing is decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<RuleOutcome>,
}

/// One project's public figures in [`PublicProjects`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicProject {
    /// The project id.
    pub id: String,
    /// Its votes: the residents who approved it, or the points it was given (what greedy ranks by).
    pub votes: u64,
    /// Whether the city's rule funds it: only once the consultation has closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub funded: Option<bool>,
}

/// The council's response to a consultation: a general text and an optional note per line id, each
/// in every language; plain text (paragraphs and `https://` links). The body officers publish
/// (`POST /api/admin/budgets/{id}/response`), checked by [`crate::response::check_response`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CouncilResponse {
    /// What the council heard and will do.
    pub general: Text,
    /// A note per line id ("Funded: +$1M for libraries in the 2027 budget").
    #[serde(default)]
    pub lines: BTreeMap<String, Text>,
}

/// `GET /api/budgets/{id}/response`: the latest published response and when it was published.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishedResponse {
    /// The response.
    pub response: CouncilResponse,
    /// When it was published, RFC 3339 in UTC.
    pub published_at: String,
}

/// Whether a budget's figures are public.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResultsStatus {
    /// The figures are in the answer.
    Published,
    /// Fewer submissions than the budget's threshold are stored: nothing is shown yet.
    BelowThreshold,
    /// The budget shows its figures once the consultation has closed, and it has not.
    AfterClose,
    /// The budget never shows its figures to the public.
    NotPublic,
}

/// One line's public figures, in the line's unit (minor units, or micro-percent for a rate).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicLine {
    /// The line id.
    pub id: String,
    /// The median of what residents chose.
    pub median: i64,
    /// The independent-markets aggregate applied to the median spending total (spending lines).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggregate: Option<i64>,
}

// --- Errors ---------------------------------------------------------------------------------------

/// The body of every error the API answers, whatever the route and whatever went wrong.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// What kind of error: pages choose what to say and whether to offer a retry by it.
    pub error: ErrorCode,
    /// A sentence for people, in English.
    pub message: String,
    /// Each problem with the path of its field (empty when the error is not about fields).
    #[serde(default)]
    pub problems: Vec<Problem>,
}

/// The stable codes of [`ErrorBody`], each with the one HTTP status it comes with. Written in the
/// JSON as [`ErrorCode::as_str`] says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorCode {
    /// 404: no such budget, route or resource.
    NotFound,
    /// 400, 415 or 422: the body is not JSON of the expected shape.
    MalformedBody,
    /// 400: a query parameter cannot be read (`?bins=x`).
    MalformedQuery,
    /// 422: the request breaks a rule; `problems` lists every one.
    InvalidSubmission,
    /// 409: the submission id was already used for a different submission.
    Conflict,
    /// 413: the body is larger than any submission can be.
    BodyTooLarge,
    /// 429: too many requests from this client, or too many wrong guesses (invite codes of one
    /// budget, one officer's password); `Retry-After` says when to try again.
    RateLimited,
    /// 408: the client did not send its whole body in the time allowed.
    BodyTimeout,
    /// 503: the server is at its limit for this kind of work (password checks, heavy reports) or
    /// did not answer in time; `Retry-After` says when to try again.
    Busy,
    /// 403: a page on another site may not call this budget's API.
    ForbiddenOrigin,
    /// 401: an officers' route without a valid session or token.
    Unauthorized,
    /// 500: the server's fault; the detail is in its log, never in the answer.
    Internal,
    /// 403: the budget's consultation has not opened yet; nothing was stored.
    NotOpenYet,
    /// 403: the budget's consultation has closed; nothing was stored.
    ConsultationClosed,
    /// 400: an edit link's secret is not one (32 lowercase hex digits), or an edit came without it.
    MalformedEditKey,
    /// 403: no budget of this consultation has this edit link (a mistyped or guessed secret);
    /// counted with the budget's wrong guesses.
    UnknownEditKey,
    /// 403: the edit link belongs to another budget, or to another submission than the one named.
    EditKeyMismatch,
    /// 409: the submission named was already replaced (by another tab or device): open the link
    /// again to change the latest version.
    AlreadyReplaced,
}

impl ErrorCode {
    /// Every code.
    pub const ALL: [ErrorCode; 18] = [
        ErrorCode::NotFound,
        ErrorCode::MalformedBody,
        ErrorCode::MalformedQuery,
        ErrorCode::InvalidSubmission,
        ErrorCode::Conflict,
        ErrorCode::BodyTooLarge,
        ErrorCode::RateLimited,
        ErrorCode::BodyTimeout,
        ErrorCode::Busy,
        ErrorCode::ForbiddenOrigin,
        ErrorCode::Unauthorized,
        ErrorCode::Internal,
        ErrorCode::NotOpenYet,
        ErrorCode::ConsultationClosed,
        ErrorCode::MalformedEditKey,
        ErrorCode::UnknownEditKey,
        ErrorCode::EditKeyMismatch,
        ErrorCode::AlreadyReplaced,
    ];

    /// The code as the JSON writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::NotFound => "not_found",
            ErrorCode::MalformedBody => "malformed_body",
            ErrorCode::MalformedQuery => "malformed_query",
            ErrorCode::InvalidSubmission => "invalid_submission",
            ErrorCode::Conflict => "conflict",
            ErrorCode::BodyTooLarge => "body_too_large",
            ErrorCode::RateLimited => "rate_limited",
            ErrorCode::BodyTimeout => "body_timeout",
            ErrorCode::Busy => "busy",
            ErrorCode::ForbiddenOrigin => "forbidden_origin",
            ErrorCode::Unauthorized => "unauthorized",
            ErrorCode::Internal => "internal",
            ErrorCode::NotOpenYet => "not_open_yet",
            ErrorCode::ConsultationClosed => "consultation_closed",
            ErrorCode::MalformedEditKey => "malformed_edit_key",
            ErrorCode::UnknownEditKey => "unknown_edit_key",
            ErrorCode::EditKeyMismatch => "edit_key_mismatch",
            ErrorCode::AlreadyReplaced => "already_replaced",
        }
    }
}

serde_by_name!(ErrorCode, "unknown error code");

// --- Officers -------------------------------------------------------------------------------------

/// `POST /api/admin/login`'s body. No `Debug`: it holds a password, which must never reach a log.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Login {
    /// The officer's name.
    pub username: String,
    /// Their password.
    pub password: String,
}

/// Who is logged in (`POST /api/admin/login`, `GET /api/admin/me`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionInfo {
    /// The officer's (or the API token's) name.
    pub name: String,
    /// When the session ends, in Unix seconds (only in the login's answer).
    pub expires_at: Option<i64>,
}

/// `GET /api/admin/budgets/{id}/report`: the aggregate report and the submissions per day, both
/// of the submissions that match the filters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportPage {
    /// The report (for a budget of projects: the submissions counted and the questions' answers;
    /// it has no lines).
    pub report: BudgetReport,
    /// Submissions per day (UTC), oldest first.
    pub per_day: Vec<DayCount>,
    /// For a budget of projects: who wins under each rule, from the same submissions (absent for
    /// a budget of lines, whose report is unchanged by it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub projects: Option<ProjectsOutcome>,
}

/// Who wins a budget of projects under each rule, from the residents' ballots: per project its
/// votes and cost and under which rules it is funded, per rule its winners and the money it
/// spends and leaves. The dashboard shows the rules side by side.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectsOutcome {
    /// The ballots counted (the submissions selected by the report's filters).
    pub ballots: u64,
    /// The amount available, in minor units.
    pub amount: Money,
    /// Every project, in the budget's order.
    pub projects: Vec<ProjectFigures>,
    /// Greedy, MES without completion, MES with Add1, in that order.
    pub rules: Vec<RuleOutcome>,
}

/// One project's figures in a [`ProjectsOutcome`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectFigures {
    /// The project's id.
    pub id: String,
    /// What it costs, in minor units.
    pub cost: Money,
    /// How many ballots name it (approve it, or give it points, zero included).
    pub votes: u64,
    /// Its score, what greedy ranks by: approvals, or points given.
    pub score: u64,
    /// The rules under which it is funded.
    pub won: Vec<RuleId>,
}

/// One rule's outcome in a [`ProjectsOutcome`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleOutcome {
    /// The rule.
    pub rule: RuleId,
    /// The funded projects' ids, in the order the rule chose them.
    pub winners: Vec<String>,
    /// What they cost together, in minor units.
    pub spent: Money,
    /// What the rule leaves of the amount, in minor units.
    pub unspent: Money,
}

/// The rules an officer compares. Written in the JSON as [`RuleId::as_str`] says (by hand, as
/// [`ErrorCode`], for the dashboard's download size).
/// A budget's default rule (`[projects] rule` left out) is [`RuleId::MesAdd1`]: see budgets/README.md.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum RuleId {
    /// Most votes first, skipping what no longer fits.
    Greedy,
    /// The Method of Equal Shares, without completion.
    Mes,
    /// The Method of Equal Shares completed by Add1 then greedy, as cities run it.
    #[default]
    MesAdd1,
}

impl RuleId {
    /// Every rule, in the order reports show them.
    pub const ALL: [RuleId; 3] = [RuleId::Greedy, RuleId::Mes, RuleId::MesAdd1];

    /// The rule as the JSON writes it: `greedy`, `mes`, `mes_add1`.
    pub fn as_str(self) -> &'static str {
        match self {
            RuleId::Greedy => "greedy",
            RuleId::Mes => "mes",
            RuleId::MesAdd1 => "mes_add1",
        }
    }

    /// The rule this names.
    pub fn rule(self) -> crate::projects::Rule {
        use crate::projects::{Completion, Rule};
        match self {
            RuleId::Greedy => Rule::Greedy,
            RuleId::Mes => Rule::EqualShares { completion: Completion::None },
            RuleId::MesAdd1 => Rule::EqualShares { completion: Completion::Add1 },
        }
    }
}

serde_by_name!(RuleId, "unknown rule");

/// Submissions received on one day (UTC).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayCount {
    /// `2026-11-26`.
    pub day: String,
    /// How many.
    pub count: usize,
}

/// `GET /api/admin/budgets/{id}/comments`: the comments that match a search, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comments {
    /// How many match (all of them, even beyond `comments`).
    pub total: usize,
    /// The first [`MAX_COMMENTS`] of them.
    pub comments: Vec<Comment>,
}

/// The most comments one answer of `GET /api/admin/budgets/{id}/comments` holds.
pub const MAX_COMMENTS: usize = 500;

/// One comment a resident wrote.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comment {
    /// The submission it is part of.
    pub submission: String,
    /// When that submission was stored, RFC 3339 in UTC.
    pub received_at: String,
    /// The section it is about; `None` for the final comment.
    pub section: Option<String>,
    /// What the resident wrote.
    pub text: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_codes_read_back_as_written() {
        for code in ErrorCode::ALL {
            let json = serde_json::to_string(&code).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            assert_eq!(serde_json::from_str::<ErrorCode>(&json).ok(), Some(code), "{json}");
        }
        let names: std::collections::BTreeSet<_> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(names.len(), ErrorCode::ALL.len(), "two codes written the same");
        assert!(serde_json::from_str::<ErrorCode>("\"teapot\"").is_err());
        let body: ErrorBody =
            serde_json::from_str(r#"{"error":"rate_limited","message":"slow down"}"#).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((body.error, body.problems.len()), (ErrorCode::RateLimited, 0));
    }

    #[test]
    fn rules_read_back_as_written() {
        let json = serde_json::to_string(&RuleId::ALL).unwrap_or_default();
        assert_eq!(json, r#"["greedy","mes","mes_add1"]"#);
        assert_eq!(serde_json::from_str::<Vec<RuleId>>(&json).ok(), Some(RuleId::ALL.to_vec()));
        assert!(serde_json::from_str::<RuleId>("\"borda\"").is_err());
    }
}

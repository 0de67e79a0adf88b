//! One error type for every API response that is not a success, and extractors (JSON body, path,
//! query) whose rejections use the same body, so a client meets one error format whatever it got
//! wrong: [`pbsim_core::wire::ErrorBody`], with a stable [`ErrorCode`].
//!
//! Client mistakes are answered with a 4xx and a list of [`Problem`]s naming each field at fault.
//! Server faults are logged with their detail and answered with a bare 500: internals never reach
//! the client.

use axum::Json;
use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use pbsim_core::wire::{ErrorBody, ErrorCode};
use pbsim_core::{Problem, ProblemCode};

/// Why a request failed.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// No such budget, submission or route.
    #[error("{0}")]
    NotFound(String),
    /// The request body is not JSON of the expected shape.
    #[error("the request body is not valid: {}", .1.message)]
    Malformed(StatusCode, Problem),
    /// A query parameter cannot be read.
    #[error("the query is not valid: {}", .0.message)]
    MalformedQuery(Problem),
    /// The submission breaks the budget's rules; every problem is listed.
    #[error("the submission has {} problem(s)", .0.len())]
    Invalid(Vec<Problem>),
    /// The same submission id was already used for a different submission.
    #[error("{0}")]
    Conflict(String),
    /// The request body is larger than any submission can be (see `limits::max_body_bytes`).
    #[error("the request body is larger than any submission can be")]
    TooLarge,
    /// This client sent more requests than the rate limit allows; it may try again after the
    /// given number of seconds.
    #[error("too many requests from your connection: try again in {0} seconds")]
    TooManyRequests(u64),
    /// Wrong guesses (invite codes of one budget, one officer's password) came too often; the
    /// request may be sent again after the given number of seconds.
    #[error("{message}")]
    Throttled {
        /// What was guessed too often, and when to come back.
        message: String,
        /// Seconds to wait.
        retry_after: u64,
    },
    /// The client did not send its whole request body in the time allowed.
    #[error("the request body did not arrive in time")]
    BodyTimeout,
    /// The server is at its limit for this kind of work (password checks, heavy reports) or did
    /// not answer in time; the request may be sent again after the given number of seconds.
    #[error("the server is busy: try again in {0} seconds")]
    Busy(u64),
    /// A browser on another site, not allowed to call this budget's API (see security.rs).
    #[error("pages from {0} may not call this API: the budget does not allow that site")]
    ForbiddenOrigin(String),
    /// An officers' route without a valid session or API token.
    #[error("log in as an officer, or send an API token")]
    Unauthorized,
    /// The budget's consultation has not opened yet (the message says when it opens).
    #[error("{0}")]
    NotOpenYet(String),
    /// The budget's consultation has closed (the message says when).
    #[error("{0}")]
    ConsultationClosed(String),
    /// An edit link's secret is not one, or an edit came without it (the message says which).
    #[error("{0}")]
    MalformedEditKey(String),
    /// No submission has this edit link (a mistyped or guessed secret).
    #[error("this edit link opens no budget: check that you copied the whole link")]
    UnknownEditKey,
    /// The edit link belongs to another budget, or to another submission than the one named.
    #[error("this edit link belongs to another budget or another submission: nothing was changed")]
    EditKeyMismatch,
    /// The submission named was already replaced.
    #[error("this budget was already changed since you opened it: open your link again to change the latest version")]
    AlreadyReplaced,
    /// Anything that is the server's fault.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sqlx::Error> for ApiError {
    fn from(e: sqlx::Error) -> ApiError {
        ApiError::Internal(e.into())
    }
}

impl ApiError {
    /// The status and code this error is answered with.
    pub fn status_and_code(&self) -> (StatusCode, ErrorCode) {
        match self {
            ApiError::NotFound(_) => (StatusCode::NOT_FOUND, ErrorCode::NotFound),
            ApiError::Malformed(status, _) => (*status, ErrorCode::MalformedBody),
            ApiError::MalformedQuery(_) => (StatusCode::BAD_REQUEST, ErrorCode::MalformedQuery),
            ApiError::Invalid(_) => (StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidSubmission),
            ApiError::Conflict(_) => (StatusCode::CONFLICT, ErrorCode::Conflict),
            ApiError::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::BodyTooLarge),
            ApiError::TooManyRequests(_) | ApiError::Throttled { .. } => {
                (StatusCode::TOO_MANY_REQUESTS, ErrorCode::RateLimited)
            }
            ApiError::BodyTimeout => (StatusCode::REQUEST_TIMEOUT, ErrorCode::BodyTimeout),
            ApiError::Busy(_) => (StatusCode::SERVICE_UNAVAILABLE, ErrorCode::Busy),
            ApiError::ForbiddenOrigin(_) => (StatusCode::FORBIDDEN, ErrorCode::ForbiddenOrigin),
            ApiError::Unauthorized => (StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized),
            ApiError::NotOpenYet(_) => (StatusCode::FORBIDDEN, ErrorCode::NotOpenYet),
            ApiError::ConsultationClosed(_) => (StatusCode::FORBIDDEN, ErrorCode::ConsultationClosed),
            ApiError::MalformedEditKey(_) => (StatusCode::BAD_REQUEST, ErrorCode::MalformedEditKey),
            ApiError::UnknownEditKey => (StatusCode::FORBIDDEN, ErrorCode::UnknownEditKey),
            ApiError::EditKeyMismatch => (StatusCode::FORBIDDEN, ErrorCode::EditKeyMismatch),
            ApiError::AlreadyReplaced => (StatusCode::CONFLICT, ErrorCode::AlreadyReplaced),
            ApiError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::Internal),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, error) = self.status_and_code();
        let mut message = self.to_string();
        let mut retry_after = None;
        let problems = match self {
            ApiError::Malformed(_, problem) | ApiError::MalformedQuery(problem) => vec![problem],
            ApiError::Invalid(problems) => problems,
            ApiError::TooManyRequests(seconds)
            | ApiError::Throttled { retry_after: seconds, .. }
            | ApiError::Busy(seconds) => {
                retry_after = Some(seconds);
                Vec::new()
            }
            ApiError::Internal(e) => {
                tracing::error!(error = ?e, "internal error");
                message = "something went wrong on our side".into();
                Vec::new()
            }
            _ => Vec::new(),
        };
        let mut response = (status, Json(ErrorBody { error, message, problems })).into_response();
        if let Some(seconds) = retry_after {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        if error == ErrorCode::BodyTimeout {
            // The rest of the body may still be on its way: this connection is done.
            response.headers_mut().insert(header::CONNECTION, HeaderValue::from_static("close"));
        }
        response
    }
}

/// `Json<T>` whose rejections are [`ApiError::Malformed`], with the parser's message (which names
/// the field, line and column) as the problem.
#[derive(Debug, FromRequest)]
#[from_request(via(Json), rejection(ApiError))]
pub struct ApiJson<T>(pub T);

/// `Path<T>` whose rejections (a path segment that is not UTF-8 once decoded) are
/// [`ApiError::NotFound`] in the same body as every other error.
#[derive(Debug, FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(ApiError))]
pub struct ApiPath<T>(pub T);

/// `Query<T>` whose rejections (a parameter that cannot be read, `?bins=x`) are
/// [`ApiError::MalformedQuery`] naming the parameter, in the same body as every other error.
#[derive(Debug, FromRequestParts)]
#[from_request(via(axum::extract::Query), rejection(ApiError))]
pub struct ApiQuery<T>(pub T);

impl From<QueryRejection> for ApiError {
    fn from(rejection: QueryRejection) -> ApiError {
        // The query is read by serde_urlencoded through serde_path_to_error, as a body is by
        // serde_json: the path names the parameter.
        let problem = match find_source::<serde_path_to_error::Error<serde::de::value::Error>>(&rejection) {
            Some(e) => Problem::new(field_path(e.path()), ProblemCode::Invalid, e.inner().to_string()),
            None => Problem::new("", ProblemCode::Invalid, rejection.body_text()),
        };
        ApiError::MalformedQuery(problem)
    }
}

impl From<PathRejection> for ApiError {
    fn from(rejection: PathRejection) -> ApiError {
        ApiError::NotFound(format!("no such resource: {}", rejection.body_text()))
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> ApiError {
        let status = rejection.status();
        if status == StatusCode::PAYLOAD_TOO_LARGE {
            return ApiError::TooLarge;
        }
        // A body that is JSON but not of the expected shape: serde_path_to_error (which axum's
        // `Json` uses) knows the path of the field at fault; a syntax error has none.
        let (path, detail) = match find_source::<serde_path_to_error::Error<serde_json::Error>>(&rejection) {
            Some(e) => {
                let inner = e.inner().to_string();
                let container = field_path(e.path());
                // For a missing field the path is its parent (an unknown field's path already
                // ends with it); serde names the field: "missing field `id` at line 1 column 9".
                let missing = inner.strip_prefix("missing field `").and_then(|rest| rest.split('`').next());
                let path = match missing {
                    Some(f) if container.is_empty() => f.to_owned(),
                    Some(f) => format!("{container}.{f}"),
                    None => container,
                };
                (path, inner)
            }
            None => (String::new(), rejection.body_text()),
        };
        ApiError::Malformed(status, Problem::new(path, ProblemCode::MalformedBody, detail))
    }
}

/// `allocation.police`, `answers.age[0]`: the path as far as the deserializer knew it ("" for the
/// whole body).
fn field_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Unknown => break,
        }
    }
    out
}

/// The error of type `E` among a rejection's sources (the deserializer's, if the input was read
/// and parsed at all).
fn find_source<'a, E: std::error::Error + 'static>(rejection: &'a (dyn std::error::Error + 'static)) -> Option<&'a E> {
    let mut source = rejection.source();
    while let Some(e) = source {
        if let Some(found) = e.downcast_ref() {
            return Some(found);
        }
        source = e.source();
    }
    None
}

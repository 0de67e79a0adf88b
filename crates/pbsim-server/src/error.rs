//! One error type for every API response that is not a success, and a JSON extractor whose
//! rejections use the same body, so a client meets one error format whatever it got wrong.
//!
//! Client mistakes are answered with a 4xx and a list of [`Problem`]s naming each field at fault.
//! Server faults are logged with their detail and answered with a bare 500: internals never reach
//! the client.

use axum::Json;
use axum::extract::FromRequest;
use axum::extract::rejection::JsonRejection;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use pbsim_core::{Problem, ProblemCode};
use serde::Serialize;

/// Why a request failed.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// No such budget, submission or route.
    #[error("{0}")]
    NotFound(String),
    /// The request body is not JSON of the expected shape.
    #[error("the request body is not valid: {}", .1.message)]
    Malformed(StatusCode, Problem),
    /// The submission breaks the budget's rules; every problem is listed.
    #[error("the submission has {} problem(s)", .0.len())]
    Invalid(Vec<Problem>),
    /// The same submission id was already used for a different submission.
    #[error("{0}")]
    Conflict(String),
    /// A browser on another site, not allowed to call this budget's API (see security.rs).
    #[error("pages from {0} may not call this API: the budget does not allow that site")]
    ForbiddenOrigin(String),
    /// Anything that is the server's fault.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// The JSON body of every error response.
#[derive(Debug, Serialize)]
pub struct ErrorBody {
    /// A stable code: `not_found`, `malformed_body`, `invalid_submission`, `conflict`, `forbidden_origin`,
    /// `internal`.
    pub error: &'static str,
    /// A sentence for people.
    pub message: String,
    /// Each problem with the path of its field (empty when the error is not about fields).
    pub problems: Vec<Problem>,
}

impl From<sqlx::Error> for ApiError {
    fn from(e: sqlx::Error) -> ApiError {
        ApiError::Internal(e.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let message = self.to_string();
        let (status, error, problems) = match self {
            ApiError::NotFound(_) => (StatusCode::NOT_FOUND, "not_found", Vec::new()),
            ApiError::Malformed(status, problem) => (status, "malformed_body", vec![problem]),
            ApiError::Invalid(problems) => (StatusCode::UNPROCESSABLE_ENTITY, "invalid_submission", problems),
            ApiError::Conflict(_) => (StatusCode::CONFLICT, "conflict", Vec::new()),
            ApiError::ForbiddenOrigin(_) => (StatusCode::FORBIDDEN, "forbidden_origin", Vec::new()),
            ApiError::Internal(e) => {
                tracing::error!(error = ?e, "internal error");
                let body = ErrorBody {
                    error: "internal",
                    message: "something went wrong on our side".into(),
                    problems: Vec::new(),
                };
                return (StatusCode::INTERNAL_SERVER_ERROR, Json(body)).into_response();
            }
        };
        (status, Json(ErrorBody { error, message, problems })).into_response()
    }
}

/// `Json<T>` whose rejections are [`ApiError::Malformed`], with the parser's message (which names
/// the field, line and column) as the problem.
#[derive(Debug, FromRequest)]
#[from_request(via(Json), rejection(ApiError))]
pub struct ApiJson<T>(pub T);

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> ApiError {
        let status = rejection.status();
        let detail = rejection.body_text();
        // serde's messages look like "unknown field `foo`, expected one of ... at line 1 column 9";
        // the path is the field when serde names one.
        let path = detail
            .split('`')
            .nth(1)
            .filter(|_| detail.contains("unknown field") || detail.contains("missing field"))
            .unwrap_or("")
            .to_owned();
        ApiError::Malformed(status, Problem::new(path, ProblemCode::MalformedBody, detail))
    }
}

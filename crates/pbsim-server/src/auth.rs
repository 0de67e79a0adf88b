//! Who may read residents' submissions: officers with a password (argon2id) or an API token, and
//! the sessions a login opens.
//!
//! Tokens and session cookies have two halves, `id` and `secret`: the id finds the row, and the
//! SHA-256 of the secret is compared with the stored one in constant time, so neither the database
//! nor a timing measurement gives a secret away. Sessions are rows in the database, so every server
//! sharing it accepts them, and they expire after [`SESSION_HOURS`].

use crate::AppState;
use crate::error::ApiError;
use crate::store::Store;
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// How long a login lasts.
pub const SESSION_HOURS: i64 = 8;
/// The session cookie's name over plain HTTP (`--insecure-cookies`).
pub const COOKIE: &str = "pbsim_session";
/// The session cookie's name over HTTPS, the default: with the `__Host-` prefix browsers accept it
/// only when `Secure`, for `Path=/` and without `Domain`, so a page on another subdomain cannot
/// set or overwrite it.
pub const SECURE_COOKIE: &str = "__Host-pbsim_session";
/// The longest username, in characters: longer names are refused when created, and a login
/// attempt with one is refused without a password check and logged without the name.
pub const MAX_USERNAME_CHARS: usize = 64;
/// What API tokens start with, so that a leaked one is easy to recognise.
pub const TOKEN_PREFIX: &str = "pbsim_";

/// The officer a request was authenticated as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Officer {
    /// Logged in with a password.
    User(String),
    /// Authenticated with an API token.
    Token(String),
}

impl Officer {
    /// The name to show and log.
    pub fn name(&self) -> &str {
        match self {
            Officer::User(n) | Officer::Token(n) => n,
        }
    }
}

/// Now, in Unix seconds.
pub fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

fn random_hex(bytes: usize) -> anyhow::Result<String> {
    let mut buf = vec![0u8; bytes];
    getrandom::fill(&mut buf).map_err(|e| anyhow::anyhow!("no random source: {e}"))?;
    Ok(hex(&buf))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Hex SHA-256 of a secret.
pub fn secret_hash(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

/// Whether `secret` hashes to `stored`, compared in constant time.
fn secret_matches(secret: &str, stored: &str) -> bool {
    secret_hash(secret).as_bytes().ct_eq(stored.as_bytes()).into()
}

/// An argon2id hash of a password, as a PHC string with its own random salt.
pub fn hash_password(password: &str) -> anyhow::Result<String> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| anyhow::anyhow!("no random source: {e}"))?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| anyhow::anyhow!("cannot encode a salt: {e}"))?;
    Ok(Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map_err(|e| anyhow::anyhow!("cannot hash the password: {e}"))?
        .to_string())
}

/// Whether `password` matches the PHC string `hash` (argon2 compares in constant time).
pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| Argon2::default().verify_password(password.as_bytes(), &h).is_ok())
}

/// A hash no password given matches, checked when the username is unknown so that a wrong name
/// takes as long to refuse as a wrong password. Made once, with the same parameters as real ones.
fn decoy_hash() -> String {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_password(&random_hex(16).unwrap_or_default()).unwrap_or_default()).clone()
}

/// Checks a username and password (on a blocking thread: argon2 is slow on purpose).
pub async fn check_password(store: &Store, username: &str, password: &str) -> anyhow::Result<bool> {
    let stored = store.admin_password_hash(username).await?;
    let known = stored.is_some();
    let hash = match stored {
        Some(h) => h,
        None => tokio::task::spawn_blocking(decoy_hash).await?,
    };
    let password = password.to_owned();
    let ok = tokio::task::spawn_blocking(move || verify_password(&password, &hash)).await?;
    Ok(known && ok)
}

/// Creates an API token named `name`; returns the token, which is stored only as a hash.
pub async fn create_token(store: &Store, name: &str) -> anyhow::Result<String> {
    let (id, secret) = (random_hex(8)?, random_hex(32)?);
    store.add_admin_token(&id, name, &secret_hash(&secret), now()).await?;
    Ok(format!("{TOKEN_PREFIX}{id}_{secret}"))
}

/// Opens a session for `username`; returns the cookie value and when it expires.
pub async fn open_session(store: &Store, username: &str) -> anyhow::Result<(String, i64)> {
    let (id, secret) = (random_hex(16)?, random_hex(32)?);
    let now = now();
    let expires_at = now + SESSION_HOURS * 3600;
    store.create_admin_session(&id, &secret_hash(&secret), username, expires_at, now).await?;
    Ok((format!("{id}.{secret}"), expires_at))
}

/// The value of the session cookie called `name` in a request, if any.
pub fn session_cookie<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, value)| value)
}

/// The id and owner of the valid (known, unexpired, right secret) session a request carries in
/// the cookie called `name`.
pub async fn valid_session(store: &Store, headers: &HeaderMap, name: &str) -> anyhow::Result<Option<(String, String)>> {
    let Some((id, secret)) = session_cookie(headers, name).and_then(|c| c.split_once('.')) else {
        return Ok(None);
    };
    Ok(match store.admin_session(id).await? {
        Some(s) if s.expires_at > now() && secret_matches(secret, &s.secret_hash) => Some((id.to_owned(), s.username)),
        _ => None,
    })
}

/// Who sent the request: a valid session cookie (called `cookie`) or a `Bearer` token, or nobody.
pub async fn authenticate(store: &Store, headers: &HeaderMap, cookie: &str) -> anyhow::Result<Option<Officer>> {
    if let Some(token) =
        headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer "))
    {
        let Some((id, secret)) = token.trim().strip_prefix(TOKEN_PREFIX).and_then(|t| t.split_once('_')) else {
            return Ok(None);
        };
        return Ok(match store.admin_token(id).await? {
            Some((name, stored)) if secret_matches(secret, &stored) => Some(Officer::Token(name)),
            _ => None,
        });
    }
    Ok(valid_session(store, headers, cookie).await?.map(|(_, username)| Officer::User(username)))
}

/// The 401 every admin route answers without valid credentials.
pub fn unauthorized() -> Response {
    ApiError::Unauthorized.into_response()
}

/// Middleware of the admin router: lets through requests from an officer (whom handlers find in
/// the request's extensions) and answers 401 to every other.
pub async fn require_officer(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let cookie =
        request.extensions().get::<std::sync::Arc<crate::guards::Guards>>().map_or(SECURE_COOKIE, |g| g.cookies.name());
    match authenticate(&state.store, request.headers(), cookie).await {
        Ok(Some(officer)) => {
            request.extensions_mut().insert(officer);
            next.run(request).await
        }
        Ok(None) => unauthorized(),
        Err(e) => ApiError::Internal(e).into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_round_trip_and_wrong_ones_fail() {
        let hash = hash_password("correct horse").expect("hash");
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse", &hash));
        assert!(!verify_password("correct horsE", &hash));
        assert!(!verify_password("anything", &decoy_hash()));
        assert!(!verify_password("anything", "not a hash"));
    }

    #[test]
    fn secrets_compare_by_hash() {
        let stored = secret_hash("abc");
        assert!(secret_matches("abc", &stored));
        assert!(!secret_matches("abd", &stored));
        assert!(!secret_matches("abc", "short"));
    }

    #[test]
    fn the_session_cookie_is_found_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, "theme=dark; pbsim_session=abc.def; x=1".parse().expect("header"));
        assert_eq!(session_cookie(&headers, COOKIE), Some("abc.def"));
        // Over HTTPS only the `__Host-` cookie counts: a bare one may have been set by a subdomain.
        assert_eq!(session_cookie(&headers, SECURE_COOKIE), None);
        headers.insert(header::COOKIE, "pbsim_sessionx=1".parse().expect("header"));
        assert_eq!(session_cookie(&headers, COOKIE), None);
    }
}

//! A fresh database for each test, on SQLite (a temporary file) or PostgreSQL (a schema of its own
//! in the server named by `PBSIM_TEST_POSTGRES`), so the same test runs on both and tests run in
//! parallel. PostgreSQL being unreachable fails the test with how to start it: it never skips.

// Each test file uses the part it needs.
#![allow(dead_code)]

use sqlx::Connection;

/// The PostgreSQL the tests use unless `PBSIM_TEST_POSTGRES` says otherwise (`./dev test` starts it).
pub const DEFAULT_POSTGRES: &str = "postgres://postgres@127.0.0.1:5432/test";

/// Which database a test runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A database of one's own; dropped (file removed, schema dropped) with the value.
pub struct TestDb {
    /// The URL to hand to `Store::connect` or `pbsim --database-url`.
    pub url: String,
    pub backend: Backend,
    _dir: Option<tempfile::TempDir>,
    schema: Option<(String, String)>,
}

fn postgres_base() -> String {
    std::env::var("PBSIM_TEST_POSTGRES").unwrap_or_else(|_| DEFAULT_POSTGRES.to_owned())
}

fn random_name() -> String {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).expect("random source");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl TestDb {
    pub async fn new(backend: Backend) -> TestDb {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = format!("sqlite://{}", dir.path().join("test.db").display());
                TestDb { url, backend, _dir: Some(dir), schema: None }
            }
            Backend::Postgres => {
                let base = postgres_base();
                let mut conn = sqlx::PgConnection::connect(&base).await.unwrap_or_else(|e| {
                    panic!(
                        "PostgreSQL is needed for this test and is not reachable at {base}: {e}\n\
                         Start it with `./dev test` (installs and starts Debian's postgresql when missing), \
                         or `sudo pg_ctlcluster <version> main start`, or point PBSIM_TEST_POSTGRES at one."
                    )
                });
                let schema = format!("test_{}", random_name());
                sqlx::raw_sql(&format!("CREATE SCHEMA {schema}")).execute(&mut conn).await.expect("create schema");
                conn.close().await.expect("close");
                let separator = if base.contains('?') { '&' } else { '?' };
                let url = format!("{base}{separator}options=-c%20search_path%3D{schema}");
                TestDb { url, backend, _dir: None, schema: Some((base, schema)) }
            }
        }
    }

    /// Runs SQL of the test's own (a trigger that makes inserts fail, say) on this database.
    pub async fn execute(&self, sql: &str) {
        match self.backend {
            Backend::Sqlite => {
                let mut conn = sqlx::SqliteConnection::connect(&self.url).await.expect("connect");
                sqlx::raw_sql(sql).execute(&mut conn).await.expect("test SQL");
            }
            Backend::Postgres => {
                let mut conn = sqlx::PgConnection::connect(&self.url).await.expect("connect");
                sqlx::raw_sql(sql).execute(&mut conn).await.expect("test SQL");
            }
        }
    }

    /// Runs SQL that names the test's schema itself, `{schema}.submissions` say, from a session
    /// whose search path does not lead to it, as an operator's own script would: `{schema}` is the
    /// test's schema on PostgreSQL and `main` on SQLite.
    pub async fn execute_qualified(&self, sql: &str) {
        match (&self.schema, self.backend) {
            (Some((base, schema)), Backend::Postgres) => {
                let mut conn = sqlx::PgConnection::connect(base).await.expect("connect");
                let sql = sql.replace("{schema}", schema);
                sqlx::raw_sql(&sql).execute(&mut conn).await.expect("test SQL");
            }
            _ => self.execute(&sql.replace("{schema}", "main")).await,
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some((base, schema)) = self.schema.take() else { return };
        // Drop may run inside a test's runtime, which cannot be blocked on: use a thread of its own.
        let _ = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
            runtime.block_on(async {
                if let Ok(mut conn) = sqlx::PgConnection::connect(&base).await {
                    let _ = sqlx::raw_sql(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE")).execute(&mut conn).await;
                    let _ = conn.close().await;
                }
            });
        })
        .join();
    }
}

/// Instantiates each listed `async fn name(backend: Backend)` as two tests, `name::sqlite` and
/// `name::postgres`.
#[macro_export]
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    super::$name($crate::db::Backend::Sqlite).await
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    super::$name($crate::db::Backend::Postgres).await
                }
            }
        )*
    };
}

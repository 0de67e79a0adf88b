//! The budgets a server publishes, read once at start-up from a folder of budget files, and
//! [`PathBudget`], the extractor that finds the one a request's path names.

use crate::AppState;
use crate::error::{ApiError, ApiPath};
use anyhow::{Context, bail};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use pbsim_core::Budget;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Every published budget, by id.
#[derive(Debug, Default)]
pub struct Budgets {
    by_id: BTreeMap<String, Arc<Budget>>,
}

impl Budgets {
    /// Budgets from already-checked values (for tests and embedding).
    pub fn from_budgets(budgets: impl IntoIterator<Item = Budget>) -> Budgets {
        Budgets { by_id: budgets.into_iter().map(|b| (b.id.clone(), Arc::new(b))).collect() }
    }

    /// Reads every `*.toml` file of `dir`. Fails, naming every problem of every file, if any file
    /// is not a valid budget or two files share an id: a server never starts with half its budgets.
    pub fn load_dir(dir: &Path) -> anyhow::Result<Budgets> {
        let files = budget_files(dir)?;
        if files.is_empty() {
            bail!("no budget files (*.toml) in {}", dir.display());
        }
        let mut by_id: BTreeMap<String, (PathBuf, Arc<Budget>)> = BTreeMap::new();
        let mut report = String::new();
        for file in files {
            match load_file(&file) {
                Ok(budget) => {
                    if let Some((first, _)) = by_id.get(&budget.id) {
                        report.push_str(&format!(
                            "{}: budget id \"{}\" is already used by {}\n",
                            file.display(),
                            budget.id,
                            first.display()
                        ));
                    } else {
                        by_id.insert(budget.id.clone(), (file, Arc::new(budget)));
                    }
                }
                Err(e) => report.push_str(&format!("{}: {e}\n", file.display())),
            }
        }
        if !report.is_empty() {
            bail!("{}", report.trim_end());
        }
        Ok(Budgets { by_id: by_id.into_iter().map(|(id, (_, b))| (id, b)).collect() })
    }

    /// Adds the server-wide `origins` to every budget's `[embed]` list, so a budget's list (which
    /// its pages read, and its CSP and CORS follow) says everyone who may embed it.
    pub fn allow_embedding_by(&mut self, origins: &[String]) {
        for budget in self.by_id.values_mut() {
            let budget = Arc::make_mut(budget);
            for origin in origins {
                if !budget.embed.allowed_origins.contains(origin) {
                    budget.embed.allowed_origins.push(origin.clone());
                }
            }
        }
    }

    /// The budget with this id.
    pub fn get(&self, id: &str) -> Option<&Arc<Budget>> {
        self.by_id.get(id)
    }

    /// Every budget, by id.
    pub fn iter(&self) -> impl Iterator<Item = &Arc<Budget>> {
        self.by_id.values()
    }
}

/// The budget named by the `{id}` of the request's path. Handlers take it instead of looking the
/// budget up, so an unknown id is the same 404 on every route.
#[derive(Clone, Debug)]
pub struct PathBudget(pub Arc<Budget>);

impl FromRequestParts<AppState> for PathBudget {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<PathBudget, ApiError> {
        // Other parameters of the route (an export's `{format}`) are left to their own extractor.
        #[derive(Deserialize)]
        struct Id {
            id: String,
        }
        let ApiPath(Id { id }) = ApiPath::<Id>::from_request_parts(parts, state).await?;
        match state.budgets.get(&id) {
            Some(budget) => Ok(PathBudget(budget.clone())),
            None => Err(ApiError::NotFound(format!("there is no budget \"{id}\""))),
        }
    }
}

/// The `*.toml` files directly in `dir`, sorted by name.
pub fn budget_files(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let entries =
        std::fs::read_dir(dir).with_context(|| format!("cannot read the budgets folder {}", dir.display()))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.with_context(|| format!("cannot list {}", dir.display()))?.path();
        if path.extension().is_some_and(|e| e == "toml") && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Reads and checks one budget file; the error lists every problem in it.
pub fn load_file(path: &Path) -> anyhow::Result<Budget> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    Budget::from_toml(&text).map_err(|e| anyhow::anyhow!("{}", e.to_string().trim_end()))
}

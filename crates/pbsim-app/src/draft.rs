//! The resident's draft: everything they chose or wrote, kept in `localStorage` after every change
//! so that a reload, a closed tab or a dropped connection never loses their work.
//!
//! One draft per budget, under `pbsim:draft:{budget id}`. A stored draft is read back leniently: a
//! value the budget no longer accepts (the city changed a range since) falls back to the baseline,
//! and a draft that cannot be read at all is replaced by a fresh one, never an error page.

use pbsim_core::wire::ProjectChoice;
use pbsim_core::{Allocation, Budget, Locale, Money, SubmissionReceipt, SubmissionRequest};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What the resident has done so far on one budget.
///
/// Not a `SubmissionRequest`, though five fields are the same: the draft keeps what is never sent
/// (the resident's own home value, the receipt) and leaves out what is never kept on the device
/// (the language, the honeypot, the invite code), and its stored JSON is what residents' browsers
/// already hold, which a new shape would throw away. [`Draft::request`] is the one place a draft
/// becomes a request.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// The submission id, chosen once per draft: every send of this draft carries it, so the server
    /// stores it at most once however often it is retried.
    pub id: String,
    /// A value per line.
    pub allocation: Allocation,
    /// The projects chosen, on a budget of projects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub projects: Option<ProjectChoice>,
    /// Comments per section id.
    #[serde(default)]
    pub section_comments: BTreeMap<String, String>,
    /// The final comment.
    #[serde(default)]
    pub comment: String,
    /// Answers per question id.
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
    /// The resident's own assessed value, when they entered one (never sent to the server).
    #[serde(default)]
    pub assessed_value: Option<Money>,
    /// True when the resident said they rent (never sent to the server).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub renting: bool,
    /// The resident's monthly rent, when they entered one (never sent to the server).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monthly_rent: Option<Money>,
    /// The receipt, once the server has stored the draft: the page then shows the summary.
    #[serde(default)]
    pub receipt: Option<SubmissionReceipt>,
    /// The secret of the draft's private edit link, chosen with its id (a draft from before edit
    /// links gets one when it is read back). Kept on the device like the draft itself.
    #[serde(default)]
    pub edit_key: String,
    /// The stored budget this draft changes (opened through the edit link): its id and when it
    /// was sent. Sending the draft replaces it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<SubmissionReceipt>,
}

impl Draft {
    /// A fresh draft with every line at its baseline.
    pub fn new(budget: &Budget, id: String) -> Draft {
        let edit_key = crate::ids::new_edit_key().unwrap_or_default();
        Draft {
            id,
            allocation: budget.baseline_allocation(),
            projects: budget.projects.as_ref().map(crate::choice::empty),
            edit_key,
            ..Draft::default()
        }
    }

    /// The request that submits this draft.
    // Fields that later versions add to the request (anti-abuse, invitations) keep their defaults,
    // so the struct update stays even while it has nothing left to fill.
    #[allow(clippy::needless_update)]
    pub fn request(&self, locale: Locale) -> SubmissionRequest {
        SubmissionRequest {
            id: self.id.clone(),
            allocation: self.allocation.clone(),
            projects: self.projects.clone(),
            section_comments: non_empty(&self.section_comments),
            comment: self.comment.trim().to_owned(),
            answers: non_empty(&self.answers),
            locale,
            edit_key: pbsim_core::submission::is_edit_key(&self.edit_key).then(|| self.edit_key.clone()),
            replaces: self.replaces.as_ref().map(|r| r.id.clone()),
            ..SubmissionRequest::default()
        }
    }

    /// Makes a stored draft fit `budget`: every line present and on its grid, no unknown ids, and
    /// on a budget of projects a choice of its kind naming only its projects.
    pub fn fit_to(mut self, budget: &Budget) -> Draft {
        let mut fitted = Allocation::new();
        for l in budget.lines() {
            let value = self.allocation.get(&l.id).copied().filter(|v| l.accepts(*v)).unwrap_or(l.baseline);
            fitted.insert(l.id.clone(), value);
        }
        self.allocation = fitted;
        self.projects = budget.projects.as_ref().map(|s| crate::choice::fit(s, self.projects.take()));
        self.section_comments.retain(|id, _| budget.section(id).is_some());
        self.answers.retain(|id, _| budget.question(id).is_some());
        self
    }
}

/// The entries with some text in them. Built by insertion, not `collect`: collecting into a
/// `BTreeMap` sorts first, and every sort instantiated adds to the wasm the resident downloads.
fn non_empty(texts: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (k, v) in texts {
        if !v.trim().is_empty() {
            out.insert(k.clone(), v.clone());
        }
    }
    out
}

fn key(budget_id: &str) -> String {
    format!("pbsim:draft:{budget_id}")
}

fn storage() -> Option<web_sys::Storage> {
    // Private browsing or a blocked storage gives no storage: the page still works, it only cannot
    // keep the draft across reloads.
    web_sys::window()?.local_storage().ok().flatten()
}

/// The draft stored for `budget`, if there is one that can be read.
pub fn load(budget: &Budget) -> Option<Draft> {
    let text = storage()?.get_item(&key(&budget.id)).ok().flatten()?;
    let mut draft: Draft = crate::json::parse(&text).ok()?;
    if draft.edit_key.is_empty() && draft.receipt.is_none() {
        draft.edit_key = crate::ids::new_edit_key().unwrap_or_default();
    }
    pbsim_core::submission::is_uuid(&draft.id).then(|| draft.fit_to(budget))
}

/// Stores `draft` for `budget_id`. Returns false when the browser refused (storage full or off).
pub fn save(budget_id: &str, draft: &Draft) -> bool {
    let Some(storage) = storage() else { return false };
    match crate::json::stringify(draft) {
        Ok(text) => storage.set_item(&key(budget_id), &text).is_ok(),
        Err(_) => false,
    }
}

/// The language the resident chose last, on any budget.
pub fn load_locale() -> Option<Locale> {
    let tag = storage()?.get_item("pbsim:locale").ok().flatten()?;
    Locale::from_tag(&tag)
}

/// Remembers the resident's language.
pub fn save_locale(locale: Locale) {
    if let Some(storage) = storage() {
        // Losing the language preference only costs a click next time.
        let _ = storage.set_item("pbsim:locale", locale.tag());
    }
}

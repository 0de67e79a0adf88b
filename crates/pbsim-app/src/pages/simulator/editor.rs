//! The simulator's state, apart from its views: everything the resident chose or wrote, as signals,
//! with the operations on it (the draft, the request, reset, submit and retry) and the effect that
//! keeps the draft on the device. A budget of projects (`pages/projects.rs`) uses the same state:
//! its lines are none, and the projects chosen are [`Editor::choice`].

use crate::api::{self, ApiError};
use crate::draft::{self, Draft};
use crate::ids::new_submission_id;
use leptos::prelude::*;
use leptos::task::spawn_local;
use pbsim_core::projects::ProjectSelection;
use pbsim_core::wire::{Problem, ProjectChoice};
use pbsim_core::{
    Allocation, BalanceProblem, Budget, Currency, Locale, Money, ShareError, SubmissionReceipt, SubmissionRequest,
};
use std::collections::BTreeMap;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Where a submission stands (its success is the draft's receipt, kept with the draft).
#[derive(Clone, Debug, PartialEq)]
pub enum SubmitState {
    /// Nothing sent, or the last send answered.
    Editing,
    /// A request is on its way.
    Sending,
    /// The last send failed.
    Failed(ApiError),
}

/// How the page opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opening {
    /// A fresh draft.
    Fresh,
    /// A draft from an earlier visit, with work in it.
    Restored,
    /// A share link: shown read-only until the resident takes it on.
    Shared,
    /// A share link that does not fit this budget.
    BadShareLink,
    /// A private edit link (`#edit=…`): the resident's stored budget is on its way.
    EditLink,
}

/// The secret of a private edit link in the page's fragment (`#edit=…`), if it holds one.
pub fn edit_key_in(fragment: &str) -> Option<&str> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment.split('&').find_map(|part| part.strip_prefix("edit="))
}

/// How the editor reads, checks and words a choice of projects. Only the projects page gives one
/// ([`Editor::open`]), so the simulator's binary never links `check_choice` (which builds a whole
/// `Election`) nor the projects' texts: the residents' page of a budget of lines does not carry them.
#[derive(Clone, Copy)]
pub struct ChoiceRules {
    /// A choice from a share link's fragment (`crate::choice::from_fragment`).
    pub from_fragment: fn(&ProjectSelection, Currency, &str) -> Result<ProjectChoice, ShareError>,
    /// Everything that keeps a choice from being sent (`pbsim_core::projects::check_choice`).
    pub check: fn(&ProjectSelection, Currency, &ProjectChoice) -> Vec<Problem>,
    /// One of those problems in the resident's words.
    pub describe: fn(Locale, &ProjectSelection, Currency, &Problem) -> String,
}

/// The resident's work on one budget. Cheap to clone (signals and two `Arc`s): views and event
/// handlers take their own copy. A closure that reads one field captures only that field.
#[derive(Clone)]
pub struct Editor {
    budget: Arc<Budget>,
    /// Each line's id and signal, in display order: a move notifies only what shows that line.
    pub values: Arc<[(String, RwSignal<i64>)]>,
    /// Every line's value, derived from `values`: the balance, the charts and the draft read it.
    pub allocation: Memo<Allocation>,
    /// Why the allocation cannot be submitted yet, if it cannot.
    pub problem: Memo<Option<BalanceProblem>>,
    /// On a budget of projects, the projects chosen (`None` on a budget of lines).
    pub choice: RwSignal<Option<ProjectChoice>>,
    /// Why the choice cannot be submitted yet: what `check_choice`, the server's own check, finds
    /// (empty on a budget of lines).
    pub choice_problems: Memo<Vec<Problem>>,
    /// Comments per section id.
    pub section_comments: RwSignal<BTreeMap<String, String>>,
    /// The final comment.
    pub comment: RwSignal<String>,
    /// Answers per question id.
    pub answers: RwSignal<BTreeMap<String, String>>,
    /// The resident's own assessed value, when they typed one.
    pub own_home: RwSignal<Option<Money>>,
    /// True when the resident said they rent.
    pub renting: RwSignal<bool>,
    /// The resident's monthly rent, when they typed one.
    pub rent: RwSignal<Option<Money>>,
    /// The receipt, once the server stored the draft: the page shows the summary.
    pub receipt: RwSignal<Option<SubmissionReceipt>>,
    /// The draft's submission id (a new one after "start a new budget").
    submission_id: RwSignal<String>,
    /// The secret of the draft's private edit link.
    pub edit_key: RwSignal<String>,
    /// The stored budget this draft changes, opened through the edit link.
    pub replaces: RwSignal<Option<SubmissionReceipt>>,
    /// Why the edit link did not open a budget, when it did not.
    pub edit_failed: RwSignal<Option<ApiError>>,
    /// The invite code: from the invitation's link or typed; not part of the stored draft.
    pub invite: RwSignal<String>,
    /// The honeypot: a field people never see or reach, so only a program that fills every field
    /// it finds puts something here. Not part of the draft.
    pub website: RwSignal<String>,
    /// True while the page shows someone else's shared budget.
    pub read_only: RwSignal<bool>,
    /// Where the submission stands.
    pub state: RwSignal<SubmitState>,
    /// The exact request last sent: "try again" resends it byte for byte, so the server recognises
    /// it (same id, same body) and stores it at most once.
    last_sent: StoredValue<Option<SubmissionRequest>>,
    /// On a budget of projects, how its choices are checked and worded.
    choice_rules: Option<ChoiceRules>,
}

impl Editor {
    /// The state of a page that opens `budget`: the stored draft (or a fresh one with its own
    /// submission id), or a shared allocation, as [`Opening`] says. `choice_rules`: the projects
    /// page's, on a budget of projects (`None` on a budget of lines).
    pub fn open(
        budget: Arc<Budget>,
        fragment: &str,
        invite: String,
        choice_rules: Option<ChoiceRules>,
    ) -> (Editor, Opening) {
        let stored = draft::load(&budget);
        // A budget of projects shares its choice (`#p=`), a budget of lines its allocation (`#a=`).
        let shared_choice = budget
            .projects
            .as_ref()
            .zip(choice_rules)
            .map(|(s, rules)| (rules.from_fragment)(s, budget.currency, fragment));
        let shared = match &shared_choice {
            Some(choice) => choice.as_ref().map(|_| Allocation::new()).map_err(Clone::clone),
            None => budget.allocation_from_fragment(fragment),
        };
        let opening = match (&shared, &stored) {
            _ if edit_key_in(fragment).is_some() => Opening::EditLink,
            (Ok(_), _) => Opening::Shared,
            (Err(ShareError::NotAShareLink), Some(d)) if d.receipt.is_none() && has_work(&budget, d) => {
                Opening::Restored
            }
            (Err(ShareError::NotAShareLink), _) => Opening::Fresh,
            (Err(_), _) => Opening::BadShareLink,
        };
        let draft = stored.unwrap_or_else(|| Draft::new(&budget, new_submission_id().unwrap_or_default()));
        let opening_allocation = shared.unwrap_or_else(|_| draft.allocation.clone());
        let values: Arc<[(String, RwSignal<i64>)]> = budget
            .lines()
            .map(|l| (l.id.clone(), RwSignal::new(opening_allocation.get(&l.id).copied().unwrap_or(l.baseline))))
            .collect();
        let allocation = Memo::new({
            let values = values.clone();
            move |_| {
                // Inserted, not collected: see `Budget::baseline_allocation`.
                let mut a = Allocation::new();
                for (id, v) in values.iter() {
                    a.insert(id.clone(), v.get());
                }
                a
            }
        });
        let problem = Memo::new({
            let budget = budget.clone();
            move |_| allocation.with(|a| budget.balance_problem(a))
        });
        let choice = RwSignal::new(shared_choice.and_then(Result::ok).or(draft.projects));
        let choice_problems = Memo::new({
            let budget = budget.clone();
            move |_| {
                choice.with(|c| match (&budget.projects, c, choice_rules) {
                    (Some(s), Some(c), Some(rules)) => (rules.check)(s, budget.currency, c),
                    _ => Vec::new(),
                })
            }
        });
        let editor = Editor {
            allocation,
            problem,
            choice,
            choice_problems,
            section_comments: RwSignal::new(draft.section_comments),
            comment: RwSignal::new(draft.comment),
            answers: RwSignal::new(draft.answers),
            own_home: RwSignal::new(draft.assessed_value),
            renting: RwSignal::new(draft.renting),
            rent: RwSignal::new(draft.monthly_rent),
            // A shared link shows someone else's budget, not a receipt of the resident's own.
            receipt: RwSignal::new(if opening == Opening::Shared { None } else { draft.receipt }),
            submission_id: RwSignal::new(draft.id),
            edit_key: RwSignal::new(draft.edit_key),
            replaces: RwSignal::new(draft.replaces),
            edit_failed: RwSignal::new(None),
            invite: RwSignal::new(if budget.submissions.require_invite { invite } else { String::new() }),
            website: RwSignal::new(String::new()),
            read_only: RwSignal::new(opening == Opening::Shared),
            state: RwSignal::new(SubmitState::Editing),
            last_sent: StoredValue::new(None),
            choice_rules,
            budget,
            values,
        };
        (editor, opening)
    }

    /// The draft as it stands: what is kept on the device.
    pub fn draft(&self) -> Draft {
        Draft {
            id: self.submission_id.get_untracked(),
            allocation: self.allocation.get_untracked(),
            projects: self.choice.get_untracked(),
            section_comments: self.section_comments.get_untracked(),
            comment: self.comment.get_untracked(),
            answers: self.answers.get_untracked(),
            assessed_value: self.own_home.get_untracked(),
            renting: self.renting.get_untracked(),
            monthly_rent: self.rent.get_untracked(),
            receipt: self.receipt.get_untracked(),
            edit_key: self.edit_key.get_untracked(),
            replaces: self.replaces.get_untracked(),
        }
    }

    /// Opens the stored budget of the private edit link `key` into the form: its lines, comments
    /// and answers become a draft with a new submission id that replaces it when sent. The
    /// resident's own home value and rent (never sent) stay as they were on this device.
    pub fn open_edit_link(&self, key: String) {
        let editor = self.clone();
        spawn_local(async move {
            match api::open_edit(&editor.budget.id, &key).await {
                Ok(sent) => {
                    let draft = Draft {
                        id: new_submission_id().unwrap_or_default(),
                        allocation: sent.allocation,
                        section_comments: sent.section_comments,
                        comment: sent.comment,
                        answers: sent.answers,
                        edit_key: key,
                        replaces: Some(SubmissionReceipt { id: sent.id, received_at: sent.received_at }),
                        ..editor.draft()
                    }
                    .fit_to(&editor.budget);
                    editor.set_allocation(&draft.allocation);
                    editor.section_comments.set(draft.section_comments);
                    editor.comment.set(draft.comment);
                    editor.answers.set(draft.answers);
                    editor.submission_id.set(draft.id);
                    editor.edit_key.set(draft.edit_key);
                    editor.replaces.set(draft.replaces);
                    editor.last_sent.set_value(None);
                    editor.receipt.set(None);
                    // A reload now shows this draft, kept on the device; the secret leaves the
                    // address bar.
                    clear_fragment();
                }
                Err(e) => editor.edit_failed.set(Some(e)),
            }
        });
    }

    /// The request that submits the draft: the draft's, with the language, the honeypot and, for a
    /// budget that asks for one, the invite code.
    pub fn request(&self, locale: Locale) -> SubmissionRequest {
        let mut request = self.draft().request(locale);
        request.website = self.website.get_untracked();
        if self.budget.submissions.require_invite {
            request.invite = Some(self.invite.get_untracked().trim().to_owned()).filter(|code| !code.is_empty());
        }
        request
    }

    fn set_allocation(&self, a: &Allocation) {
        for (id, v) in self.values.iter() {
            if let Some(value) = a.get(id) {
                v.set(*value);
            }
        }
    }

    /// Every line back to this year's value, and no project chosen.
    pub fn reset_lines(&self) {
        self.set_allocation(&self.budget.baseline_allocation());
        if let Some(selection) = &self.budget.projects {
            self.choice.set(Some(crate::choice::empty(selection)));
        }
    }

    /// After a submission: a new, empty draft with a new submission id.
    pub fn start_again(&self) {
        self.reset_lines();
        self.section_comments.set(BTreeMap::new());
        self.comment.set(String::new());
        self.answers.set(BTreeMap::new());
        self.submission_id.set(new_submission_id().unwrap_or_default());
        self.edit_key.set(crate::ids::new_edit_key().unwrap_or_default());
        self.replaces.set(None);
        self.last_sent.set_value(None);
        self.receipt.set(None);
        request_animation_frame(|| focus("budget-title"));
    }

    /// The resident takes a shared budget on as their own draft.
    pub fn take_on_shared(&self) {
        self.read_only.set(false);
        self.receipt.set(None);
        clear_fragment();
        request_animation_frame(|| {
            if let Some(first) = document().query_selector("input[type=range], .project input").ok().flatten()
                && let Ok(el) = first.dyn_into::<web_sys::HtmlElement>()
            {
                let _ = el.focus();
            }
        });
    }

    /// Submits the draft, unless the balance or the ballot's rule forbids it or a send is under way.
    pub fn submit(&self, locale: Locale) {
        let allowed = self.problem.get_untracked().is_none() && self.choice_problems.with_untracked(Vec::is_empty);
        if allowed && self.state.get_untracked() != SubmitState::Sending {
            self.send(self.request(locale));
        }
    }

    /// Sends the request last sent again (or the draft, if none was).
    pub fn retry(&self, locale: Locale) {
        self.send(self.last_sent.get_value().unwrap_or_else(|| self.request(locale)));
    }

    fn send(&self, request: SubmissionRequest) {
        let editor = self.clone();
        let budget_id = self.budget.id.clone();
        self.last_sent.set_value(Some(request.clone()));
        self.state.set(SubmitState::Sending);
        spawn_local(async move {
            match api::submit(&budget_id, &request).await {
                Ok(r) => {
                    editor.receipt.set(Some(r));
                    editor.state.set(SubmitState::Editing);
                    request_animation_frame(|| focus("summary-title"));
                }
                Err(e) => editor.state.set(SubmitState::Failed(e)),
            }
        });
    }

    /// Keeps the draft on the device after every change (not while showing someone else's budget).
    ///
    /// The write runs in the task right after the change, once however many changes that task
    /// made: the balance and charts react first, and a slider dragged across fifty steps in one
    /// frame is written once, not fifty times.
    pub fn keep_on_device(&self) {
        let editor = self.clone();
        let budget_id = self.budget.id.clone();
        let save_pending = StoredValue::new(false);
        let save_now = move || {
            save_pending.set_value(false);
            if !editor.read_only.get_untracked() {
                draft::save(&budget_id, &editor.draft());
            }
        };
        let tracked = self.clone();
        Effect::new({
            let save_now = save_now.clone();
            move |_| {
                let editor = &tracked;
                // Track every part of the draft.
                editor.submission_id.track();
                editor.allocation.track();
                editor.choice.track();
                editor.section_comments.track();
                editor.comment.track();
                editor.answers.track();
                editor.own_home.track();
                editor.renting.track();
                editor.rent.track();
                editor.receipt.track();
                editor.edit_key.track();
                editor.replaces.track();
                if editor.read_only.get() || save_pending.get_value() {
                    return;
                }
                save_pending.set_value(true);
                set_timeout(save_now.clone(), std::time::Duration::ZERO);
            }
        });
        // A reload or a closed tab right after a change must not lose it: write what is pending as
        // the page goes away (`pagehide` fires on reload, navigation and close, also on phones).
        let flush = window_event_listener_untyped("pagehide", move |_| {
            if save_pending.get_value() {
                save_now();
            }
        });
        on_cleanup(move || flush.remove());
    }

    /// The private link that reopens the budget the resident sent, to change it until the close:
    /// the budget's own page, also from inside a council's page (as [`Editor::share_url`]). The
    /// secret is in the fragment, which browsers never send to a server or in a `Referer`.
    pub fn edit_url(&self) -> Option<String> {
        let key = self.edit_key.get_untracked();
        pbsim_core::submission::is_edit_key(&key).then(|| {
            let origin = window().location().origin().unwrap_or_default();
            format!("{origin}/b/{}#edit={key}", self.budget.id)
        })
    }

    /// The link that reproduces the allocation (or the choice of projects): the budget's own page,
    /// also from inside a council's page (whose address pbsim does not know).
    pub fn share_url(&self) -> Signal<String> {
        let (budget, allocation, choice) = (self.budget.clone(), self.allocation, self.choice);
        Signal::derive(move || {
            let origin = window().location().origin().unwrap_or_default();
            let fragment = choice.with(|c| match c {
                Some(c) => crate::choice::fragment(c),
                None => allocation.with(|a| budget.share_fragment(a)),
            });
            format!("{origin}/b/{}#{fragment}", budget.id)
        })
    }

    /// Why the draft cannot be submitted yet, in the resident's words: the balance's problem, or the
    /// first of the choice's.
    pub fn why_not(&self, locale: Locale) -> Option<String> {
        if let Some(p) = self.problem.get() {
            return Some(pbsim_core::submission::describe_balance_problem(p, self.budget.currency, locale));
        }
        let (selection, rules) = (self.budget.projects.as_ref()?, self.choice_rules?);
        self.choice_problems
            .with(|problems| problems.first().map(|p| (rules.describe)(locale, selection, self.budget.currency, p)))
    }
}

/// True when a stored draft holds anything the resident did.
fn has_work(budget: &Budget, draft: &Draft) -> bool {
    draft.allocation != budget.baseline_allocation()
        || draft.projects.as_ref().is_some_and(|c| crate::choice::points_given(c) > 0)
        || draft.section_comments.values().any(|c| !c.trim().is_empty())
        || !draft.comment.trim().is_empty()
        || !draft.answers.is_empty()
}

/// Removes the share fragment from the address bar, so a reload shows the resident's own draft.
fn clear_fragment() {
    let location = window().location();
    let url = format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Moves keyboard and screen-reader focus to the element `id` (a heading after a page change).
fn focus(id: &str) {
    if let Some(el) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

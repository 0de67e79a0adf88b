//! "Balance it for me": when the budget is out of balance, a button that shows exactly what
//! `pbsim_core`'s balancing rule would change (only the lines the resident has not moved), applies
//! it on request, and undoes it in one step; or says why no such change exists.
//!
//! The page computes nothing itself: the proposal is `Budget::balance_for_me`'s. A line counts as
//! touched when it is away from this year's value (the page keeps no other record of moves).

use super::editor::Editor;
use crate::app::use_ui;
use crate::components::{change_text, format_value};
use leptos::prelude::*;
use pbsim_core::balancer::{CannotBalance, Proposal};
use pbsim_core::{Allocation, BalanceProblem, Budget, Locale, Money, MoneyStyle, format_money};
use std::sync::Arc;

/// The helper's own words.
struct Words {
    button: &'static str,
    hint: &'static str,
    preview_title: &'static str,
    preview_caption: &'static str,
    apply: &'static str,
    cancel: &'static str,
    close: &'static str,
    col_after: &'static str,
    undo: &'static str,
    already_balanced: &'static str,
    no_free_line: &'static str,
}

const EN: Words = Words {
    button: "Balance it for me",
    hint: "Moves the lines you have not changed, each in proportion to its size. You see the changes first.",
    preview_title: "What “Balance it for me” would change",
    preview_caption: "Lines it would move",
    apply: "Apply these changes",
    cancel: "Keep my budget as it is",
    close: "Close",
    col_after: "After",
    undo: "Undo balancing",
    already_balanced: "Your budget is already balanced.",
    no_free_line: "Every line that could close the gap is one you changed (or cannot move). Change a line yourself, or set one back to this year’s amount.",
};

const FR: Words = Words {
    button: "Équilibrer pour moi",
    hint: "Déplace les lignes que vous n’avez pas modifiées, chacune selon sa taille. Vous voyez les changements d’abord.",
    preview_title: "Ce que « Équilibrer pour moi » changerait",
    preview_caption: "Lignes qui seraient modifiées",
    apply: "Appliquer ces changements",
    cancel: "Garder mon budget tel quel",
    close: "Fermer",
    col_after: "Après",
    undo: "Annuler l’équilibrage",
    already_balanced: "Votre budget est déjà équilibré.",
    no_free_line: "Toutes les lignes qui pourraient combler l’écart sont des lignes que vous avez modifiées (ou qui ne bougent pas). Modifiez une ligne vous-même, ou remettez-en une au montant de cette année.",
};

fn words(locale: Locale) -> &'static Words {
    match locale {
        Locale::En => &EN,
        Locale::Fr => &FR,
    }
}

/// Why no proposal exists, in a sentence.
fn reason(why: CannotBalance, money: impl Fn(Money) -> String, locale: Locale) -> String {
    let w = words(locale);
    match (why, locale) {
        (CannotBalance::AlreadyBalanced | CannotBalance::NothingChanged, _) => w.already_balanced.to_owned(),
        (CannotBalance::NoFreeLine, _) => w.no_free_line.to_owned(),
        (CannotBalance::NotEnoughRoom { short_by }, Locale::En) => format!(
            "Even at their limits, the lines you have not changed leave {} of the gap. Change some lines yourself.",
            money(short_by)
        ),
        (CannotBalance::NotEnoughRoom { short_by }, Locale::Fr) => format!(
            "Même à leurs limites, les lignes que vous n’avez pas modifiées laissent {} d’écart. Modifiez vous-même quelques lignes.",
            money(short_by)
        ),
        (CannotBalance::StepsDoNotFit { off_by }, Locale::En) => format!(
            "The lines you have not changed move in steps too large to close the gap exactly: the nearest leaves {} too much. Change a line yourself.",
            money(off_by)
        ),
        (CannotBalance::StepsDoNotFit { off_by }, Locale::Fr) => format!(
            "Les lignes que vous n’avez pas modifiées bougent par pas trop grands pour combler l’écart exactement : le plus proche laisse {} de trop. Modifiez une ligne vous-même.",
            money(off_by)
        ),
    }
}

/// "Balanced: 4 lines changed."
fn applied(locale: Locale, n: usize) -> String {
    match (locale, n) {
        (Locale::En, 1) => "Balanced: 1 line changed.".to_owned(),
        (Locale::En, n) => format!("Balanced: {n} lines changed."),
        (Locale::Fr, 1) => "Équilibré : 1 ligne modifiée.".to_owned(),
        (Locale::Fr, n) => format!("Équilibré : {n} lignes modifiées."),
    }
}

/// What the helper shows.
#[derive(Clone, PartialEq)]
enum State {
    /// Only the button (when the budget is out of balance).
    Ask,
    /// The proposal (or why there is none) for the allocation it was computed from: any move
    /// withdraws it.
    Preview(Allocation, Result<Proposal, CannotBalance>),
    /// Applied: what it replaced, what it set and how many lines; undo is offered while the
    /// budget is as it left it.
    Applied(Allocation, Allocation, usize),
}

/// The button, its preview and its undo. One state signal and one fixed structure whose parts are
/// hidden or shown: each separate view shape or signal type costs the page's wasm kilobytes.
#[component]
pub fn BalanceHelper(budget: Arc<Budget>, editor: Editor) -> impl IntoView {
    let ui = use_ui();
    let w = move || words(ui.locale.get());
    let (allocation, problem, read_only) = (editor.allocation, editor.problem, editor.read_only);
    let values = editor.values.clone();
    let state = RwSignal::new(State::Ask);
    // The state as it applies to the budget on screen now.
    let current = Memo::new(move |_| {
        state.with(|s| match s {
            State::Preview(at, _) | State::Applied(_, at, _) if allocation.with(|now| now != at) => State::Ask,
            s => s.clone(),
        })
    });
    let out_of_balance =
        move || matches!(problem.get(), Some(BalanceProblem::Deficit { .. } | BalanceProblem::Surplus { .. }));
    let set = move |a: &Allocation| {
        for (id, v) in values.iter() {
            if let Some(value) = a.get(id) {
                v.set(*value);
            }
        }
    };
    let set = StoredValue::new(set);

    let ask = {
        let budget = budget.clone();
        move |_| {
            let now = allocation.get_untracked();
            let proposal = budget.balance_for_me(&now, &[]);
            state.set(State::Preview(now, proposal));
            request_animation_frame(|| focus("helper-title"));
        }
    };
    let apply = move |_| {
        if let State::Preview(before, Ok(p)) = current.get_untracked() {
            let after = p.apply(&before);
            set.with_value(|set| set(&after));
            state.set(State::Applied(before, after, p.changes.len()));
            request_animation_frame(|| focus("helper-done"));
        }
    };
    let undo = move |_| {
        if let State::Applied(before, _, _) = current.get_untracked() {
            set.with_value(|set| set(&before));
            state.set(State::Ask);
        }
    };
    let close = move |_| state.set(State::Ask);

    let currency = budget.currency;
    let rows_budget = budget;
    let rows = move || {
        let locale = ui.locale.get();
        let Some(Ok(p)) = current.with(|s| match s {
            State::Preview(_, r) => Some(r.clone()),
            _ => None,
        }) else {
            return Vec::new();
        };
        p.changes
            .into_iter()
            .filter_map(|c| {
                let line = rows_budget.line(&c.line)?;
                Some(view! {
                    <tr>
                        <th scope="row">{line.label.get(locale).to_owned()}</th>
                        <td>{format_value(line, c.from, currency, locale)}</td>
                        <td>{format_value(line, c.to, currency, locale)}</td>
                        <td>{change_text(line, c.to, currency, locale)}</td>
                    </tr>
                })
            })
            .collect::<Vec<_>>()
    };
    let why = move || {
        let locale = ui.locale.get();
        current.with(|s| match s {
            State::Preview(_, Err(e)) => reason(*e, |m| format_money(m, currency, locale, MoneyStyle::Whole), locale),
            _ => String::new(),
        })
    };
    let previewing = move || matches!(current.get(), State::Preview(..));
    let has_proposal = move || matches!(current.get(), State::Preview(_, Ok(_)));
    let applied = move || match current.get() {
        State::Applied(_, _, n) => applied(ui.locale.get(), n),
        _ => String::new(),
    };

    view! {
        <div class="balance-helper" hidden=move || read_only.get()>
            <p class="helper-ask" hidden=move || !out_of_balance() || previewing()>
                <button type="button" on:click=ask aria-describedby="helper-hint">{say(ui.locale, |w| w.button)}</button>
                " "<span class="hint" id="helper-hint">{say(ui.locale, |w| w.hint)}</span>
            </p>
            <section class="note helper-preview" aria-labelledby="helper-title" hidden=move || !previewing()>
                <h2 id="helper-title" tabindex="-1">{say(ui.locale, |w| w.preview_title)}</h2>
                <p hidden=has_proposal>{why}</p>
                <table hidden=move || !has_proposal()>
                    <caption class="sr-only">{say(ui.locale, |w| w.preview_caption)}</caption>
                    <thead><tr>
                        <th scope="col">{crate::strings::say(ui.locale, |s| s.col_line)}</th>
                        <th scope="col">{crate::strings::say(ui.locale, |s| s.col_this_year)}</th>
                        <th scope="col">{say(ui.locale, |w| w.col_after)}</th>
                        <th scope="col">{crate::strings::say(ui.locale, |s| s.col_change)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
                <p class="helper-actions">
                    <button type="button" class="primary" on:click=apply hidden=move || !has_proposal()>{say(ui.locale, |w| w.apply)}</button>
                    <button type="button" on:click=close>{move || if has_proposal() { w().cancel } else { w().close }}</button>
                </p>
            </section>
            <p role="status" class="helper-done">
                <span id="helper-done" tabindex="-1">{applied}</span>
                " "<button type="button" on:click=undo hidden=move || !matches!(current.get(), State::Applied(..))>{say(ui.locale, |w| w.undo)}</button>
            </p>
        </div>
    }
}

/// One of the helper's words in the page's language, as reactive text. Every text goes through
/// this one closure type, so the page's wasm holds the code that renders it once, not per text.
fn say(
    locale: RwSignal<Locale>,
    pick: fn(&'static Words) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    crate::strings::in_both(locale, pick(&EN), pick(&FR))
}

fn focus(id: &str) {
    if let Some(el) = document().get_element_by_id(id)
        && let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el)
    {
        let _ = el.focus();
    }
}

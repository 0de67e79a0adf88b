//! The council's response in the dashboard: a general text and an optional note per line, in
//! English and French, previewed as residents will read them, then published. Only what is
//! published is public; the server keeps every publication with its time and author, and refuses a
//! response with a problem (listed here by field) without storing anything.

use crate::dashboard::api;
use leptos::prelude::*;
use leptos::task::spawn_local;
use pbsim_app::api::ApiError;
use pbsim_app::app::use_ui;
use pbsim_app::components::ResponseText;
use pbsim_core::wire::CouncilResponse;
use pbsim_core::{Budget, Locale, Text};
use std::sync::Arc;

/// The form's words.
struct Words {
    heading: &'static str,
    intro: &'static str,
    general: &'static str,
    note: &'static str,
    preview: &'static str,
    publish: &'static str,
    publishing: &'static str,
    published: &'static str,
    refused: &'static str,
}

const EN: Words = Words {
    heading: "Council’s response",
    intro: "Plain text: leave a blank line between paragraphs; https:// addresses become links. Residents \
            see it on the results page once you publish it.",
    general: "What the council heard and will do",
    note: "note",
    preview: "Preview",
    publish: "Publish the response",
    publishing: "Publishing…",
    published: "Published",
    refused: "Not published:",
};

const FR: Words = Words {
    heading: "Réponse du conseil",
    intro: "Texte simple : une ligne vide entre les paragraphes ; les adresses https:// deviennent des liens. \
            Les résidents la voient sur la page des résultats une fois publiée.",
    general: "Ce que le conseil a entendu et fera",
    note: "note",
    preview: "Aperçu",
    publish: "Publier la réponse",
    publishing: "Publication…",
    published: "Publiée",
    refused: "Non publiée :",
};

fn words(locale: Locale) -> &'static Words {
    match locale {
        Locale::En => &EN,
        Locale::Fr => &FR,
    }
}

fn language(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "English",
        Locale::Fr => "French",
    }
}

/// What publishing has given.
#[derive(Clone, Debug, PartialEq)]
enum Sent {
    Idle,
    Sending,
    Published(String),
    Failed(ApiError),
}

/// A pair of text areas (English, French) for one text, and its signals.
fn text_fields(id: &str, label: &str, rows: u32) -> (impl IntoView + use<>, [RwSignal<String>; 2]) {
    let values = [RwSignal::new(String::new()), RwSignal::new(String::new())];
    let fields = Locale::ALL
        .into_iter()
        .zip(values)
        .map(|(locale, value)| {
            let input = format!("{id}-{}", locale.tag());
            view! {
                <div class="field">
                    <label for=input.clone()>{format!("{label} ({})", language(locale))}</label>
                    <textarea id=input rows=rows lang=locale.tag()
                        on:input:target=move |ev| value.set(ev.target().value())></textarea>
                </div>
            }
        })
        .collect_view();
    (fields, values)
}

fn text_of(values: &[RwSignal<String>; 2]) -> Text {
    Text { en: values[0].get(), fr: values[1].get() }
}

/// The form, its preview and the publish button.
#[component]
pub fn ResponseForm(budget: Arc<Budget>) -> impl IntoView {
    let locale = use_ui().locale.get_untracked();
    let w = words(locale);
    let (general_fields, general) = text_fields("response-general", w.general, 6);
    let mut notes = Vec::new();
    let note_fields = budget
        .lines()
        .map(|l| {
            let (fields, values) =
                text_fields(&format!("response-line-{}", l.id), &format!("{} — {}", l.label.get(locale), w.note), 2);
            notes.push((l.id.clone(), values));
            fields
        })
        .collect_view();
    let notes = StoredValue::new(notes);
    let draft = move || CouncilResponse {
        general: text_of(&general),
        lines: notes.with_value(|n| {
            n.iter()
                .map(|(id, values)| (id.clone(), text_of(values)))
                .filter(|(_, t)| !(t.en.trim().is_empty() && t.fr.trim().is_empty()))
                .collect()
        }),
    };
    let previewing = RwSignal::new(false);
    let sent = RwSignal::new(Sent::Idle);
    let id = budget.id.clone();
    let publish = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sent.get_untracked() == Sent::Sending {
            return;
        }
        let (id, body) = (id.clone(), draft());
        sent.set(Sent::Sending);
        spawn_local(async move {
            sent.set(match api::publish_response(&id, &body).await {
                Ok(published) => Sent::Published(published.published_at),
                Err(e) => Sent::Failed(e),
            });
        });
    };
    let preview_budget = budget.clone();
    let preview = move || {
        previewing.get().then(|| {
            let response = draft();
            Locale::ALL
                .into_iter()
                .map(|l| {
                    let notes = preview_budget
                        .lines()
                        .filter_map(|line| {
                            let note = response.lines.get(&line.id)?.get(l).to_owned();
                            Some(view! { <li><strong>{line.label.get(l).to_owned()}</strong>": "{note}</li> })
                        })
                        .collect_view();
                    view! {
                        <div class="preview" lang=l.tag()>
                            <h3>{format!("{} ({})", w.preview, language(l))}</h3>
                            <ResponseText text=response.general.get(l).to_owned()/>
                            <ul>{notes}</ul>
                        </div>
                    }
                })
                .collect_view()
        })
    };
    let status = move || {
        match sent.get() {
        Sent::Idle => ().into_any(),
        Sent::Sending => w.publishing.into_any(),
        Sent::Published(at) => format!("{} {} UTC.", w.published, at.replacen('T', " ", 1).chars().take(16).collect::<String>()).into_any(),
        Sent::Failed(ApiError::Refused(body)) if !body.problems.is_empty() => view! {
            <span>{w.refused}</span>
            <ul>{body.problems.into_iter().map(|p| view! { <li>{format!("{}: {}", p.path, p.message)}</li> }).collect_view()}</ul>
        }
        .into_any(),
        Sent::Failed(e) => format!("{} {e}", w.refused).into_any(),
    }
    };
    view! {
        <section class="response-form" aria-labelledby="response-heading">
            <h2 id="response-heading">{w.heading}</h2>
            <p class="note">{w.intro}</p>
            <form on:submit=publish novalidate>
                {general_fields}
                {note_fields}
                <div class="buttons">
                    <button type="button" aria-pressed=move || previewing.get().to_string()
                        on:click=move |_| previewing.update(|p| *p = !*p)>{w.preview}</button>
                    <button type="submit" class="primary">{w.publish}</button>
                </div>
            </form>
            {preview}
            <div role="status">{status}</div>
        </section>
    }
}

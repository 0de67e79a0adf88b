//! The app's own words, in every language the simulator speaks. Budget texts come from the budget.
//!
//! One struct per language, so a missing translation is a compile error rather than a blank.
//! Sentences that hold a number are built by the functions at the end, one `match` per language,
//! because word order differs ("up $500,000" / "en hausse de 500 000 $").
//!
//! Plain language: say what happens to the resident's work and what to do next, in words a
//! twelve-year-old reads without help.

use pbsim_core::Locale;

/// Every fixed sentence of the interface.
#[derive(Debug)]
pub struct Strings {
    /// Shown while the budget loads.
    pub loading: &'static str,
    /// Heading of the budget list.
    pub budgets: &'static str,
    /// "Total spending".
    pub total_spending: &'static str,
    /// "Total revenue".
    pub total_revenue: &'static str,
    /// "Balance".
    pub balance: &'static str,
    /// Said when the rule is met.
    pub balanced: &'static str,
    /// Submit button.
    pub submit: &'static str,
    /// While sending.
    pub sending: &'static str,
    /// After success.
    pub received: &'static str,
    /// Before the error message.
    pub not_sent: &'static str,
    /// Retry button.
    pub retry: &'static str,
    /// "this year" after a baseline amount.
    pub this_year: &'static str,
    /// "up" in "up $500,000".
    pub up: &'static str,
    /// "down".
    pub down: &'static str,
    /// "unchanged".
    pub unchanged: &'static str,
    /// Link back to the list of budgets.
    pub all_budgets: &'static str,
    /// Shown when the budget cannot be loaded.
    pub load_failed: &'static str,
    /// The language switch's name for assistive tech.
    pub language: &'static str,
    /// Label of the number field beside a slider (after the line's name).
    pub exact_amount: &'static str,
    /// Label of the number field for a tax rate (after the line's name).
    pub exact_rate: &'static str,
    /// Reset one line.
    pub reset: &'static str,
    /// Reset every line.
    pub reset_all: &'static str,
    /// Heading of the charts.
    pub at_a_glance: &'static str,
    /// Chart title: each line against this year.
    pub chart_lines: &'static str,
    /// Chart title: the balance.
    pub chart_balance: &'static str,
    /// Chart title: the household's bill.
    pub chart_household: &'static str,
    /// Table header: the line.
    pub col_line: &'static str,
    /// Table header: this year's amount.
    pub col_this_year: &'static str,
    /// Table header: the resident's amount.
    pub col_yours: &'static str,
    /// Table header: the change.
    pub col_change: &'static str,
    /// The allowed band on the balance chart.
    pub allowed: &'static str,
    /// "Now" bar of the household chart.
    pub bill_now: &'static str,
    /// "With your budget" bar of the household chart.
    pub bill_yours: &'static str,
    /// Heading of the household section.
    pub your_tax_bill: &'static str,
    /// Label of the assessed value field.
    pub assessed_value: &'static str,
    /// Hint under the assessed value field.
    pub assessed_value_hint: &'static str,
    /// Legend of the owner/renter choice.
    pub own_or_rent: &'static str,
    /// The owner's choice.
    pub i_own: &'static str,
    /// The renter's choice.
    pub i_rent: &'static str,
    /// Label of the monthly rent field.
    pub monthly_rent: &'static str,
    /// Hint under the monthly rent field.
    pub monthly_rent_hint: &'static str,
    /// Beside a rent that is not an amount.
    pub rent_not_a_number: &'static str,
    /// After a renter's yearly change in the summary.
    pub in_your_rent: &'static str,
    /// Label of a section's comment box (after the section's name).
    pub comments_on: &'static str,
    /// Heading of the final part of the form.
    pub almost_done: &'static str,
    /// Label of the final comment.
    pub final_comment: &'static str,
    /// Label of the invite code field (budgets that require one).
    pub invite_code: &'static str,
    /// Hint under it.
    pub invite_code_hint: &'static str,
    /// Heading of the optional questions.
    pub about_you: &'static str,
    /// Under that heading.
    pub about_you_hint: &'static str,
    /// The empty choice of a question.
    pub no_answer: &'static str,
    /// "(optional)" after a label.
    pub optional: &'static str,
    /// The label of the honeypot field, which people never see (screen readers skip it too).
    pub honeypot: &'static str,
    /// Button that shows the share link.
    pub share: &'static str,
    /// Label of the share link field.
    pub share_link: &'static str,
    /// Copy button.
    pub copy: &'static str,
    /// After copying.
    pub copied: &'static str,
    /// Banner above a shared budget.
    pub shared_banner: &'static str,
    /// Button that makes a shared budget the resident's own.
    pub edit_shared: &'static str,
    /// Shown when a share link cannot be read.
    pub shared_unreadable: &'static str,
    /// Said after a draft was restored.
    pub draft_restored: &'static str,
    /// Tells the resident the draft is kept on their device.
    pub draft_kept: &'static str,
    /// Network failure explanation.
    pub network_failed: &'static str,
    /// The id was used for another submission.
    pub conflict: &'static str,
    /// Too many submissions from this connection in the last minute (the server's 429).
    pub rate_limited: &'static str,
    /// Heading of the summary after success.
    pub summary: &'static str,
    /// "Reference" before the receipt id.
    pub reference: &'static str,
    /// Print the summary.
    pub print: &'static str,
    /// Start a new budget after submitting.
    pub start_again: &'static str,
    /// Summary: no line changed.
    pub no_changes: &'static str,
    /// Summary: what changed.
    pub your_changes: &'static str,
    /// Where the figures come from.
    pub source: &'static str,
    /// "Skip to the budget" link.
    pub skip_to_form: &'static str,
}

const EN: Strings = Strings {
    loading: "Loading the budget…",
    budgets: "Budgets you can balance",
    total_spending: "Total spending",
    total_revenue: "Total revenue",
    balance: "Balance",
    balanced: "Your budget is balanced.",
    submit: "Submit my budget",
    sending: "Sending…",
    received: "Thank you: your budget was received.",
    not_sent: "Your budget was not sent:",
    retry: "Try again",
    this_year: "this year",
    up: "up",
    down: "down",
    unchanged: "unchanged",
    all_budgets: "All budgets",
    load_failed: "The budget could not be loaded:",
    language: "Language",
    exact_amount: "exact amount in dollars",
    exact_rate: "exact rate in percent",
    reset: "Reset",
    reset_all: "Reset every line to this year’s budget",
    at_a_glance: "Your budget at a glance",
    chart_lines: "Each line against this year",
    chart_balance: "Money left over or missing",
    chart_household: "Your yearly tax bill (City part)",
    col_line: "Line",
    col_this_year: "This year",
    col_yours: "Your budget",
    col_change: "Change",
    allowed: "allowed",
    bill_now: "Now",
    bill_yours: "Your budget",
    your_tax_bill: "What it means for your tax bill",
    assessed_value: "Your home’s assessed value, in dollars",
    assessed_value_hint: "Change it to see your own bill. It stays on this device and is not sent.",
    own_or_rent: "Do you own or rent?",
    i_own: "I own my home",
    i_rent: "I rent",
    monthly_rent: "Your monthly rent, in dollars",
    monthly_rent_hint: "It stays on this device and is not sent.",
    rent_not_a_number: "Type your rent as a number of dollars, like 1850 or 1850.50.",
    in_your_rent: "a year in your rent (an estimate)",
    comments_on: "Anything to add about",
    almost_done: "Almost done",
    final_comment: "Anything else you want the council to know?",
    invite_code: "Invite code",
    invite_code_hint: "The code on the invitation you received, like 7KQM-X4RT-9PWC-3HNA. Each code can be used once.",
    about_you: "About you",
    about_you_hint: "These questions are optional. They help the City see who took part.",
    no_answer: "Prefer not to say",
    optional: "(optional)",
    honeypot: "Leave this field empty",
    share: "Share my budget",
    share_link: "Link to your budget",
    copy: "Copy link",
    copied: "Link copied.",
    shared_banner: "You are looking at a budget someone shared. Nothing here is yours yet.",
    edit_shared: "Start from this budget",
    shared_unreadable: "This share link does not fit this budget, so your own draft is shown instead:",
    draft_restored: "We kept your work from last time.",
    draft_kept: "Your work is saved on this device as you go.",
    network_failed: "We could not reach the server. Your budget is still here: check your connection, then try again.",
    conflict: "An earlier version of this budget was already received. Your latest changes were not sent.",
    rate_limited: "Too many budgets were sent from your connection in the last minute. Wait a minute, then try again.",
    summary: "Your budget",
    reference: "Reference",
    print: "Print or save this page",
    start_again: "Start a new budget",
    no_changes: "You kept every line as it is this year.",
    your_changes: "What you changed",
    source: "Where the figures come from",
    skip_to_form: "Skip to the budget",
};

const FR: Strings = Strings {
    loading: "Chargement du budget…",
    budgets: "Budgets à équilibrer",
    total_spending: "Dépenses totales",
    total_revenue: "Revenus totaux",
    balance: "Solde",
    balanced: "Votre budget est équilibré.",
    submit: "Envoyer mon budget",
    sending: "Envoi…",
    received: "Merci : votre budget a bien été reçu.",
    not_sent: "Votre budget n’a pas été envoyé :",
    retry: "Réessayer",
    this_year: "cette année",
    up: "en hausse de",
    down: "en baisse de",
    unchanged: "inchangé",
    all_budgets: "Tous les budgets",
    load_failed: "Le budget n’a pas pu être chargé :",
    language: "Langue",
    exact_amount: "montant exact en dollars",
    exact_rate: "taux exact en pourcentage",
    reset: "Rétablir",
    reset_all: "Rétablir toutes les lignes au budget de cette année",
    at_a_glance: "Votre budget en un coup d’œil",
    chart_lines: "Chaque ligne par rapport à cette année",
    chart_balance: "Argent en trop ou manquant",
    chart_household: "Votre compte de taxes annuel (part de la Ville)",
    col_line: "Ligne",
    col_this_year: "Cette année",
    col_yours: "Votre budget",
    col_change: "Variation",
    allowed: "permis",
    bill_now: "Maintenant",
    bill_yours: "Votre budget",
    your_tax_bill: "Ce que cela change pour votre compte de taxes",
    assessed_value: "Valeur foncière de votre logement, en dollars",
    assessed_value_hint: "Modifiez-la pour voir votre propre compte. Elle reste sur cet appareil et n’est pas envoyée.",
    own_or_rent: "Êtes-vous propriétaire ou locataire ?",
    i_own: "Je suis propriétaire",
    i_rent: "Je suis locataire",
    monthly_rent: "Votre loyer mensuel, en dollars",
    monthly_rent_hint: "Il reste sur cet appareil et n’est pas envoyé.",
    rent_not_a_number: "Écrivez votre loyer en dollars, en chiffres, par exemple 1850 ou 1850.50.",
    in_your_rent: "par an dans votre loyer (une estimation)",
    comments_on: "Un commentaire sur",
    almost_done: "Presque fini",
    final_comment: "Autre chose à dire au conseil ?",
    invite_code: "Code d’invitation",
    invite_code_hint: "Le code inscrit sur l’invitation reçue, par exemple 7KQM-X4RT-9PWC-3HNA. Chaque code sert une fois.",
    about_you: "À propos de vous",
    about_you_hint: "Ces questions sont facultatives. Elles aident la Ville à savoir qui a participé.",
    no_answer: "Je préfère ne pas répondre",
    optional: "(facultatif)",
    honeypot: "Laissez ce champ vide",
    share: "Partager mon budget",
    share_link: "Lien vers votre budget",
    copy: "Copier le lien",
    copied: "Lien copié.",
    shared_banner: "Vous regardez un budget partagé par quelqu’un. Rien n’est encore à vous.",
    edit_shared: "Partir de ce budget",
    shared_unreadable: "Ce lien de partage ne correspond pas à ce budget ; voici plutôt votre brouillon :",
    draft_restored: "Nous avons gardé votre travail de la dernière fois.",
    draft_kept: "Votre travail est enregistré sur cet appareil au fur et à mesure.",
    network_failed: "Impossible de joindre le serveur. Votre budget est toujours là : vérifiez votre connexion, puis réessayez.",
    conflict: "Une version antérieure de ce budget a déjà été reçue. Vos dernières modifications n’ont pas été envoyées.",
    rate_limited: "Trop de budgets ont été envoyés depuis votre connexion en une minute. Attendez une minute, puis réessayez.",
    summary: "Votre budget",
    reference: "Référence",
    print: "Imprimer ou enregistrer cette page",
    start_again: "Commencer un nouveau budget",
    no_changes: "Vous avez gardé chaque ligne comme cette année.",
    your_changes: "Ce que vous avez changé",
    source: "D’où viennent les chiffres",
    skip_to_form: "Aller au budget",
};

/// The interface's words in `locale`.
pub fn strings(locale: Locale) -> &'static Strings {
    match locale {
        Locale::En => &EN,
        Locale::Fr => &FR,
    }
}

/// One of the interface's words in the page's language, as reactive text. Texts that go through
/// this one closure type share the code that renders them in the page's wasm.
pub fn say(
    locale: leptos::prelude::RwSignal<Locale>,
    pick: fn(&'static Strings) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    in_both(locale, pick(&EN), pick(&FR))
}

/// A fixed text in both languages, as reactive text in the page's. Every table's `say` (these
/// words, the results', the helper's, the overview's, the projects') ends here, so that all of
/// them are one closure type and share the code that renders them: each closure type is code of
/// its own in the wasm (see BENCHMARKS.md).
pub fn in_both(
    locale: leptos::prelude::RwSignal<Locale>,
    en: &'static str,
    fr: &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    use leptos::prelude::Get;
    move || match locale.get() {
        Locale::En => en,
        Locale::Fr => fr,
    }
}

/// "Reset Police to $386,573,423" (the reset button's accessible name).
pub fn reset_line(locale: Locale, line: &str, baseline: &str) -> String {
    match locale {
        Locale::En => format!("Reset {line} to {baseline}"),
        Locale::Fr => format!("Rétablir {line} à {baseline}"),
    }
}

/// "$386,573,423 this year".
pub fn baseline_note(locale: Locale, amount: &str) -> String {
    format!("{amount} {}", strings(locale).this_year)
}

/// The household sentence: how the bill changes for a home of the given value.
pub fn household_sentence(
    locale: Locale,
    home: &str,
    now: &str,
    yours: &str,
    change: &str,
    up: Option<bool>,
) -> String {
    match (locale, up) {
        (Locale::En, Some(true)) => format!(
            "For a home assessed at {home}, the City part of the tax bill goes up by {change} a year: from {now} to {yours}."
        ),
        (Locale::En, Some(false)) => format!(
            "For a home assessed at {home}, the City part of the tax bill goes down by {change} a year: from {now} to {yours}."
        ),
        (Locale::En, None) => {
            format!("For a home assessed at {home}, the City part of the tax bill stays at {now} a year.")
        }
        (Locale::Fr, Some(true)) => format!(
            "Pour un logement évalué à {home}, la part municipale du compte de taxes augmente de {change} par an : de {now} à {yours}."
        ),
        (Locale::Fr, Some(false)) => format!(
            "Pour un logement évalué à {home}, la part municipale du compte de taxes baisse de {change} par an : de {now} à {yours}."
        ),
        (Locale::Fr, None) => {
            format!("Pour un logement évalué à {home}, la part municipale du compte de taxes reste à {now} par an.")
        }
    }
}

/// The renter's sentence: how much of the City tax change may reach a rent, a year and a month.
pub fn renter_sentence(locale: Locale, rent: &str, year: &str, month: &str, up: Option<bool>) -> String {
    match (locale, up) {
        (Locale::En, Some(up)) => format!(
            "For a rent of {rent} a month, the City tax passed on in your rent could go {} by about {year} a year (about {month} a month).",
            if up { "up" } else { "down" }
        ),
        (Locale::En, None) => {
            format!("For a rent of {rent} a month, the City tax passed on in your rent stays as it is.")
        }
        (Locale::Fr, Some(up)) => format!(
            "Pour un loyer de {rent} par mois, la taxe municipale répercutée dans votre loyer pourrait {} d’environ {year} par an (environ {month} par mois).",
            if up { "augmenter" } else { "baisser" }
        ),
        (Locale::Fr, None) => {
            format!("Pour un loyer de {rent} par mois, la taxe municipale répercutée dans votre loyer ne change pas.")
        }
    }
}

/// Why the renter's figure is an estimate, with the budget's two stated figures and their sources.
pub fn renter_caveat(
    locale: Locale,
    percent: i64,
    pass_source: &str,
    home: &str,
    per_rent: i64,
    value_source: &str,
) -> String {
    match locale {
        Locale::En => format!(
            "This is an estimate. Your landlord pays the property tax, and passes on part of a change to the rent, not always all of it nor at once: this budget assumes {percent}% ({pass_source}). Your home is taken to be assessed at {home}, {per_rent} times its monthly rent ({value_source})."
        ),
        Locale::Fr => format!(
            "C’est une estimation. Votre propriétaire paie la taxe foncière et en répercute une partie des changements sur le loyer, pas toujours la totalité ni tout de suite : ce budget suppose {percent} % ({pass_source}). Votre logement est supposé évalué à {home}, {per_rent} fois son loyer mensuel ({value_source})."
        ),
    }
}

/// The balance chart's text equivalent.
pub fn balance_summary(locale: Locale, balance: &str, surplus: Option<bool>, allowed: &str) -> String {
    match (locale, surplus) {
        (Locale::En, Some(true)) => format!("{balance} left over. Allowed: {allowed}."),
        (Locale::En, Some(false)) => format!("{balance} missing. Allowed: {allowed}."),
        (Locale::En, None) => format!("Nothing left over or missing. Allowed: {allowed}."),
        (Locale::Fr, Some(true)) => format!("{balance} en trop. Permis : {allowed}."),
        (Locale::Fr, Some(false)) => format!("{balance} manquants. Permis : {allowed}."),
        (Locale::Fr, None) => format!("Rien en trop ni de manquant. Permis : {allowed}."),
    }
}

/// The allowed range of the balance, in words.
pub fn allowed_range(locale: Locale, missing: Option<&str>, extra: Option<&str>) -> String {
    match (locale, missing, extra) {
        (Locale::En, Some(m), Some(e)) => format!("up to {m} missing or {e} left over"),
        (Locale::En, Some(m), None) => format!("up to {m} missing, or any amount left over"),
        (Locale::En, None, Some(e)) => format!("nothing missing, up to {e} left over"),
        (Locale::En, None, None) => "nothing missing, any amount left over".to_owned(),
        (Locale::Fr, Some(m), Some(e)) => format!("jusqu’à {m} manquants ou {e} en trop"),
        (Locale::Fr, Some(m), None) => format!("jusqu’à {m} manquants, ou n’importe quel montant en trop"),
        (Locale::Fr, None, Some(e)) => format!("rien de manquant, jusqu’à {e} en trop"),
        (Locale::Fr, None, None) => "rien de manquant, n’importe quel montant en trop".to_owned(),
    }
}

/// "Received on 26 Nov 2026 at 00:41 UTC" style line of the summary (the date as the server wrote it).
pub fn received_at(locale: Locale, when: &str) -> String {
    match locale {
        Locale::En => format!("Received {when} (UTC)."),
        Locale::Fr => format!("Reçu le {when} (UTC)."),
    }
}

//! The app's own words, in every language the simulator speaks. Budget texts come from the budget.
//!
//! One struct per language, so a missing translation is a compile error rather than a blank.

use pbsim_core::Locale;

/// Every sentence of the interface.
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
};

/// The interface's words in `locale`.
pub fn strings(locale: Locale) -> &'static Strings {
    match locale {
        Locale::En => &EN,
        Locale::Fr => &FR,
    }
}

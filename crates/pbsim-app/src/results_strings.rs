//! The words of the consultation window and of the public results ("You and everyone so far"), in
//! every language, kept apart from `strings.rs` as the dashboard keeps its own: one struct per
//! language, so a missing translation does not compile, and sentences with figures as functions.

use pbsim_core::Locale;
use pbsim_core::wire::ErrorCode;

/// Every fixed sentence about the window and the public results.
#[derive(Debug)]
pub struct ResultsStrings {
    /// Heading of the panel below the receipt.
    pub everyone: &'static str,
    /// Heading of the results once the consultation has closed.
    pub results: &'static str,
    /// The chart's caption.
    pub chart_caption: &'static str,
    /// Column heads of the chart's table.
    pub col_line: &'static str,
    /// "You".
    pub col_you: &'static str,
    /// "Median".
    pub col_median: &'static str,
    /// "Aggregate".
    pub col_aggregate: &'static str,
    /// "This year", the chart's grey tick.
    pub this_year: &'static str,
    /// What the two figures mean, under the table.
    pub explain: &'static str,
    /// While the figures load.
    pub loading: &'static str,
    /// When the figures cannot be read.
    pub unavailable: &'static str,
    /// The budget never publishes its figures.
    pub not_public: &'static str,
    /// Link back to the list of budgets.
    pub all_budgets: &'static str,
    /// Link from the results page to the budget.
    pub back_to_budget: &'static str,
    /// The link to the figures as a spreadsheet.
    pub download_csv: &'static str,
    /// Heading of the council's response.
    pub council_says: &'static str,
    /// The overview's caption: every line's change in money.
    pub overview_caption: &'static str,
    /// How to read the overview's chart.
    pub overview_explain: &'static str,
    /// The overview's table: column of the aggregate's change.
    pub col_aggregate_change: &'static str,
    /// Column of the median's change.
    pub col_median_change: &'static str,
    /// Column of the aggregate's 95 % interval.
    pub col_interval: &'static str,
    /// The disclosure that shows the lines as shares of spending.
    pub as_shares: &'static str,
    /// Column of this year's share.
    pub col_share_this_year: &'static str,
    /// Column of the aggregate's share.
    pub col_share_aggregate: &'static str,
}

const EN: ResultsStrings = ResultsStrings {
    everyone: "You and everyone so far",
    results: "What residents chose",
    chart_caption: "Each line: your choice, the median and the aggregate of everyone",
    col_line: "Line",
    col_you: "You",
    col_median: "Median",
    col_aggregate: "Aggregate",
    this_year: "This year",
    explain: "The median is the middle choice: half of residents chose more, half less. The aggregate shares out \
              the typical total the way residents together asked for, in a way no one can sway by exaggerating.",
    loading: "Loading everyone's choices…",
    unavailable: "Everyone's choices cannot be shown right now.",
    not_public: "The council does not publish these results here.",
    all_budgets: "All budgets",
    back_to_budget: "Back to the budget",
    download_csv: "Download these figures (CSV)",
    council_says: "What the council says",
    overview_caption: "What residents asked for, line by line, in money against this year",
    overview_explain: "Largest change first. Bars: the aggregate of everyone's budgets; black ticks: the median \
                       resident; thin lines, where shown: where the aggregate lies, 95 times out of 100.",
    col_aggregate_change: "Aggregate: change",
    col_median_change: "Median: change",
    col_interval: "Aggregate: 95% interval",
    as_shares: "Show as shares of spending",
    col_share_this_year: "This year's share",
    col_share_aggregate: "Aggregate's share",
};

const FR: ResultsStrings = ResultsStrings {
    everyone: "Vous et tout le monde jusqu’ici",
    results: "Ce que les résidents ont choisi",
    chart_caption: "Chaque poste : votre choix, la médiane et l’agrégat de tous",
    col_line: "Poste",
    col_you: "Vous",
    col_median: "Médiane",
    col_aggregate: "Agrégat",
    this_year: "Cette année",
    explain: "La médiane est le choix du milieu : la moitié des résidents a choisi plus, l’autre moitié moins. \
              L’agrégat répartit le total habituel comme les résidents l’ont demandé ensemble, sans que personne \
              puisse le faire pencher en exagérant.",
    loading: "Chargement des choix de tous…",
    unavailable: "Les choix de tous ne peuvent pas être affichés pour le moment.",
    not_public: "Le conseil ne publie pas ces résultats ici.",
    all_budgets: "Tous les budgets",
    back_to_budget: "Retour au budget",
    download_csv: "Télécharger ces chiffres (CSV)",
    council_says: "Ce que dit le conseil",
    overview_caption: "Ce que les résidents ont demandé, poste par poste, en argent par rapport à cette année",
    overview_explain: "Du plus grand changement au plus petit. Barres : l’agrégat des budgets de tous ; traits \
                       noirs : le résident médian ; lignes fines, si affichées : où se trouve l’agrégat, 95 fois \
                       sur 100.",
    col_aggregate_change: "Agrégat : variation",
    col_median_change: "Médiane : variation",
    col_interval: "Agrégat : intervalle à 95 %",
    as_shares: "Afficher en parts des dépenses",
    col_share_this_year: "Part cette année",
    col_share_aggregate: "Part dans l’agrégat",
};

/// The words in `locale`.
pub fn results_strings(locale: Locale) -> &'static ResultsStrings {
    match locale {
        Locale::En => &EN,
        Locale::Fr => &FR,
    }
}

/// One of the results' words in the page's language, as reactive text: one closure type for all
/// of them, as [`crate::strings::say`] is for the interface's.
pub fn say_result(
    locale: leptos::prelude::RwSignal<Locale>,
    pick: fn(&'static ResultsStrings) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    crate::strings::in_both(locale, pick(&EN), pick(&FR))
}

/// "Open until …", above the sliders.
pub fn open_until(locale: Locale, when: &str) -> String {
    match locale {
        Locale::En => format!("You can send your budget until {when}."),
        Locale::Fr => format!("Vous pouvez envoyer votre budget jusqu’au {when}."),
    }
}

/// The page before the consultation opens.
pub fn opens_on(locale: Locale, when: &str) -> String {
    match locale {
        Locale::En => format!("This consultation opens on {when}. Come back then to set your budget."),
        Locale::Fr => format!("Cette consultation ouvre le {when}. Revenez à ce moment-là pour établir votre budget."),
    }
}

/// The page after it closed.
pub fn closed_on(locale: Locale, when: &str) -> String {
    match locale {
        Locale::En => format!("This consultation closed on {when}. Thank you to everyone who took part."),
        Locale::Fr => {
            format!("Cette consultation a pris fin le {when}. Merci à toutes les personnes qui y ont participé.")
        }
    }
}

/// What the page says when the server refused a submission outside the window.
pub fn refused(locale: Locale, code: ErrorCode) -> &'static str {
    match (locale, code) {
        (Locale::En, ErrorCode::NotOpenYet) => "This consultation has not opened yet: nothing was stored.",
        (Locale::Fr, ErrorCode::NotOpenYet) => "Cette consultation n’est pas encore ouverte : rien n’a été enregistré.",
        (Locale::En, _) => "This consultation has closed: nothing was stored.",
        (Locale::Fr, _) => "Cette consultation est terminée : rien n’a été enregistré.",
    }
}

/// How many residents the figures count, over which days, and as of when.
pub fn counted(locale: Locale, count: &str, days: Option<(&str, &str)>, as_of: &str) -> String {
    let over = match (locale, days) {
        (_, None) => String::new(),
        (Locale::En, Some((first, last))) if first == last => format!(" on {first}"),
        (Locale::En, Some((first, last))) => format!(" from {first} to {last}"),
        (Locale::Fr, Some((first, last))) if first == last => format!(" le {first}"),
        (Locale::Fr, Some((first, last))) => format!(" du {first} au {last}"),
    };
    match locale {
        Locale::En => format!("{count} residents have sent a budget{over} (figures as of {as_of} UTC)."),
        Locale::Fr => format!("{count} résidents ont envoyé un budget{over} (chiffres au {as_of} UTC)."),
    }
}

/// The figures are not public yet: too few residents so far.
pub fn below_threshold(locale: Locale, threshold: &str) -> String {
    match locale {
        Locale::En => format!(
            "Everyone's choices will appear here once {threshold} residents have sent a budget, so that no one's \
             own choice can be picked out."
        ),
        Locale::Fr => format!(
            "Les choix de tous apparaîtront ici dès que {threshold} résidents auront envoyé un budget, pour que le \
             choix de personne ne puisse être reconnu."
        ),
    }
}

/// The figures are published when the consultation closes.
pub fn after_close(locale: Locale, when: Option<&str>) -> String {
    match (locale, when) {
        (Locale::En, Some(when)) => {
            format!("Everyone's choices will be published when the consultation closes, on {when}.")
        }
        (Locale::En, None) => "Everyone's choices will be published when the consultation closes.".to_owned(),
        (Locale::Fr, Some(when)) => {
            format!("Les choix de tous seront publiés à la fin de la consultation, le {when}.")
        }
        (Locale::Fr, None) => "Les choix de tous seront publiés à la fin de la consultation.".to_owned(),
    }
}

/// One plain sentence per line: how the resident's choice compares with the median.
/// `more`: `Some(true)` above the median, `Some(false)` below, `None` equal.
pub fn compared(locale: Locale, line: &str, more: Option<bool>) -> String {
    match (locale, more) {
        (Locale::En, Some(true)) => format!("You gave {line} more than most residents did."),
        (Locale::En, Some(false)) => format!("You gave {line} less than most residents did."),
        (Locale::En, None) => format!("You gave {line} the same as the median resident."),
        (Locale::Fr, Some(true)) => format!("Vous avez accordé à « {line} » plus que la plupart des résidents."),
        (Locale::Fr, Some(false)) => format!("Vous avez accordé à « {line} » moins que la plupart des résidents."),
        (Locale::Fr, None) => format!("Vous avez accordé à « {line} » autant que le résident médian."),
    }
}

/// When the council published its response.
pub fn published_on(locale: Locale, when: &str) -> String {
    match locale {
        Locale::En => format!("Published {when} UTC."),
        Locale::Fr => format!("Publié le {when} UTC."),
    }
}

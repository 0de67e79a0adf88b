//! The officers' dashboard's own words, in every language the app speaks (kept apart from the
//! resident's `strings.rs`). One struct per language, so a missing translation is a compile error.

use pbsim_core::Locale;

/// Every sentence of the dashboard.
#[derive(Debug)]
pub struct Words {
    /// Page heading before the budget's title.
    pub results: &'static str,
    /// Heading of the budget list.
    pub choose_budget: &'static str,
    /// Login heading.
    pub log_in_title: &'static str,
    /// Username field.
    pub username: &'static str,
    /// Password field.
    pub password: &'static str,
    /// Login button.
    pub log_in: &'static str,
    /// Logout button.
    pub log_out: &'static str,
    /// Refused login.
    pub wrong_login: &'static str,
    /// Loading.
    pub loading: &'static str,
    /// Before an error message.
    pub failed: &'static str,
    /// "submissions" after a count.
    pub submissions: &'static str,
    /// "of" in "12 of 40 submissions".
    pub of: &'static str,
    /// Per-day table caption.
    pub per_day: &'static str,
    /// Column heading.
    pub day: &'static str,
    /// Column heading.
    pub count: &'static str,
    /// Filters heading.
    pub filters: &'static str,
    /// The "no filter" option.
    pub all_answers: &'static str,
    /// Weighting switch, before the question.
    pub weight_by: &'static str,
    /// Downloads heading.
    pub downloads: &'static str,
    /// Link text.
    pub download_csv: &'static str,
    /// Link text.
    pub download_xlsx: &'static str,
    /// Spending heading.
    pub spending: &'static str,
    /// Explains the shares.
    pub spending_note: &'static str,
    /// Heading of the overview of every line's change in money.
    pub overview: &'static str,
    /// The switch that asks for the aggregate's bootstrap intervals.
    pub intervals: &'static str,
    /// Before a line's figures in money: "In money:".
    pub in_money: &'static str,
    /// Revenue heading.
    pub revenue: &'static str,
    /// Legend and figures.
    pub baseline: &'static str,
    /// Legend and figures.
    pub mean: &'static str,
    /// Legend and figures.
    pub median: &'static str,
    /// Legend and figures.
    pub independent_markets: &'static str,
    /// Normalised coordinate-wise median.
    pub cw_median: &'static str,
    /// Interquartile range.
    pub iqr: &'static str,
    /// Movement.
    pub raised: &'static str,
    /// Movement.
    pub lowered: &'static str,
    /// Movement.
    pub kept: &'static str,
    /// Comments heading.
    pub comments: &'static str,
    /// Comment search field.
    pub search_comments: &'static str,
    /// "comments" after a count.
    pub comments_found: &'static str,
    /// The final comment's label (no section).
    pub overall: &'static str,
    /// When nothing matches.
    pub no_submissions: &'static str,
}

const EN: Words = Words {
    results: "Results:",
    choose_budget: "Results of each budget",
    log_in_title: "Officers’ login",
    username: "Username",
    password: "Password",
    log_in: "Log in",
    log_out: "Log out",
    wrong_login: "Wrong username or password.",
    loading: "Loading…",
    failed: "Could not load:",
    submissions: "submissions",
    of: "of",
    per_day: "Submissions per day",
    day: "Day",
    count: "Submissions",
    filters: "Filter and weight",
    all_answers: "All answers",
    weight_by: "Weight by population shares of:",
    downloads: "Downloads",
    download_csv: "Download CSV",
    download_xlsx: "Download Excel (XLSX)",
    spending: "Spending",
    spending_note: "Each resident’s spending on a line as a share of their total spending.",
    overview: "Overview: every line in money",
    intervals: "Show 95% intervals of the aggregate (takes a few seconds)",
    in_money: "In money:",
    revenue: "Revenue",
    baseline: "This year",
    mean: "Mean",
    median: "Median",
    independent_markets: "Independent markets",
    cw_median: "Normalised median",
    iqr: "Middle half",
    raised: "raised",
    lowered: "lowered",
    kept: "kept",
    comments: "Comments",
    search_comments: "Search comments",
    comments_found: "comments",
    overall: "Overall",
    no_submissions: "No submission matches.",
};

const FR: Words = Words {
    results: "Résultats :",
    choose_budget: "Résultats de chaque budget",
    log_in_title: "Connexion des agents",
    username: "Nom d’utilisateur",
    password: "Mot de passe",
    log_in: "Se connecter",
    log_out: "Se déconnecter",
    wrong_login: "Nom d’utilisateur ou mot de passe incorrect.",
    loading: "Chargement…",
    failed: "Chargement impossible :",
    submissions: "réponses",
    of: "sur",
    per_day: "Réponses par jour",
    day: "Jour",
    count: "Réponses",
    filters: "Filtrer et pondérer",
    all_answers: "Toutes les réponses",
    weight_by: "Pondérer selon la population :",
    downloads: "Téléchargements",
    download_csv: "Télécharger en CSV",
    download_xlsx: "Télécharger pour Excel (XLSX)",
    spending: "Dépenses",
    spending_note: "La part de chaque ligne dans les dépenses totales de chaque résident.",
    overview: "Vue d’ensemble : chaque ligne en argent",
    intervals: "Afficher les intervalles à 95 % de l’agrégat (quelques secondes)",
    in_money: "En argent :",
    revenue: "Revenus",
    baseline: "Cette année",
    mean: "Moyenne",
    median: "Médiane",
    independent_markets: "Marchés indépendants",
    cw_median: "Médiane normalisée",
    iqr: "Moitié centrale",
    raised: "en hausse",
    lowered: "en baisse",
    kept: "inchangé",
    comments: "Commentaires",
    search_comments: "Chercher dans les commentaires",
    comments_found: "commentaires",
    overall: "Ensemble",
    no_submissions: "Aucune réponse ne correspond.",
};

/// The dashboard's words in `locale`.
pub fn words(locale: Locale) -> &'static Words {
    match locale {
        Locale::En => &EN,
        Locale::Fr => &FR,
    }
}

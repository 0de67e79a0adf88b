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
    /// Heading of a budget of projects' outcomes.
    pub outcomes: &'static str,
    /// What the rules are.
    pub outcomes_note: &'static str,
    /// Column heading.
    pub project: &'static str,
    /// Column heading.
    pub cost: &'static str,
    /// Column heading: ballots naming the project.
    pub votes: &'static str,
    /// Column heading: points given (cumulative ballots).
    pub score: &'static str,
    /// A rule's name.
    pub greedy: &'static str,
    /// A rule's name.
    pub mes: &'static str,
    /// A rule's name.
    pub mes_add1: &'static str,
    /// A project funded by a rule.
    pub funded: &'static str,
    /// A project a rule does not fund.
    pub not_funded: &'static str,
    /// Caption of the projects' table.
    pub by_project: &'static str,
    /// Caption of the rules' table.
    pub by_rule: &'static str,
    /// Column heading.
    pub rule: &'static str,
    /// Column heading: projects funded, in the order chosen.
    pub winners: &'static str,
    /// Column heading.
    pub spent: &'static str,
    /// Column heading.
    pub unspent: &'static str,
    /// Before the amount: "12 ballots, budget €400,000".
    pub ballots_of: &'static str,
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
    outcomes: "Who wins under each rule",
    outcomes_note: "Greedy funds the projects with the most votes first, skipping those that no longer fit. The Method of Equal Shares gives every voter an equal share of the money and funds a project when its supporters can pay for it; completed by Add1, it raises every share while the result still fits, then funds greedily what is left.",
    project: "Project",
    cost: "Cost",
    votes: "Votes",
    score: "Points",
    greedy: "Greedy",
    mes: "Equal Shares",
    mes_add1: "Equal Shares + Add1",
    funded: "Funded",
    not_funded: "Not funded",
    by_project: "Each project under each rule",
    by_rule: "The money each rule spends",
    rule: "Rule",
    winners: "Projects funded, in order",
    spent: "Spent",
    unspent: "Left unspent",
    ballots_of: "ballots; amount available:",
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
    outcomes: "Qui gagne selon chaque règle",
    outcomes_note: "Le glouton finance d’abord les projets qui ont le plus de voix, en sautant ceux qui ne tiennent plus. La méthode des parts égales donne à chaque votant une part égale de l’argent et finance un projet quand ses soutiens peuvent le payer ; complétée par Add1, elle augmente chaque part tant que le résultat tient, puis finance le reste de façon gloutonne.",
    project: "Projet",
    cost: "Coût",
    votes: "Voix",
    score: "Points",
    greedy: "Glouton",
    mes: "Parts égales",
    mes_add1: "Parts égales + Add1",
    funded: "Financé",
    not_funded: "Non financé",
    by_project: "Chaque projet selon chaque règle",
    by_rule: "L’argent que dépense chaque règle",
    rule: "Règle",
    winners: "Projets financés, dans l’ordre",
    spent: "Dépensé",
    unspent: "Non dépensé",
    ballots_of: "bulletins ; montant disponible :",
};

/// The dashboard's words in `locale`.
pub fn words(locale: Locale) -> &'static Words {
    match locale {
        Locale::En => &EN,
        Locale::Fr => &FR,
    }
}

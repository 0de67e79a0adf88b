//! The words of the page for a budget of projects (`pages/projects.rs`), in every language the app
//! speaks. As in `strings.rs`: one struct per language, so a missing translation is a compile
//! error, and sentences that hold a number are functions with one `match` per language.

use crate::choice;
use pbsim_core::projects::{BallotKind, ProjectSelection};
use pbsim_core::wire::{Problem, ProblemCode, ProjectChoice, RuleId};
use pbsim_core::{Currency, Locale, Money, MoneyStyle, format_money};

/// Every fixed sentence of the page of projects.
#[derive(Debug)]
pub struct ProjectWords {
    /// Heading of the list of projects.
    pub projects: &'static str,
    /// Label of the category filter.
    pub category: &'static str,
    /// The category filter's "no filter" option.
    pub all_categories: &'static str,
    /// Label of the area filter.
    pub area: &'static str,
    /// The area filter's "no filter" option.
    pub all_areas: &'static str,
    /// Button that clears the choice.
    pub clear: &'static str,
    /// Caption of the chart of what the chosen projects cost.
    pub chart_spent: &'static str,
    /// Caption of the chart of the points given.
    pub chart_points: &'static str,
    /// Heading of the projects chosen, in the receipt.
    pub your_choice: &'static str,
    /// Before a project's title, in the label of its points field.
    pub points_for: &'static str,
    /// A points field that holds no whole number.
    pub not_a_number: &'static str,
    /// The submit button's reason when nothing is chosen.
    pub choose_one: &'static str,
    /// "points" after a number.
    pub points: &'static str,
}

const EN: ProjectWords = ProjectWords {
    projects: "The projects",
    category: "Category",
    all_categories: "All categories",
    area: "Area",
    all_areas: "All areas",
    clear: "Clear my choice",
    chart_spent: "What your projects cost, of the money available",
    chart_points: "Your points given",
    your_choice: "Your choice",
    points_for: "Points for",
    not_a_number: "Type a whole number of points, 0 or more.",
    choose_one: "Choose at least one project.",
    points: "points",
};

const FR: ProjectWords = ProjectWords {
    projects: "Les projets",
    category: "Catégorie",
    all_categories: "Toutes les catégories",
    area: "Secteur",
    all_areas: "Tous les secteurs",
    clear: "Effacer mon choix",
    chart_spent: "Ce que coûtent vos projets, sur l’argent disponible",
    chart_points: "Vos points donnés",
    your_choice: "Votre choix",
    points_for: "Points pour",
    not_a_number: "Saisissez un nombre entier de points, 0 ou plus.",
    choose_one: "Choisissez au moins un projet.",
    points: "points",
};

/// The page's words in `locale`.
pub fn project_words(locale: Locale) -> &'static ProjectWords {
    match locale {
        Locale::En => &EN,
        Locale::Fr => &FR,
    }
}

/// One of the page's words in the page's language, as reactive text: every text that goes through
/// this one closure type shares the code that renders it (as `strings::say`).
pub fn say_project(
    locale: leptos::prelude::RwSignal<Locale>,
    pick: fn(&'static ProjectWords) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    crate::strings::in_both(locale, pick(&EN), pick(&FR))
}

fn whole(m: Money, currency: Currency, locale: Locale) -> String {
    format_money(m, currency, locale, MoneyStyle::Whole)
}

/// The ballot's rule in one plain sentence: "Choose up to 3 projects.", "Choose projects costing
/// €400,000 or less in all.", "Spread 10 points over the projects you support, at most 5 per project."
pub fn rule_sentence(locale: Locale, selection: &ProjectSelection, currency: Currency) -> String {
    match (&selection.ballot, locale) {
        (BallotKind::Approval { max_projects: Some(k), max_cost }, _) => {
            let up_to = match (k, locale) {
                (1, Locale::En) => "Choose one project".to_owned(),
                (1, Locale::Fr) => "Choisissez un projet".to_owned(),
                (k, Locale::En) => format!("Choose up to {k} projects"),
                (k, Locale::Fr) => format!("Choisissez jusqu’à {k} projets"),
            };
            match (max_cost, locale) {
                (Some(m), Locale::En) => format!("{up_to} costing {} or less in all.", whole(*m, currency, locale)),
                (Some(m), Locale::Fr) => {
                    format!("{up_to} qui coûtent {} ou moins en tout.", whole(*m, currency, locale))
                }
                (None, _) => format!("{up_to}."),
            }
        }
        (BallotKind::Approval { max_projects: None, max_cost }, Locale::En) => format!(
            "Choose projects costing {} or less in all.",
            whole(max_cost.unwrap_or(selection.amount), currency, locale)
        ),
        (BallotKind::Approval { max_projects: None, max_cost }, Locale::Fr) => format!(
            "Choisissez des projets qui coûtent {} ou moins en tout.",
            whole(max_cost.unwrap_or(selection.amount), currency, locale)
        ),
        (BallotKind::Cumulative { points, max_per_project }, Locale::En) => format!(
            "Spread {points} points over the projects you support{}.",
            max_per_project.map(|m| format!(", at most {m} per project")).unwrap_or_default()
        ),
        (BallotKind::Cumulative { points, max_per_project }, Locale::Fr) => format!(
            "Répartissez {points} points entre les projets que vous soutenez{}.",
            max_per_project.map(|m| format!(", au plus {m} par projet")).unwrap_or_default()
        ),
        // Budget files never ask residents to rank (see `ProjectSelection`).
        (BallotKind::Ranking { .. }, _) => String::new(),
    }
}

/// A problem `check_choice` found, in the resident's words. `tried`: the choice the resident just
/// tried (refused beside the project), else the problem is with the choice as it stands (said on
/// the submit button).
pub fn problem(
    locale: Locale,
    selection: &ProjectSelection,
    currency: Currency,
    problem: &Problem,
    tried: Option<&ProjectChoice>,
) -> String {
    let (max_projects, max_cost, points, max_per_project) = match selection.ballot {
        BallotKind::Approval { max_projects, max_cost } => (max_projects, max_cost, None, None),
        BallotKind::Cumulative { points, max_per_project } => (None, None, Some(points), max_per_project),
        BallotKind::Ranking { max_projects } => (max_projects, None, None, None),
    };
    let amount = whole(max_cost.unwrap_or(selection.amount), currency, locale);
    match (problem.code, locale) {
        (ProblemCode::NoProjects, _) => project_words(locale).choose_one.to_owned(),
        (ProblemCode::TooManyProjects, Locale::En) => format!(
            "You have chosen the most projects allowed ({}): remove one first.",
            max_projects.unwrap_or_default()
        ),
        (ProblemCode::TooManyProjects, Locale::Fr) => format!(
            "Vous avez choisi le maximum de projets permis ({}) : retirez-en un d’abord.",
            max_projects.unwrap_or_default()
        ),
        (ProblemCode::OverBudget, _) => {
            let cost = whole(tried.map_or(Money::ZERO, |c| choice::cost(selection, c)), currency, locale);
            match locale {
                Locale::En => {
                    format!("With this project your choice would cost {cost}, more than the {amount} available.")
                }
                Locale::Fr => {
                    format!("Avec ce projet, votre choix coûterait {cost}, plus que les {amount} disponibles.")
                }
            }
        }
        (ProblemCode::TooManyPoints, _) => {
            let given = tried.map_or(0, choice::points_given);
            let max = points.unwrap_or_default();
            match locale {
                Locale::En => format!("That would make {given} points, and you have {max} to give."),
                Locale::Fr => format!("Cela ferait {given} points, et vous en avez {max} à donner."),
            }
        }
        (ProblemCode::TooManyPointsForOne, Locale::En) => {
            format!("One project may get at most {} points.", max_per_project.unwrap_or_default())
        }
        (ProblemCode::TooManyPointsForOne, Locale::Fr) => {
            format!("Un projet peut recevoir au plus {} points.", max_per_project.unwrap_or_default())
        }
        // Unknown or repeated projects cannot come from the page's own fields.
        _ => problem.message.clone(),
    }
}

/// The spent chart's text: "Your projects cost €90,000 of the €100,000 available: €10,000 is left."
pub fn spent_sentence(locale: Locale, spent: &str, amount: &str, left: &str) -> String {
    match locale {
        Locale::En => format!("Your projects cost {spent} of the {amount} available: {left} is left."),
        Locale::Fr => format!("Vos projets coûtent {spent} sur les {amount} disponibles : il reste {left}."),
    }
}

/// The points chart's text: "You have given 7 of your 10 points."
pub fn points_sentence(locale: Locale, given: u64, total: u64) -> String {
    match locale {
        Locale::En => format!("You have given {given} of your {total} points."),
        Locale::Fr => format!("Vous avez donné {given} de vos {total} points."),
    }
}

/// The public results' column heads: project, cost, votes, and (once decided) the outcome.
pub fn funded_heads(locale: Locale) -> [&'static str; 4] {
    match locale {
        Locale::En => ["Project", "Cost", "Votes", "Outcome"],
        Locale::Fr => ["Projet", "Coût", "Voix", "Résultat"],
    }
}

/// "Funded" or "Not funded".
pub fn funded_word(locale: Locale, funded: bool) -> &'static str {
    match (locale, funded) {
        (Locale::En, true) => "Funded",
        (Locale::En, false) => "Not funded",
        (Locale::Fr, true) => "Financé",
        (Locale::Fr, false) => "Non financé",
    }
}

/// The city's rule in plain words, and the money it spends: "Chosen by the Method of Equal Shares:
/// €390,320 of the €400,000 available is spent, €9,680 is left."
pub fn decided_sentence(locale: Locale, rule: RuleId, spent: &str, amount: &str, left: &str) -> String {
    let how = match (rule, locale) {
        (RuleId::Greedy, Locale::En) => "Chosen by most votes first, as long as the money lasts",
        (RuleId::Greedy, Locale::Fr) => "Choisis par ordre de voix, tant que l’argent suffit",
        (RuleId::Mes, Locale::En) => "Chosen by the Method of Equal Shares",
        (RuleId::Mes, Locale::Fr) => "Choisis par la méthode des parts égales",
        (RuleId::MesAdd1, Locale::En) => "Chosen by the Method of Equal Shares, then completed by most votes",
        (RuleId::MesAdd1, Locale::Fr) => "Choisis par la méthode des parts égales, complétée par ordre de voix",
    };
    match locale {
        Locale::En => format!("{how}: {spent} of the {amount} available is spent, {left} is left."),
        Locale::Fr => format!("{how} : {spent} sur les {amount} disponibles sont dépensés, il reste {left}."),
    }
}

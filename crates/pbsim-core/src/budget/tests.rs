//! Tests of budget loading and of what an allocation means.

use super::*;
use crate::locale::Locale;

const AUSTIN: &str = include_str!("../../../../budgets/austin-fy2017.toml");

/// A small budget with a tax rate, written inline so each test can vary one thing.
fn tax_budget(balance: &str) -> Budget {
    match Budget::from_toml(&tax_text(balance)) {
        Ok(b) => b,
        Err(e) => panic!("test budget does not load: {e}"),
    }
}

/// The text of [`tax_budget`]; `extra` goes just before `[household]`, from line 8.
fn tax_text(extra: &str) -> String {
    format!(
        r#"
id = "town"
currency = "CAD"
title = {{ en = "Town", fr = "Ville" }}
other_spending = 100_000_00
[source]
name = "Test"
{extra}
[household]
assessed_value = 829_995_00
[[sections]]
id = "s"
title = {{ en = "Services", fr = "Services" }}
[[sections.lines]]
id = "roads"
label = {{ en = "Roads", fr = "Routes" }}
baseline = 500_000_00
min = 400_000_00
max = 600_000_00
step = 10_000_00
[[sections.lines.consequences]]
at_or_below = 450_000_00
text = {{ en = "Potholes wait a month", fr = "Les nids-de-poule attendent un mois" }}
[[sections.lines.consequences]]
at_or_below = 420_000_00
text = {{ en = "Potholes wait a season", fr = "Les nids-de-poule attendent une saison" }}
[[sections.lines.consequences]]
at_or_above = 550_000_00
text = {{ en = "Every road repaved in ten years", fr = "Toutes les routes refaites en dix ans" }}
[[sections.lines]]
id = "tax"
type = "tax_rate"
label = {{ en = "City tax rate", fr = "Taux de taxe municipal" }}
tax_base = 384_615_384_62
baseline = 156_016
min = 140_000
max = 172_032
step = 16
"#
    )
}

#[test]
fn austin_demo_loads_and_balances_at_baseline() {
    let budget = Budget::from_toml(AUSTIN).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(budget.id, "austin-fy2017");
    assert_eq!(budget.lines().count(), 10);
    let police = budget.line("police").map(|l| l.baseline);
    assert_eq!(police, Some(386_573_423_00));
    let totals = budget.totals(&budget.baseline_allocation());
    assert_eq!(totals.revenue, Money(943_699_173_00));
    assert_eq!(totals.spending, Money(943_699_173_00));
    assert_eq!(budget.balance_problem(&budget.baseline_allocation()), None);
}

#[test]
fn moving_money_between_lines_keeps_the_balance() {
    let budget = Budget::from_toml(AUSTIN).unwrap_or_else(|e| panic!("{e}"));
    let mut allocation = budget.baseline_allocation();
    *allocation.entry("police".into()).or_default() += 500_000_00;
    assert_eq!(budget.balance_problem(&allocation), Some(BalanceProblem::Deficit { over_by: Money(500_000_00) }));
    *allocation.entry("libraries".into()).or_default() -= 500_000_00;
    assert_eq!(budget.balance_problem(&allocation), None);
}

#[test]
fn balance_rules() {
    let check = |rule: &str, roads: i64, expected: Option<BalanceProblem>| {
        let budget = tax_budget(rule);
        let mut allocation = budget.baseline_allocation();
        allocation.insert("roads".into(), roads);
        // Baseline: revenue 384,615,384.62 × 0.156016 % = 600,061.54; spending 500,000 + 100,000.
        assert_eq!(budget.balance_problem(&allocation), expected, "{rule} roads={roads}");
    };
    let surplus_at_baseline = Money(61_54);
    check("[balance]\nrule = \"balanced\"", 500_000_00, Some(BalanceProblem::Surplus { over_by: surplus_at_baseline }));
    check("[balance]\nrule = \"balanced\"\ntolerance = 100_00", 500_000_00, None);
    check(
        "[balance]\nrule = \"balanced\"\ntolerance = 100_00",
        510_000_00,
        Some(BalanceProblem::Deficit { over_by: Money(10_000_00 - 61_54 - 100_00) }),
    );
    check("[balance]\nrule = \"deficit_allowed\"\nmax_deficit = 20_000_00", 510_000_00, None);
    check(
        "[balance]\nrule = \"deficit_allowed\"\nmax_deficit = 5_000_00",
        510_000_00,
        Some(BalanceProblem::Deficit { over_by: Money(5_000_00 - 61_54) }),
    );
    check("[balance]\nrule = \"surplus_allowed\"", 400_000_00, None);
    check("[balance]\nrule = \"surplus_allowed\"\nmust_change = true", 500_000_00, Some(BalanceProblem::Unchanged));
    check("[balance]\nrule = \"surplus_allowed\"\nmust_change = true", 490_000_00, None);
}

#[test]
fn household_impact_follows_the_rate_change() {
    let budget = tax_budget("");
    let home = Money(829_995_00);
    let mut allocation = budget.baseline_allocation();
    assert_eq!(budget.household_bill(&allocation, home), Money(1_294_92));
    assert_eq!(budget.household_impact(&allocation, home), Money::ZERO);
    // A 5 % increase of the City's rate: 0.156016 % × 1.05 = 0.1638168 %, on the grid at 0.163824 %.
    allocation.insert("tax".into(), 163_824);
    assert_eq!(budget.household_impact(&allocation, home), Money(64_81));
    // A resident's own home, assessed at $500,000.
    assert_eq!(budget.household_impact(&allocation, Money(500_000_00)), Money(39_04));
    allocation.insert("tax".into(), 140_000);
    assert_eq!(budget.household_impact(&allocation, home), Money(-132_93));
}

/// Renters' figures for [`tax_text`]: a home worth 300 times its monthly rent, half the tax passed on.
const RENTERS: &str = "[household.renters]\npass_through_percent = 50\npass_through_source = \"A study\"\nvalue_per_monthly_rent = 300\nvalue_source = { en = \"The town's assumption\", fr = \"Hypothèse de la ville\" }";

#[test]
fn a_renters_impact_is_the_passed_on_share_of_the_tax_on_the_home_the_rent_stands_for() {
    let budget = tax_budget(RENTERS);
    let rent = Money(2_000_00);
    let mut allocation = budget.baseline_allocation();
    assert_eq!(budget.renter_impact(&allocation, rent), Some(Money::ZERO));
    // +7,808 micro-percent on a $600,000 home (300 × $2,000) is $46.848 a year; half of it, $23.424.
    allocation.insert("tax".into(), 163_824);
    assert_eq!(budget.renter_impact(&allocation, rent), Some(Money(23_42)));
    // Owners keep their figure, whatever renters' figures the file states.
    assert_eq!(budget.household_impact(&allocation, Money(829_995_00)), Money(64_81));
    // A higher rent stands for a dearer home: $3,500 → $1,050,000, $81.984 of tax, $40.992 passed on.
    assert_eq!(budget.renter_impact(&allocation, Money(3_500_00)), Some(Money(40_99)));
    // Down 16,016 micro-percent: -$96.096 on the home, -$48.048 passed on, rounded once, away from zero.
    allocation.insert("tax".into(), 140_000);
    assert_eq!(budget.renter_impact(&allocation, rent), Some(Money(-48_05)));
    // A budget that states no renters' figures has no renters' estimate.
    assert_eq!(tax_budget("").renter_impact(&allocation, rent), None);
}

#[test]
fn renters_figures_need_their_sources_and_a_share_within_0_to_100_percent() {
    let check = |renters: &str, expected: &[&str]| {
        assert_eq!(problems(&tax_text(renters)), expected, "{renters}");
    };
    check(
        "[household.renters]\npass_through_percent = 101\nvalue_per_monthly_rent = 0",
        &[
            "line 9: household.renters.pass_through_percent: 101 is outside 0 to 100: the percentage of a property-tax change that reaches a rent (0 to 100 %)",
            "line 10: household.renters.value_per_monthly_rent: 0 is outside 1 to 10000: a home's assessed value per unit of its monthly rent",
            "line 8: household.renters.pass_through_source: is missing: name the study the pass-through comes from",
            "line 8: household.renters.value_source: is missing: say where the value per monthly rent comes from, or that it is the city's own assumption, in English and French",
        ],
    );
    check(
        "[household.renters]\npass_through_percent = -1\npass_through_source = \" \"\nvalue_per_monthly_rent = 300\nvalue_source = { en = \"x\" }",
        &[
            "line 9: household.renters.pass_through_percent: -1 is outside 0 to 100: the percentage of a property-tax change that reaches a rent (0 to 100 %)",
            "line 8: household.renters.pass_through_source: is missing: name the study the pass-through comes from",
            "line 8: household.renters.value_source.fr: missing French translation",
        ],
    );
    check(
        "[household.renters]\npass_through_source = \"A study\"\nvalue_source = { en = \"x\", fr = \"x\" }",
        &[
            "line 8: household.renters.pass_through_percent: is missing: the percentage of a property-tax change that reaches a rent (0 to 100 %)",
            "line 8: household.renters.value_per_monthly_rent: is missing: a home's assessed value per unit of its monthly rent",
        ],
    );
    check(RENTERS, &[]);
}

#[test]
fn renters_figures_in_a_budget_without_a_tax_rate_are_refused() {
    let text = AUSTIN.replacen("[[sections]]", &format!("[household]\nassessed_value = 1\n{RENTERS}\n[[sections]]"), 1);
    let found = problems(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("household.renters: has nothing to work on"), "{found:?}");
}

#[test]
fn consequences_pick_the_most_severe_that_applies() {
    let budget = tax_budget("");
    let roads = budget.line("roads").unwrap_or_else(|| panic!("no roads line"));
    let texts = |value| -> Vec<&str> { roads.consequences_at(value).iter().map(|c| c.text.get(Locale::En)).collect() };
    assert_eq!(texts(500_000_00), Vec::<&str>::new());
    assert_eq!(texts(450_000_00), vec!["Potholes wait a month"]);
    assert_eq!(texts(410_000_00), vec!["Potholes wait a season"]);
    assert_eq!(texts(600_000_00), vec!["Every road repaved in ten years"]);
}

#[test]
fn snapping_to_the_grid() {
    let budget = tax_budget("");
    let roads = budget.line("roads").unwrap_or_else(|| panic!("no roads line"));
    let check = |input: i64, expected: i64| assert_eq!(roads.snap(input), expected, "snap({input})");
    check(500_000_00, 500_000_00);
    check(504_999_99, 500_000_00);
    check(505_000_00, 510_000_00);
    check(0, 400_000_00);
    check(i64::MAX, 600_000_00);
    assert!(roads.accepts(410_000_00));
    assert!(!roads.accepts(410_000_01));
    assert!(!roads.accepts(610_000_00));
}

/// Loads `text` and returns its problems as "line N: path: message" strings.
fn problems(text: &str) -> Vec<String> {
    match Budget::from_toml(text) {
        Ok(_) => Vec::new(),
        Err(e) => e.0.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn every_problem_is_reported_with_its_line() {
    let text = r#"id = "broken"
title = { en = "Broken" }
[source]
name = "Test"
[[sections]]
id = "s"
title = { en = "S", fr = "S" }
[[sections.lines]]
id = "a"
label = { en = "A", fr = "A" }
baseline = 50
min = 100
max = 10
step = 1
[[sections.lines]]
id = "a"
label = { en = "A2", fr = "A2", de = "A2" }
baseline = 500
min = 0
max = 100
step = 7
[[sections.lines]]
id = "c"
label = { en = "C", fr = "C" }
baseline = 5
min = 0
max = 100
step = 10
"#;
    assert_eq!(
        problems(text),
        vec![
            "line 2: title.fr: missing French translation",
            "line 12: sections[0].lines[0].min: line \"a\": min (100) is greater than max (10)",
            "line 11: sections[0].lines[0].baseline: line \"a\": baseline (50) is outside [min, max] = [100, 10]",
            "line 15: sections[0].lines[1].id: duplicate line id \"a\"",
            "line 15: sections[0].lines[1].label.de: \"de\" is not a supported language (en, fr)",
            "line 18: sections[0].lines[1].baseline: line \"a\": baseline (500) is outside [min, max] = [0, 100]",
            "line 21: sections[0].lines[1].step: line \"a\": step (7) does not divide the range max - min (100)",
            "line 25: sections[0].lines[2].baseline: line \"c\": baseline (5) is not min plus a whole number of steps (10)",
        ]
    );
}

#[test]
fn syntax_and_shape_errors_name_their_line() {
    assert_eq!(problems("id = \"x\"\ntitle = {\n"), vec!["line 2: unclosed inline table, expected `}`"]);
    let unknown = problems("id = \"x\"\nminn = 3\n");
    assert_eq!(unknown.len(), 1);
    assert!(unknown[0].starts_with("line 2: unknown field `minn`"), "{unknown:?}");
}

#[test]
fn an_unknown_currency_is_named_with_the_ones_accepted() {
    let found = problems("id = \"x\"\ncurrency = \"XYZ\"\n");
    let expected = "line 2: currency: unknown currency \"XYZ\" (USD, CAD, EUR or GBP)";
    assert!(found.iter().any(|p| p == expected), "{found:?}");
    assert_eq!(Currency::ALL.map(|c| Currency::from_code(c.code())), Currency::ALL.map(Some));
}

#[test]
fn missing_parts_are_all_named() {
    assert_eq!(
        problems("[source]\nname = \"\"\n"),
        vec![
            "id: the budget has no id",
            "line 1: title: is missing (give it in English and French: `{ en = \"…\", fr = \"…\" }`)",
            "line 1: source.name: is missing: name the publication the figures come from",
            "sections: the budget has no sections: add at least one [[sections]] with [[sections.lines]]",
        ]
    );
}

#[test]
fn population_shares_must_cover_every_option_and_sum_to_one() {
    let base = r#"id = "q"
title = { en = "Q", fr = "Q" }
[source]
name = "Test"
[[sections]]
id = "s"
title = { en = "S", fr = "S" }
[[sections.lines]]
id = "a"
label = { en = "A", fr = "A" }
baseline = 0
min = 0
max = 10
step = 1
[[questions]]
id = "ward"
label = { en = "Ward", fr = "Quartier" }
"#;
    let with = |opts: &str| problems(&format!("{base}{opts}"));
    let opt = |id: &str, share: &str| {
        format!("[[questions.options]]\nid = \"{id}\"\nlabel = {{ en = \"{id}\", fr = \"{id}\" }}\n{share}\n")
    };
    assert_eq!(with(&(opt("1", "population_share = 0.4") + &opt("2", "population_share = 0.6"))), Vec::<String>::new());
    assert_eq!(
        with(&(opt("1", "population_share = 0.4") + &opt("2", "population_share = 0.5"))),
        vec!["line 15: questions[0].options: population shares sum to 0.9, not 1"]
    );
    assert_eq!(
        with(&(opt("1", "population_share = 0.4") + &opt("2", ""))),
        vec!["line 15: questions[0].options: give population_share for every option of the question, or for none"]
    );
}

#[test]
fn thresholds_the_slider_cannot_reach_are_reported() {
    let text = r#"id = "t"
title = { en = "T", fr = "T" }
[source]
name = "Test"
[[sections]]
id = "s"
title = { en = "S", fr = "S" }
[[sections.lines]]
id = "a"
label = { en = "A", fr = "A" }
description = { en = "Only English" }
baseline = 50
min = 0
max = 100
step = 10
[[sections.lines.consequences]]
at_or_below = -1
text = { en = "Never", fr = "Jamais" }
[[sections.lines.consequences]]
at_or_above = 1000
text = { en = "Never either", fr = "Jamais non plus" }
[[sections.lines.consequences]]
at_or_above = 100
text = { en = "At the top", fr = "Au maximum" }
"#;
    assert_eq!(
        problems(text),
        vec![
            "line 8: sections[0].lines[0].description.fr: missing French translation",
            "line 16: sections[0].lines[0].consequences[0].at_or_below: line \"a\": at_or_below (-1) is outside [min, max] = [0, 100], so it never applies",
            "line 19: sections[0].lines[0].consequences[1].at_or_above: line \"a\": at_or_above (1000) is outside [min, max] = [0, 100], so it never applies",
        ]
    );
}

const MARKHAM: &str = include_str!("../../../../budgets/markham-2023.toml");

#[test]
fn markham_demo_matches_its_published_figures() {
    let budget = Budget::from_toml(MARKHAM).unwrap_or_else(|e| panic!("{e}"));
    let baseline = budget.baseline_allocation();
    assert_eq!(budget.totals(&baseline).spending, Money(444_000_000_00), "the published operating budget");
    assert_eq!(budget.totals(&baseline).balance, Money::ZERO);
    assert_eq!(budget.balance_problem(&baseline), None);
    let home = budget.household.as_ref().map(|h| h.assessed_value).unwrap_or_default();
    assert_eq!(home, Money(829_995_00), "the published average home");
    // The City's share of the average bill: $64.75 / 5 % = $1,295 (published figures).
    assert_eq!(budget.household_bill(&baseline, home), Money(1_295_00));
    // Five steps of 1 % each: the published $64.75, to the cent's rounding of the rate.
    let mut plus_five = baseline.clone();
    plus_five.insert("city-tax-rate".into(), 156_025 + 5 * 1_560);
    assert_eq!(budget.household_impact(&plus_five, home), Money(64_74));
    // The extra levy is unbalanced until it is spent or fees come down.
    assert!(matches!(budget.balance_problem(&plus_five), Some(BalanceProblem::Surplus { .. })));
}

#[test]
fn number_fields_read_and_write_exact_decimals() {
    let budget = tax_budget("");
    let roads = budget.line("roads").unwrap_or_else(|| panic!("no roads line"));
    let tax = budget.line("tax").unwrap_or_else(|| panic!("no tax line"));
    let written = |line: &Line, value: i64, expected: &str| assert_eq!(line.to_input(value), expected);
    written(roads, 500_000_00, "500000");
    written(roads, 500_000_10, "500000.1");
    written(tax, 156_016, "0.156016");
    written(tax, 150_000, "0.15");
    let read =
        |line: &Line, typed: &str, expected: Option<i64>| assert_eq!(line.from_input(typed), expected, "{typed}");
    read(roads, "510000", Some(510_000_00));
    read(roads, " 514999.99 ", Some(510_000_00));
    read(roads, "515000", Some(520_000_00));
    read(roads, "1e9", None);
    read(roads, "", None);
    read(roads, "-5", Some(400_000_00));
    read(roads, "99999999999999999999999999", Some(600_000_00));
    read(tax, "0.16", Some(160_000));
    read(tax, ".156016", Some(156_016));
    read(tax, "0.1560161", Some(156_016));
    read(tax, "abc", None);
}

#[test]
fn a_huge_typed_amount_is_no_value_rather_than_a_panic_or_a_wrapped_one() {
    let budget = tax_budget("");
    let roads = budget.line("roads").unwrap_or_else(|| panic!("no roads line"));
    let tax = budget.line("tax").unwrap_or_else(|| panic!("no tax line"));
    // i128::MAX / 1000 in dollars, with cents that push the exact value past i128::MAX: the
    // multiplication fits, the addition of the cents did not.
    assert_eq!(roads.from_input("170141183460469231731687303715884105.99"), None);
    assert_eq!(roads.from_input("-170141183460469231731687303715884105.99"), None);
    assert_eq!(tax.from_input("17014118346046923173168730371588.999999"), None);
    // A large amount that does fit is clamped to the slider's range, as before.
    assert_eq!(roads.from_input("170141183460469231731687303715884104.99"), Some(600_000_00));
}

/// A valid one-line budget followed by `extra` (tables such as `[embed]`, `[theme]` or
/// `[consultation]`), whose first line is line 15 of the file.
pub(crate) fn with_tables(extra: &str) -> String {
    format!(
        r#"id = "town"
title = {{ en = "Town", fr = "Ville" }}
[source]
name = "Test"
[[sections]]
id = "s"
title = {{ en = "S", fr = "S" }}
[[sections.lines]]
id = "roads"
label = {{ en = "Roads", fr = "Routes" }}
baseline = 0
min = 0
max = 0
step = 1
{extra}"#
    )
}

#[test]
fn a_budget_without_theme_or_embed_tables_has_the_default_look_and_no_embedders() {
    let budget = Budget::from_toml(&with_tables("")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(budget.theme, None);
    assert!(budget.embed.allowed_origins.is_empty());
}

#[test]
fn theme_and_embed_tables_are_read() {
    let text = with_tables(
        r##"[embed]
allowed_origins = ["https://www.markham.ca", "HTTP://127.0.0.1:4173"]
[theme]
font = '"Open Sans", Arial, sans-serif'
logo = { src = "https://www.markham.ca/logo.svg", alt = { en = "City of Markham", fr = "Ville de Markham" } }
[theme.colours]
primary = "#006633"
background = "#FFF"
"##,
    );
    let budget = Budget::from_toml(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(budget.embed.allowed_origins, ["https://www.markham.ca", "http://127.0.0.1:4173"]);
    let theme = budget.theme.unwrap_or_else(|| panic!("no theme"));
    assert_eq!(theme.colours.primary.to_string(), "#006633");
    assert_eq!(theme.colours.background.to_string(), "#ffffff");
    assert_eq!(theme.colours.text, crate::Colours::default().text, "unset colours keep the default");
    assert_eq!(theme.font.as_deref(), Some(r#""Open Sans", Arial, sans-serif"#));
    let logo = theme.logo.unwrap_or_else(|| panic!("no logo"));
    assert_eq!(logo.alt.fr, "Ville de Markham");
    assert_eq!(logo.origin().as_deref(), Some("https://www.markham.ca"));
}

#[test]
fn theme_and_embed_problems_are_all_reported_with_their_lines() {
    let text = with_tables(
        r##"[embed]
allowed_origins = [
  "https://www.markham.ca/budget",
  "https://*.markham.ca",
  "https://www.markham.ca",
  "https://www.markham.ca:443",
]
[theme]
font = "Arial; background: url(x)"
logo = { src = "javascript:alert(1)", alt = { en = "Logo" } }
[theme.colours]
primary = "#f00"
surface = "grey"
"##,
    );
    assert_eq!(
        problems(&text),
        vec![
            "line 17: embed.allowed_origins[0]: \"https://www.markham.ca/budget\" is not an origin (no path, not \
             even a final /): write it as https://www.example.ca",
            "line 18: embed.allowed_origins[1]: \"https://*.markham.ca\" is not an origin (wildcards are not \
             allowed: list each site): write it as https://www.example.ca",
            "line 20: embed.allowed_origins[3]: https://www.markham.ca is listed twice",
            "line 27: theme.colours.surface: \"grey\" is not a colour: write it as #rrggbb (for example #0b5cad)",
            "line 23: theme.font: \"Arial; background: url(x)\" is not a font list: names separated by commas, \
             in quotes when they have spaces (\"Open Sans\", Arial, sans-serif), at most 200 characters",
            "line 24: theme.logo.src: \"javascript:alert(1)\" is not an https:// address or a path on this site \
             (/logos/city.svg)",
            "line 24: theme.logo.alt.fr: missing French translation",
        ]
    );
}

#[test]
fn unreadable_colour_pairs_are_refused_with_their_ratio() {
    let text = with_tables("[theme.colours]\nbackground = \"#ffffff\"\ntext = \"#999999\"\n");
    assert_eq!(
        problems(&text),
        vec![
            "line 15: theme.colours: theme.colours.text (#999999) on theme.colours.background (#ffffff) has a \
             contrast of 2.84:1, below the 4.5:1 that WCAG AA needs for text",
            "line 15: theme.colours: theme.colours.text (#999999) on theme.colours.surface (#f3f5f8) has a \
             contrast of 2.60:1, below the 4.5:1 that WCAG AA needs for text",
            "line 15: theme.colours: theme.colours.text (#999999) on the warning panel (#fff4d6) has a contrast \
             of 2.59:1, below the 4.5:1 that WCAG AA needs for text",
        ]
    );
}

#[test]
fn a_budget_may_require_invite_codes() {
    let austin = Budget::from_toml(AUSTIN).unwrap_or_else(|e| panic!("{e}"));
    assert!(!austin.submissions.require_invite, "anyone may submit unless the file says otherwise");
    let invited = format!("{AUSTIN}\n[submissions]\nrequire_invite = true\n");
    let budget = Budget::from_toml(&invited).unwrap_or_else(|e| panic!("{e}"));
    assert!(budget.submissions.require_invite);
    let typo = problems(&format!("{AUSTIN}\n[submissions]\nrequire_invites = true\n"));
    assert_eq!(typo.len(), 1, "{typo:?}");
    assert!(typo[0].contains("unknown field `require_invites`"), "{typo:?}");
}

#[test]
fn a_budget_no_resident_can_balance_is_refused_with_its_balance_line() {
    let lines = |step: i64, other: i64| {
        format!(
            "id = \"t\"\ntitle = {{ en = \"T\", fr = \"T\" }}\nother_revenue = {other}\n[source]\nname = \"x\"\n\
             [balance]\nrule = \"balanced\"\n[[sections]]\nid = \"s\"\ntitle = {{ en = \"S\", fr = \"S\" }}\n\
             [[sections.lines]]\nid = \"a\"\nlabel = {{ en = \"A\", fr = \"A\" }}\nbaseline = 100\nmin = 0\n\
             max = 200\nstep = {step}\n"
        )
    };
    assert_eq!(problems(&lines(10, 100)), Vec::<String>::new());
    // Revenue of 500 against spending of at most 200: a surplus of 300 at least.
    assert_eq!(
        problems(&lines(10, 500)),
        vec![
            "line 6: balance: no budget can meet the balance rule: with every line at its limit, a surplus of 300 remains"
        ]
    );
    // Revenue of 105 and a line moving in steps of 10 from 100: never exactly balanced.
    assert_eq!(
        problems(&lines(10, 105)),
        vec![
            "line 6: balance: no budget can meet the balance rule: the lines move in steps of 10, which cannot \
             bring the balance (5 at baseline) to within 0 of zero"
        ]
    );
    assert_eq!(problems(&lines(5, 105)), Vec::<String>::new());
    // A tolerance of 5 lets it through.
    let tolerant = lines(10, 105).replace("rule = \"balanced\"\n", "rule = \"balanced\"\ntolerance = 5\n");
    assert_eq!(problems(&tolerant), Vec::<String>::new());
}

const TOULOUSE: &str = include_str!("../../../../budgets/toulouse-2022-4.toml");

#[test]
fn the_toulouse_demo_is_a_budget_of_projects_without_lines() {
    let budget = Budget::from_toml(TOULOUSE).unwrap_or_else(|e| panic!("{e}"));
    assert!(budget.sections.is_empty());
    let Some(selection) = &budget.projects else { panic!("no projects") };
    assert_eq!(selection.amount, Money(400_000_00));
    assert_eq!(selection.ballot, crate::projects::BallotKind::at_most(3));
    assert_eq!(selection.projects.len(), 10);
    let kiosk = selection.project("100").map(|(_, p)| p);
    assert_eq!(kiosk.map(|p| (p.cost, p.title.fr.as_str())), Some((Money(10_000_00), "Kiosque au Jardin Michelet")));
    assert_eq!(kiosk.and_then(|p| p.category.as_ref()).map(|c| c.en.as_str()), Some("Living environment"));
    // A budget of lines' JSON has no `projects` key; this one has it, and reads back the same.
    let json = serde_json::to_string(&budget).unwrap_or_default();
    assert_eq!(serde_json::from_str::<Budget>(&json).ok(), Some(budget));
    let austin =
        serde_json::to_string(&Budget::from_toml(AUSTIN).unwrap_or_else(|e| panic!("{e}"))).unwrap_or_default();
    assert!(!austin.contains("\"projects\""));
}

/// A budget of projects whose `[projects]` table is `table` (from line 7).
fn projects_text(table: &str) -> String {
    format!(
        r#"kind = "projects"
id = "parks"
currency = "EUR"
title = {{ en = "Parks", fr = "Parcs" }}
[source]
name = "Test"
{table}"#
    )
}

#[test]
fn every_problem_of_a_budget_of_projects_is_reported_with_its_line() {
    let text = projects_text(
        r#"[projects]
amount = 1000_00
ballot = { type = "at_most", max_projects = 2, points = 5 }
[[projects.project]]
id = "swings"
title = { en = "Swings" }
cost = 0
[[projects.project]]
id = "swings"
title = { en = "Pond", fr = "Étang" }
cost = 2000_00
category = { en = "Nature" }
[[projects.project]]
id = "Bad Id"
title = { en = "Bench", fr = "Banc" }
"#,
    );
    assert_eq!(
        problems(&text),
        [
            "line 10: projects.project[0].title.fr: missing French translation",
            "line 13: projects.project[0].cost: project \"swings\": the cost must be positive",
            "line 14: projects.project[1].id: duplicate project id \"swings\"",
            "line 17: projects.project[1].cost: project \"swings\" costs 200000, more than the amount available (100000): it could never be funded",
            "line 14: projects.project[1].category.fr: missing French translation",
            "line 19: projects.project[2].id: project id \"Bad Id\" must be 1 to 64 lowercase letters, digits, '-' or '_'",
            "line 19: projects.project[2].cost: is missing",
            "line 9: projects.ballot.points: a ballot of type \"at_most\" has no points",
        ]
    );
}

#[test]
fn ballots_are_read_and_their_problems_named() {
    let project = "[[projects.project]]\nid = \"a\"\ntitle = { en = \"A\", fr = \"A\" }\ncost = 10_00\n";
    let load = |ballot: &str| {
        Budget::from_toml(&projects_text(&format!("[projects]\namount = 100_00\nballot = {ballot}\n{project}")))
            .map(|b| b.projects.map(|p| p.ballot))
            .map_err(|e| e.0.iter().map(ToString::to_string).collect::<Vec<_>>())
    };
    use crate::projects::BallotKind;
    assert_eq!(load(r#"{ type = "within_budget" }"#), Ok(Some(BallotKind::within_budget(Money(100_00)))));
    assert_eq!(load(r#"{ type = "at_most", max_projects = 1 }"#), Ok(Some(BallotKind::at_most(1))));
    assert_eq!(
        load(r#"{ type = "cumulative", points = 10, max_per_project = 4 }"#),
        Ok(Some(BallotKind::Cumulative { points: 10, max_per_project: Some(4) }))
    );
    assert_eq!(
        load(r#"{ type = "cumulative", points = 10, max_per_project = 11 }"#),
        Err(vec![
            "line 9: projects.ballot.max_per_project: 11 is outside 1 to 10: the most points one project may get from one resident, at most the points".to_owned()
        ])
    );
    assert_eq!(
        load(r#"{ type = "ranking" }"#),
        Err(vec![
            "line 9: projects.ballot.type: unknown ballot type \"ranking\" (within_budget, at_most or cumulative)"
                .to_owned()
        ])
    );
    assert_eq!(
        load(r#"{ type = "cumulative" }"#),
        Err(vec![
            "line 9: projects.ballot.points: is missing: the points each resident spreads over projects".to_owned()
        ])
    );
}

/// `[projects] rule` names the city's rule; left out, it is MES completed by Add1; a misspelt one
/// is named with its line.
#[test]
fn the_citys_rule_is_read_defaulted_and_checked() {
    use crate::wire::RuleId;
    let project = "[[projects.project]]\nid = \"a\"\ntitle = { en = \"A\", fr = \"A\" }\ncost = 10_00\n";
    let load = |rule: &str| {
        let table = format!(
            "[projects]\namount = 100_00\nballot = {{ type = \"at_most\", max_projects = 1 }}\n{rule}\n{project}"
        );
        Budget::from_toml(&projects_text(&table))
            .map(|b| b.projects.map(|p| p.rule))
            .map_err(|e| e.0.iter().map(ToString::to_string).collect::<Vec<_>>())
    };
    assert_eq!(load(""), Ok(Some(RuleId::MesAdd1)));
    assert_eq!(load(r#"rule = "greedy""#), Ok(Some(RuleId::Greedy)));
    assert_eq!(load(r#"rule = "mes""#), Ok(Some(RuleId::Mes)));
    assert_eq!(load(r#"rule = "mes_add1""#), Ok(Some(RuleId::MesAdd1)));
    assert_eq!(
        load(r#"rule = "borda""#),
        Err(vec!["line 10: projects.rule: unknown rule \"borda\" (greedy, mes or mes_add1)".to_owned()])
    );
}

#[test]
fn a_budget_has_either_lines_or_projects() {
    // Projects without the kind, and the kind without projects.
    let lines_with_projects = format!("{}\n[projects]\namount = 1\n", tax_text(""));
    assert!(
        problems(&lines_with_projects).iter().any(|p| p.contains("projects: only a budget of projects has [projects]")),
        "{:?}",
        problems(&lines_with_projects)
    );
    assert_eq!(
        problems(&projects_text("")),
        [
            "line 1: projects: a budget of projects needs a [projects] table: amount, ballot and [[projects.project]] entries"
        ]
    );
    // A budget of projects with a line's tables.
    let both = "other_spending = 5\n".to_owned()
        + &projects_text(
            "[balance]\nrule = \"balanced\"\n[projects]\namount = 100\nballot = { type = \"within_budget\" }\n\
         [[projects.project]]\nid = \"a\"\ntitle = { en = \"A\", fr = \"A\" }\ncost = 10\n\
         [[sections]]\nid = \"s\"\ntitle = { en = \"S\", fr = \"S\" }\n",
        );
    let found = problems(&both);
    for name in ["sections", "balance", "other_spending"] {
        assert!(
            found.iter().any(|p| p.contains(&format!("{name}: a budget of projects has no {name}"))),
            "{name}: {found:?}"
        );
    }
    assert!(problems(&projects_text("kind = 1")).iter().any(|p| p.contains("line")), "a type error names its line");
    assert_eq!(
        problems(&projects_text("[projects]\namount = 100\nballot = { type = \"within_budget\" }\n"))[0],
        "line 7: projects.project: the budget has no projects: add [[projects.project]] entries"
    );
}

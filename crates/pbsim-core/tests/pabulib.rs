//! pbsim's rules against pabutools on real Pabulib elections (tests/data/pabulib/).
//!
//! `expected.json` holds pabutools' winners for every file and rule; it is written by
//! `scripts/pabutools-agreement expected crates/pbsim-core/tests/data/pabulib` and never by hand.
//! Every `.pb` file in the folder must have an entry, so a file added without regenerating fails
//! here rather than going unchecked. `./dev test` also compares greedy and MES without completion
//! with pabutools live (the script's `check`); Add1 is compared here because pabutools takes
//! minutes per file for it (see the data folder's README).

use pbsim_core::projects::pabulib;
use pbsim_core::projects::{Completion, Rule, select};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

fn data() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/pabulib")
}

type Expected = BTreeMap<String, BTreeMap<String, serde_json::Value>>;

fn read_expected() -> Expected {
    let text = std::fs::read_to_string(data().join("expected.json")).unwrap_or_default();
    serde_json::from_str(&text).unwrap_or_default()
}

fn pb_files() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(data())
        .map(|dir| {
            dir.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".pb"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

#[test]
fn every_rule_agrees_with_pabutools_on_real_elections() {
    let expected = read_expected();
    let files = pb_files();
    assert!(files.len() >= 200, "the data folder should hold the Pabulib test set, found {} files", files.len());
    let rules = [
        ("greedy", Rule::Greedy),
        ("mes-none", Rule::EqualShares { completion: Completion::None }),
        ("mes-add1", Rule::EqualShares { completion: Completion::Add1 }),
    ];
    let mut failures = Vec::new();
    let mut per_type: BTreeMap<String, usize> = BTreeMap::new();
    for name in &files {
        let Some(theirs) = expected.get(name) else {
            failures.push(format!("{name}: no pabutools result in expected.json (regenerate it)"));
            continue;
        };
        let text = std::fs::read_to_string(data().join(name)).unwrap_or_default();
        let file = match pabulib::read(&text) {
            Ok(f) => f,
            Err(e) => {
                failures.push(format!("{name}: {e}"));
                continue;
            }
        };
        let vote_type = theirs.get("vote_type").and_then(|v| v.as_str()).unwrap_or_default().to_owned();
        *per_type.entry(vote_type).or_default() += 1;
        for (key, rule) in rules {
            let want: BTreeSet<String> = theirs
                .get(key)
                .and_then(|v| v.as_array())
                .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_owned)).collect())
                .unwrap_or_default();
            let got: BTreeSet<String> = select(&file.election, rule).winners.into_iter().map(|w| w.id).collect();
            if got != want {
                failures.push(format!("{name} {key}: pabutools {want:?}, pbsim {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{} disagreements:\n{}", failures.len(), failures.join("\n"));
    // At least 50 files of every ballot type present in Pabulib.
    for vote_type in ["approval", "choose-1", "cumulative", "ordinal"] {
        let n = per_type.get(vote_type).copied().unwrap_or(0);
        assert!(n >= 50, "{n} {vote_type} files agree; the test set should hold at least 50 ({per_type:?})");
    }
}

/// Projects sorted by id, and each ballot as (project id, points) pairs.
type ById = (Vec<pbsim_core::projects::Project>, Vec<Vec<(String, u64)>>);

fn by_id(e: &pbsim_core::projects::Election) -> ById {
    let mut projects = e.projects.clone();
    projects.sort_by(|a, b| a.id.cmp(&b.id));
    let ballots = e
        .ballots
        .iter()
        .map(|b| {
            let named = b.projects();
            let points: Vec<(usize, u64)> = match b {
                pbsim_core::projects::Ballot::Points(ps) => ps.clone(),
                _ => b.points(),
            };
            named
                .iter()
                .map(|&p| (e.projects[p].id.clone(), points.iter().find(|x| x.0 == p).map_or(0, |x| x.1)))
                .collect()
        })
        .collect();
    (projects, ballots)
}

#[test]
fn what_pbsim_writes_reads_back_as_the_same_election() {
    for name in pb_files() {
        let text = std::fs::read_to_string(data().join(&name)).unwrap_or_default();
        let Ok(file) = pabulib::read(&text) else { panic!("{name} does not read") };
        let outcome = select(&file.election, Rule::EqualShares { completion: Completion::Add1 });
        let written = pabulib::write(&file, Some(&outcome));
        let again = match pabulib::read(&written) {
            Ok(f) => f,
            Err(e) => panic!("{name}: what pbsim wrote does not read: {e}"),
        };
        // A project without a title is written with its id as its name.
        let mut expected = file.election.clone();
        let language = file.meta.iter().find(|(k, _)| k == "language").map_or("und", |(_, v)| v.as_str());
        for p in expected.projects.iter_mut().filter(|p| p.titles.is_empty()) {
            p.titles.insert(language.to_owned(), p.id.clone());
        }
        // Rows are written most votes first, so compare projects and ballots by id.
        assert_eq!(by_id(&again.election), by_id(&expected), "{name}");
        assert_eq!(again.election.budget, expected.budget, "{name}");
        assert_eq!(again.election.kind, expected.kind, "{name}");
        assert_eq!(again.voter_ids, file.voter_ids, "{name}");
        let selected: BTreeSet<String> = again
            .selected
            .unwrap_or_default()
            .iter()
            .enumerate()
            .filter(|(_, s)| *s == "1")
            .map(|(i, _)| again.election.projects[i].id.clone())
            .collect();
        let winners: BTreeSet<String> = outcome.winners.iter().map(|w| w.id.clone()).collect();
        assert_eq!(selected, winners, "{name}");
    }
}

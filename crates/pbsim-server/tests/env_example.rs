//! `.env.example` lists every environment variable of `pbsim serve`: an operator reads it to learn
//! the configuration, so a field added to `ServeArgs` without a line there is a bug.

use clap::CommandFactory;
use pbsim_server::config::Cli;

const ENV_EXAMPLE: &str = include_str!("../../../.env.example");

/// The variables `.env.example` sets (`NAME=value` lines).
fn listed() -> Vec<&'static str> {
    ENV_EXAMPLE
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split_once('=').map(|(name, _)| name.trim()))
        .collect()
}

#[test]
fn every_serve_variable_is_in_env_example() {
    let cli = Cli::command();
    let serve = cli.find_subcommand("serve").unwrap_or_else(|| panic!("`pbsim serve` exists"));
    let listed = listed();
    let mut missing = Vec::new();
    let mut seen = 0;
    for arg in serve.get_arguments() {
        let Some(env) = arg.get_env() else { continue };
        seen += 1;
        let env = env.to_string_lossy().into_owned();
        if !listed.contains(&env.as_str()) {
            missing.push(env);
        }
    }
    assert!(seen >= 6, "expected `pbsim serve` to read its variables, found {seen}");
    assert!(missing.is_empty(), ".env.example lacks {missing:?}: add each with its comment and default");
}

#[test]
fn every_serve_variable_is_explained_and_defaulted() {
    // Each variable is preceded by a comment, and its value is the clap default (empty when there
    // is none). Building the command fills in the implicit defaults (`false` for a flag).
    let mut cli = Cli::command();
    cli.build();
    let serve = cli.find_subcommand("serve").unwrap_or_else(|| panic!("`pbsim serve` exists"));
    let lines: Vec<&str> = ENV_EXAMPLE.lines().collect();
    for arg in serve.get_arguments() {
        let Some(env) = arg.get_env() else { continue };
        let env = env.to_string_lossy();
        let Some(at) = lines.iter().position(|l| l.starts_with(&format!("{env}="))) else { continue };
        assert!(at > 0 && lines[at - 1].starts_with('#'), "{env} has no comment above it");
        let value = &lines[at][env.len() + 1..];
        let default = arg.get_default_values().first().map(|d| d.to_string_lossy().into_owned());
        let expected = default.unwrap_or_default();
        assert_eq!(value, expected, "{env}: .env.example should show the default");
    }
}

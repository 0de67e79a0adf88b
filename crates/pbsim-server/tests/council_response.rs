//! The council's response: officers publish it (checked, every problem at once, nothing stored on
//! a refusal), every publication is kept with its time and author, and the public reads only the
//! latest published text.

#![allow(clippy::expect_used, clippy::unwrap_used)]

#[path = "support/answer.rs"]
mod answer;
#[path = "support/app.rs"]
mod app;
#[path = "support/budgets.rs"]
mod budgets;
#[path = "support/db.rs"]
mod db;

use answer::Answer;
use app::{Setup, TestApp};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use budgets::TOWN;
use db::Backend;
use pbsim_server::auth;
use serde_json::{Value, json};

on_both_databases!(
    officers_publish_a_response_and_the_public_reads_the_latest,
    bad_responses_are_refused_and_nothing_is_stored
);

async fn call(t: &TestApp, method: &str, uri: &str, bearer: Option<&str>, body: Option<Value>) -> Answer {
    let mut builder = Request::builder().method(method).uri(uri);
    if let Some(token) = bearer {
        builder = builder.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    if body.is_some() {
        builder = builder.header(header::CONTENT_TYPE, "application/json");
    }
    t.send(builder.body(body.map(|b| Body::from(b.to_string())).unwrap_or_else(Body::empty)).unwrap()).await
}

fn response(general_en: &str) -> Value {
    json!({
        "general": { "en": general_en, "fr": "Nous vous avons entendus." },
        "lines": { "parks": { "en": "Funded: +$10 for parks in 2027", "fr": "Financé : +10 $ pour les parcs en 2027" } },
    })
}

async fn officers_publish_a_response_and_the_public_reads_the_latest(backend: Backend) {
    let t = Setup::new(&[TOWN]).on(backend).await;
    let token = auth::create_token(&t.store, "council-desk").await.unwrap();
    let none = call(&t, "GET", "/api/budgets/town/response", None, None).await;
    assert_eq!((none.status, none.json["error"].as_str()), (StatusCode::NOT_FOUND, Some("not_found")));
    // Only officers publish.
    let anonymous = call(&t, "POST", "/api/admin/budgets/town/response", None, Some(response("We heard you."))).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);

    let first =
        call(&t, "POST", "/api/admin/budgets/town/response", Some(&token), Some(response("We heard you."))).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.text());
    let second =
        call(&t, "POST", "/api/admin/budgets/town/response", Some(&token), Some(response("We heard you, twice.")))
            .await;
    assert_eq!(second.status, StatusCode::CREATED);

    let public = call(&t, "GET", "/api/budgets/town/response", None, None).await;
    assert_eq!(public.status, StatusCode::OK);
    assert_eq!(public.json["response"], response("We heard you, twice."));
    assert_eq!(public.json["published_at"], second.json["published_at"]);
    assert!(!public.text().contains("council-desk"), "the author stays with the officers: {}", public.text());
    // Both publications are kept, with their time and author.
    let kept = t.store.responses("town").await.unwrap();
    assert_eq!(kept.len(), 2);
    assert!(kept.iter().all(|r| r.author == "council-desk"));
    assert_eq!(kept[1].published_at, second.json["published_at"].as_str().unwrap());
}

async fn bad_responses_are_refused_and_nothing_is_stored(backend: Backend) {
    let t = Setup::new(&[TOWN]).on(backend).await;
    let token = auth::create_token(&t.store, "council-desk").await.unwrap();
    let mut bad = response("<script>alert('hi')</script>");
    bad["lines"]["zoo"] = json!({ "en": "Funded", "fr": "Financé" });
    bad["general"]["fr"] = json!("x".repeat(10_001));
    let refused = call(&t, "POST", "/api/admin/budgets/town/response", Some(&token), Some(bad)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.json["error"], "invalid_submission");
    let paths: Vec<&str> =
        refused.json["problems"].as_array().unwrap().iter().map(|p| p["path"].as_str().unwrap()).collect();
    assert_eq!(paths, ["general.en", "general.fr", "lines.zoo"]);
    let unknown_field = json!({ "general": { "en": "a", "fr": "b" }, "html": "<b>" });
    let malformed = call(&t, "POST", "/api/admin/budgets/town/response", Some(&token), Some(unknown_field)).await;
    assert_eq!(malformed.json["error"], "malformed_body");
    assert_eq!(t.store.responses("town").await.unwrap(), Vec::new());
    let public = call(&t, "GET", "/api/budgets/town/response", None, None).await;
    assert_eq!(public.status, StatusCode::NOT_FOUND);
}

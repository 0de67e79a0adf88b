//! The store's group commit, on SQLite and PostgreSQL: what each request hears when its insert
//! shares a transaction with others, that a failed batch stores nothing and acknowledges nothing,
//! that two servers on one database agree, and that closing commits what was queued.

// Helpers outside `#[test]` functions set up fixtures: a failure there should stop the test loudly.
#![allow(clippy::expect_used, clippy::unwrap_used)]

#[path = "support/db.rs"]
mod db;

use db::{Backend, TestDb};
use pbsim_core::SubmissionRequest;
use pbsim_server::store::{DataVersion, Store, Stored};
use std::future::Future;

on_both_databases!(
    the_same_id_twice_in_one_batch,
    a_failed_batch_stores_nothing_and_acknowledges_nothing,
    two_servers_racing_for_the_same_ids_store_each_once,
    an_invite_is_taken_once_even_within_one_batch,
    closing_commits_what_was_queued,
    the_data_version_follows_every_change_to_the_rows,
);

fn request(n: usize, comment: &str) -> SubmissionRequest {
    SubmissionRequest {
        id: format!("00000000-0000-4000-8000-{n:012}"),
        allocation: [("parks".to_owned(), 60_00)].into(),
        comment: comment.to_owned(),
        ..SubmissionRequest::default()
    }
}

async fn open(backend: Backend) -> (TestDb, Store) {
    let db = TestDb::new(backend).await;
    let store = Store::connect(&db.url).await.expect("open");
    (db, store)
}

async fn stored_comments(store: &Store) -> Vec<String> {
    store.submissions("town").await.expect("read").into_iter().map(|s| s.request.comment).collect()
}

async fn the_same_id_twice_in_one_batch(backend: Backend) {
    let (_db, store) = open(backend).await;
    let (a, a_again, a_changed, b) = (request(1, "a"), request(1, "a"), request(1, "changed"), request(2, "b"));
    let results = store
        .insert_batch(&[("town", &a, None), ("town", &b, None), ("town", &a_again, None), ("town", &a_changed, None)])
        .await
        .expect("batch commits");
    let Stored::Created(receipt) = &results[0] else { panic!("{results:?}") };
    assert!(matches!(results[1], Stored::Created(_)), "{results:?}");
    assert_eq!(results[2], Stored::AlreadyStored(receipt.clone()));
    assert_eq!(results[3], Stored::IdConflict);
    // The same id for another budget is a conflict too.
    let results = store.insert_batch(&[("other", &a, None)]).await.expect("commits");
    assert_eq!(results, [Stored::IdConflict]);
    assert_eq!(stored_comments(&store).await, ["a", "b"]);
}

async fn a_failed_batch_stores_nothing_and_acknowledges_nothing(backend: Backend) {
    let (db, store) = open(backend).await;
    // A trigger stands in for a disk that fails mid-batch: any row whose comment says "poison".
    match backend {
        Backend::Sqlite => {
            db.execute(
                "CREATE TRIGGER poison BEFORE INSERT ON submissions WHEN NEW.body LIKE '%poison%' \
                 BEGIN SELECT RAISE(ABORT, 'poisoned'); END",
            )
            .await
        }
        Backend::Postgres => {
            db.execute(
                "CREATE FUNCTION poison() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \
                 IF NEW.body LIKE '%poison%' THEN RAISE EXCEPTION 'poisoned'; END IF; RETURN NEW; END $$; \
                 CREATE TRIGGER poison BEFORE INSERT ON submissions FOR EACH ROW EXECUTE FUNCTION poison();",
            )
            .await
        }
    }
    let (good, bad, later) = (request(1, "good"), request(2, "poison"), request(3, "later"));
    let error = store
        .insert_batch(&[("town", &good, None), ("town", &bad, None), ("town", &later, None)])
        .await
        .expect_err("the batch fails");
    assert!(format!("{error:#}").contains("poisoned"), "{error:#}");
    assert_eq!(stored_comments(&store).await, Vec::<String>::new(), "half a batch was stored");

    // Through the writer, in waves of ten requests at once: each hears either Created (and its
    // row is there) or an error, never Created for a row that is not stored. A wave starts when
    // the last one is answered, so a batch never mixes two waves: every wave without poison must
    // be stored whole, and every poisoned request must fail with its batch.
    let mut acknowledged = Vec::new();
    let mut failed = Vec::new();
    for wave in 0..6 {
        let mut tasks = Vec::new();
        for n in wave * 10..wave * 10 + 10 {
            let store = store.clone();
            let comment = if n % 20 == 7 { "poison" } else { "fine" };
            tasks.push(tokio::spawn(
                async move { (n, store.insert_submission("town", &request(n, comment), None).await) },
            ));
        }
        for task in tasks {
            let (n, result) = task.await.expect("task");
            match result {
                Ok(Stored::Created(_)) => acknowledged.push(n),
                Ok(other) => panic!("{n}: {other:?}"),
                Err(e) => {
                    assert!(format!("{e:#}").contains("not committed"), "{e:#}");
                    failed.push(n);
                }
            }
        }
    }
    let stored: Vec<String> = store.submissions("town").await.expect("read").into_iter().map(|s| s.id).collect();
    let expected: Vec<String> = acknowledged.iter().map(|&n| request(n, "").id).collect();
    let mut stored_sorted = stored.clone();
    stored_sorted.sort();
    assert_eq!(stored_sorted, expected, "stored rows are exactly the acknowledged ones");
    let clean_waves: Vec<usize> = [1, 3, 5].iter().flat_map(|w| w * 10..w * 10 + 10).collect();
    assert!(clean_waves.iter().all(|n| acknowledged.contains(n)), "a wave without poison was refused: {failed:?}");
    assert!([7, 27, 47].iter().all(|n| failed.contains(n)), "a poisoned row was acknowledged: {acknowledged:?}");

    // The writer carries on after a failed batch.
    assert!(matches!(store.insert_submission("town", &request(99, "after"), None).await, Ok(Stored::Created(_))));
    // A batch rolled back leaves nothing counted either.
    let stored = stored_comments(&store).await.len() as i64;
    assert_eq!(store.data_version("town").await.expect("version").count, stored);
}

async fn two_servers_racing_for_the_same_ids_store_each_once(backend: Backend) {
    let db = TestDb::new(backend).await;
    let one = Store::connect(&db.url).await.expect("first server");
    let two = Store::connect(&db.url).await.expect("second server");
    let mut tasks = Vec::new();
    for n in 0..80 {
        for store in [&one, &two] {
            let store = store.clone();
            tasks.push(tokio::spawn(async move { (n, store.insert_submission("town", &request(n, "x"), None).await) }));
        }
    }
    let mut created = vec![0; 80];
    for task in tasks {
        let (n, result) = task.await.expect("task");
        match result.expect("stored") {
            Stored::Created(_) => created[n] += 1,
            Stored::AlreadyStored(_) => {}
            other => panic!("{n}: {other:?}"),
        }
    }
    assert!(created.iter().all(|&c| c == 1), "each id is created exactly once: {created:?}");
    assert_eq!(one.submissions("town").await.expect("read").len(), 80);
    // Both servers' triggers counted into one row, each submission once.
    assert_eq!(two.data_version("town").await.expect("version").count, 80);
}

async fn an_invite_is_taken_once_even_within_one_batch(backend: Backend) {
    let (_db, store) = open(backend).await;
    let code = pbsim_server::store::new_invite_code().expect("code");
    store.use_invite_key(pbsim_server::store::InviteKey::from_bytes([7; 32])).await.expect("invite key");
    store.add_invites("town", std::slice::from_ref(&code), 0).await.expect("add");
    store.add_invites("other", &["2222-2222".to_owned()], 0).await.expect("add");
    let (a, b, c) = (request(1, "a"), request(2, "b"), request(3, "c"));
    let results = store
        .insert_batch(&[
            ("town", &a, Some(code.as_str())),
            ("town", &b, Some(code.as_str())),
            ("town", &c, Some("2222-2222")),
        ])
        .await
        .expect("commits");
    assert!(matches!(results[0], Stored::Created(_)), "{results:?}");
    assert_eq!(results[1..], [Stored::InvalidInvite, Stored::InvalidInvite], "reused, and another budget's code");
    assert_eq!(stored_comments(&store).await, ["a"]);
    assert_eq!(store.invite_used_by(&code).await.expect("read"), Some(Some(a.id.clone())));
    assert_eq!(store.invite_used_by("2222-2222").await.expect("read"), Some(None));
    assert_eq!(store.invite_used_by("3333-3333").await.expect("read"), None);
}

async fn closing_commits_what_was_queued(backend: Backend) {
    let (db, store) = open(backend).await;
    let requests: Vec<SubmissionRequest> = (0..200).map(|n| request(n, "q")).collect();
    let mut inserts: Vec<_> =
        requests.iter().map(|r| Some(Box::pin(store.insert_submission("town", r, None)))).collect();
    // Poll each insert once: that hands it to the writer (the queue has room for all of them), so
    // every one is queued before the close below, while the first batches are being written.
    // Unconstrained, so tokio's cooperative budget cannot make a send wait for a later poll.
    let mut answers = Vec::new();
    tokio::task::unconstrained(std::future::poll_fn(|cx| {
        for (n, slot) in inserts.iter_mut().enumerate() {
            if let Some(insert) = slot
                && let std::task::Poll::Ready(result) = insert.as_mut().poll(cx)
            {
                answers.push((n, result));
                *slot = None;
            }
        }
        std::task::Poll::Ready(())
    }))
    .await;
    store.close().await;
    for (n, slot) in inserts.into_iter().enumerate() {
        if let Some(insert) = slot {
            answers.push((n, insert.await));
        }
    }
    assert_eq!(answers.len(), 200);
    for (n, result) in &answers {
        assert!(matches!(result, Ok(Stored::Created(_))), "{n}, queued before the close: {result:?}");
    }
    let reopened = Store::connect(&db.url).await.expect("reopen");
    assert_eq!(reopened.submissions("town").await.expect("read").len(), 200, "every queued insert is stored");
    assert!(store.insert_submission("town", &request(999, "late"), None).await.is_err(), "a closed store refuses");
}

/// The data version (`submission_counts`, kept by triggers) after each kind of change a database
/// sees: the server's own writes, and an operator's SQL. Every change gives a new version, the
/// count always equals the submissions a report reads, and writing report rows changes nothing.
async fn the_data_version_follows_every_change_to_the_rows(backend: Backend) {
    let (db, store) = open(backend).await;
    let mut seen: Vec<DataVersion> = Vec::new();
    // Checks the version against the rows themselves and against every version seen before.
    async fn check(store: &Store, seen: &mut Vec<DataVersion>, step: &str) -> DataVersion {
        let version = store.data_version("town").await.expect("version");
        let rows = store.submissions("town").await.expect("read").len();
        assert_eq!(version.count, rows as i64, "{step}: the count is the number of current submissions");
        assert!(!seen.contains(&version), "{step}: a change gave a version seen before: {version:?} in {seen:?}");
        seen.push(version.clone());
        version
    }
    assert_eq!(store.data_version("town").await.expect("version"), DataVersion { count: 0, changes: 0 });
    seen.push(DataVersion { count: 0, changes: 0 });

    let keyed = |n: usize| SubmissionRequest { edit_key: Some(format!("{n:032x}")), ..request(n, "first thoughts") };
    let (one, two, three) = (keyed(1), request(2, "b"), request(3, "c"));
    store.insert_batch(&[("town", &one, None), ("town", &two, None), ("town", &three, None)]).await.expect("batch");
    assert_eq!(check(&store, &mut seen, "three stored").await.count, 3);
    // Another budget's submission is not this one's change.
    store.insert_submission("other", &request(4, "elsewhere"), None).await.expect("stored");
    assert_eq!(store.data_version("town").await.expect("version"), seen[seen.len() - 1]);

    // A replacement adds a row and marks one: the count stays, the version moves.
    let replacement = SubmissionRequest { replaces: Some(one.id.clone()), ..keyed(5) };
    let replacement = SubmissionRequest { edit_key: one.edit_key.clone(), ..replacement };
    assert!(matches!(store.insert_submission("town", &replacement, None).await, Ok(Stored::Created(_))));
    assert_eq!(check(&store, &mut seen, "replaced").await.count, 3);

    // An operator's SQL: a corrected body, a row moved to another budget and back (through the
    // schema's name, from a session whose search path does not lead there), a row deleted.
    db.execute(&format!("UPDATE submissions SET body = replace(body, '\"b\"', '\"bee\"') WHERE id = '{}'", two.id))
        .await;
    assert!(stored_comments(&store).await.contains(&"bee".to_owned()), "the SQL changed the body");
    assert_eq!(check(&store, &mut seen, "a body corrected").await.count, 3);
    db.execute(&format!("UPDATE submissions SET budget_id = 'other' WHERE id = '{}'", three.id)).await;
    assert_eq!(check(&store, &mut seen, "moved away").await.count, 2);
    assert_eq!(store.data_version("other").await.expect("version").count, 2);
    db.execute_qualified(&format!("UPDATE {{schema}}.submissions SET budget_id = 'town' WHERE id = '{}'", three.id))
        .await;
    assert_eq!(check(&store, &mut seen, "moved back").await.count, 3);
    assert_eq!(store.data_version("other").await.expect("version").count, 1);
    db.execute(&format!("DELETE FROM submissions WHERE id = '{}'", two.id)).await;
    let before_rows = check(&store, &mut seen, "deleted").await;
    assert_eq!(before_rows.count, 2);

    // Writing report rows is not a change: the same figures, the same version.
    db.execute("UPDATE submissions SET report_layout = NULL, report_row = NULL").await;
    assert_eq!(store.data_version("town").await.expect("version"), before_rows);
    let done = store.backfill_report_rows().await.expect("backfill");
    assert_eq!(done.rows, 4, "{done:?}");
    assert_eq!(store.data_version("town").await.expect("version"), before_rows);
    assert_eq!(store.backfill_report_rows().await.expect("backfill"), pbsim_server::store::Backfilled::default());
}

//! What an index of the event log by account would cost ingest (the service has none: the
//! account route's sample requests read the log by number instead): events appended with the
//! service's own `Store::append_events`, 2,000 a transaction as ingest commits them, into
//! fresh SQLite stores alternately without and with an index on `(account_id, ts, seq)`. See
//! docs/serve.md, "Sample requests".
//!
//! ```sh
//! cargo run --release -p dg-serve --example event_index_cost -- EVENTS.jsonl [COPIES] [ROUNDS]
//! ```
//!
//! Each copy of the file's lines gets fresh request and account ids (`…_k`), so the index sees
//! COPIES times the file's accounts.

use std::time::Instant;

use dg_serve::store::EventRow;
use dg_serve::Store;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: EVENTS.jsonl [COPIES] [ROUNDS]")?;
    let copies: usize = args.next().map_or(Ok(12), |s| s.parse())?;
    let rounds: usize = args.next().map_or(Ok(3), |s| s.parse())?;
    let mut rows = Vec::new();
    let text = std::fs::read_to_string(&path)?;
    for k in 0..copies {
        for (i, line) in text.lines().enumerate() {
            let v: serde_json::Value = serde_json::from_str(line)?;
            let account = v["account_id"].as_str().unwrap_or("none");
            rows.push(EventRow {
                request_id: format!("r{k}_{i}"),
                account_id: format!("{account}_{k}"),
                ts: 1_772_000_000_000 + (k * 1_000_000 + i) as i64,
                line: line.to_string(),
            });
        }
    }
    for round in 0..rounds {
        for index in [false, true] {
            let dir = tempfile::tempdir()?;
            let store = Store::open(None, dir.path()).await?;
            if index {
                use sqlx::Connection;
                let url = format!("sqlite://{}", dir.path().join("distillguard.db").display());
                let mut c = sqlx::SqliteConnection::connect(&url).await?;
                sqlx::query("CREATE INDEX dg_events_by_account ON dg_events (account_id, ts, seq)")
                    .execute(&mut c)
                    .await?;
                c.close().await?;
            }
            let t0 = Instant::now();
            let mut seq = 1;
            for chunk in rows.chunks(2_000) {
                store.append_events(seq, chunk).await?;
                seq += chunk.len() as i64;
            }
            let secs = t0.elapsed().as_secs_f64();
            println!(
                "round {round}, index {}: {} events in {secs:.2} s = {:.0} events/s",
                if index { "on " } else { "off" },
                rows.len(),
                rows.len() as f64 / secs
            );
            store.close().await;
        }
    }
    Ok(())
}

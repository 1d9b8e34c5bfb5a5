//! `distillguard token create|list|revoke`: the token is printed once on stdout and nowhere
//! else, the store keeps only its SHA-256 with its roles, names are never reused, and every
//! change is in the audit log.

use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_distillguard");

fn token(args: &[&str], dir: &Path) -> Output {
    Command::new(BIN)
        .arg("token")
        .args(args)
        .arg("--data-dir")
        .arg(dir)
        .env_remove("DISTILLGUARD_DATABASE_URL")
        .env_remove("DISTILLGUARD_DATA_DIR")
        .output()
        .expect("run distillguard")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn create_prints_the_token_once_list_never_and_revoke_is_audited() {
    let dir = tempfile::tempdir().expect("dir");
    let out = token(
        &[
            "create", "--role", "decide", "--role", "analyst", "--name", "alice",
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let tok = stdout.trim();
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(tok.starts_with("dg_") && tok.len() == 67, "{tok}");
    let hash = dg_serve::auth::token_hash_hex(tok);
    let stderr = text(&out.stderr);
    assert!(stderr.contains("alice"), "{stderr}");
    assert!(
        !stderr.contains(&tok[3..]) && !stderr.contains(&hash),
        "{stderr}"
    );

    // The same name again is refused, even once revoked.
    let again = token(
        &["create", "--role", "ingest", "--name", "alice"],
        dir.path(),
    );
    assert!(!again.status.success());
    assert!(text(&again.stderr).contains("exists already"));
    // Bad names and roles are refused before anything is stored.
    let bad = token(&["create", "--role", "ingest", "--name", "a b"], dir.path());
    assert!(!bad.status.success());
    let bad = token(&["create", "--role", "root", "--name", "x"], dir.path());
    assert!(!bad.status.success());
    // A name serve.toml holds is refused too (the service would refuse the token).
    let cfg = dir.path().join("serve.toml");
    std::fs::write(
        &cfg,
        format!("[[tokens]]\nname = \"ops\"\nsha256 = \"{hash}\"\nroles = [\"admin\"]\n"),
    )
    .expect("config");
    let clash = Command::new(BIN)
        .args([
            "token", "create", "--role", "admin", "--name", "ops", "--config",
        ])
        .arg(&cfg)
        .arg("--data-dir")
        .arg(dir.path())
        .output()
        .expect("run");
    assert!(!clash.status.success());
    assert!(text(&clash.stderr).contains("serve.toml has a token named `ops`"));
    // Without a name: a generated one.
    let anon = token(&["create", "--role", "ingest"], dir.path());
    assert!(anon.status.success(), "{}", text(&anon.stderr));

    let list = token(&["list"], dir.path());
    assert!(list.status.success(), "{}", text(&list.stderr));
    let listed = text(&list.stdout);
    assert!(listed.contains("alice\tanalyst,decide\t"), "{listed}");
    assert!(listed.contains("\ntoken-"), "{listed}");
    assert!(
        !listed.contains(&tok[3..]) && !listed.contains(&hash),
        "{listed}"
    );

    let revoke = token(&["revoke", "alice"], dir.path());
    assert!(revoke.status.success(), "{}", text(&revoke.stderr));
    let again = token(&["revoke", "alice"], dir.path());
    assert!(!again.status.success(), "revoked already");
    let listed = text(&token(&["list"], dir.path()).stdout);
    let alice = listed
        .lines()
        .find(|l| l.starts_with("alice\t"))
        .expect("alice listed");
    assert!(!alice.ends_with("\t-"), "revoked: {alice}");

    // What the store holds: the hash, the roles, and the audit trail.
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let store = dg_serve::Store::open(None, dir.path())
            .await
            .expect("store");
        let rows = store.tokens().await.expect("tokens");
        let a = rows.iter().find(|r| r.name == "alice").expect("alice");
        assert_eq!(a.sha256, hash);
        assert_eq!(a.roles, vec!["analyst", "decide"]);
        assert!(a.revoked_at.is_some());
        let audit = store.audit(0, 100).await.expect("audit");
        let what: Vec<(&str, &str)> = audit
            .iter()
            .map(|e| (e.actor.as_str(), e.action.as_str()))
            .collect();
        assert_eq!(
            what,
            vec![
                ("cli", "token.create"),
                ("cli", "token.create"),
                ("cli", "token.revoke")
            ]
        );
        store.close().await;
    });
    // Listing a store that does not exist does not create one.
    let none = tempfile::tempdir().expect("dir");
    let out = token(&["list"], &none.path().join("missing"));
    assert!(!out.status.success());
    assert!(!none.path().join("missing").exists());
}

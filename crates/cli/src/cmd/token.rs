//! `distillguard token`: make API tokens for `serve` and the hashes its config holds.

use std::io::Read;

use rand::RngCore;

/// Token subcommands.
#[derive(clap::Subcommand)]
pub enum Command {
    /// Print a new random token on stdout, and on stderr the `[[tokens]]` entry for serve.toml
    /// (which holds only its SHA-256).
    New {
        /// Who will hold it (the entry's name).
        #[arg(long)]
        name: String,
        /// Roles: ingest, decide, admin, intel-read, intel-write.
        #[arg(long = "role", required = true, value_parser = ["ingest", "decide", "admin", "intel-read", "intel-write"])]
        roles: Vec<String>,
    },
    /// Print the SHA-256 of a token read from stdin, as serve.toml's `sha256` wants it.
    Hash,
}

/// Runs a token subcommand.
pub fn run(c: Command) -> anyhow::Result<()> {
    match c {
        Command::New { name, roles } => {
            let mut bytes = [0u8; 32];
            rand::rngs::OsRng.fill_bytes(&mut bytes);
            let token: String = std::iter::once("dg_".to_string())
                .chain(bytes.iter().map(|b| format!("{b:02x}")))
                .collect();
            println!("{token}");
            let roles: Vec<String> = roles.iter().map(|r| format!("{r:?}")).collect();
            eprintln!(
                "[[tokens]]\nname = {name:?}\nsha256 = \"{}\"\nroles = [{}]",
                dg_serve::auth::token_hash_hex(&token),
                roles.join(", ")
            );
        }
        Command::Hash => {
            let mut token = String::new();
            std::io::stdin().take(64 << 10).read_to_string(&mut token)?;
            anyhow::ensure!(!token.trim().is_empty(), "no token on stdin");
            println!("{}", dg_serve::auth::token_hash_hex(&token));
        }
    }
    Ok(())
}

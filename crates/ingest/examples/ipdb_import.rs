//! Runs `ipdb::import` by hand on real files and prints timing and counts.
//!
//! `cargo run --release -p dg-ingest --example ipdb_import -- OUT.csv [--asn F]... [--country F]... [--cloud F]...`

use std::time::Instant;

use dg_ingest::{import, ImportOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = args
        .next()
        .ok_or("usage: ipdb_import OUT.csv [--asn F] [--country F] [--cloud F]")?;
    let mut opts = ImportOptions::default();
    while let Some(flag) = args.next() {
        let file = args.next().ok_or("missing file after flag")?.into();
        match flag.as_str() {
            "--asn" => opts.asn_files.push(file),
            "--country" => opts.country_files.push(file),
            "--cloud" => opts.cloud_files.push(file),
            other => return Err(format!("unknown flag {other}").into()),
        }
    }
    let start = Instant::now();
    let file = std::io::BufWriter::new(std::fs::File::create(&out)?);
    let mut shown = 0;
    let stats = import(&opts, file, |r| {
        if shown < 5 {
            eprintln!("rejected: {}:{}: {}", r.file, r.line, r.error);
            shown += 1;
        }
    })?;
    println!("import: {:.2} s", start.elapsed().as_secs_f64());
    println!("{stats:#?}");
    let start = Instant::now();
    let table = dg_ingest::read_ip_ranges([&out], |_| {})?;
    println!(
        "load {} ranges: {:.2} s",
        table.len(),
        start.elapsed().as_secs_f64()
    );
    let start = Instant::now();
    let mut hits = 0u64;
    let n = 5_000_000u32;
    let mut x = 0x1234_5678u32;
    for _ in 0..n {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        hits += u64::from(
            table
                .lookup(std::net::IpAddr::from(x.to_be_bytes()))
                .is_some(),
        );
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{n} random IPv4 lookups: {:.0}/s, {hits} hits",
        f64::from(n) / secs
    );
    Ok(())
}

//! Scenarios: populations with synthetic sign-up records and traffic in, who is clustered with
//! whom out. Run with `--nocapture` to see the measured coverage and purity.

mod world;

use dg_model::{Account, SignupChannel, Timestamp};

use super::*;
use world::*;

#[test]
fn link_hydra_is_one_cluster_and_individuals_stay_apart() {
    let mut w = World::new(1);
    w.hydra(300);
    w.individuals(5000);
    let (clusters, stats) = w.clusters(LinkConfig::default());
    let h = capture(&w, &clusters, Group::Hydra);
    let loose = clustered(&w, &clusters, Group::Individual);
    eprintln!(
        "hydra: coverage {:.3} purity {:.3} size {}; individuals clustered {loose}/5000; {stats:?}",
        h.coverage, h.purity, h.size
    );
    assert!(h.coverage >= 0.95, "{h:?}");
    assert!(h.purity >= 0.95, "{h:?}");
    assert_eq!(loose, 0, "individuals chained: {:?}", mixed(&w, &clusters));
    let hc = &clusters[h.at];
    let f = &hc.coordination;
    eprintln!("hydra facts: {f:?}");
    assert!(f.kinds.contains(&AttrKind::Payment));
    assert!(f.kinds.contains(&AttrKind::CoActivity));
    assert!(f.strong_share > 0.9 && f.interleave_share > 0.8, "{f:?}");
    assert!(f.volume_cv < 0.3, "load-balanced traffic: {f:?}");
    assert!(f.signup_burst_share > 0.9, "scripted sign-up runs: {f:?}");
    // Popular values are ignored as evidence, not listed.
    let sdk = value_payload(AttrKind::ClientFingerprint, POPULAR_SDK);
    assert!(!hc.links.iter().any(|l| l.value_hash == sdk));
}

#[test]
fn link_enterprise_is_its_own_cluster_and_does_not_absorb_the_hydra() {
    let mut w = World::new(2);
    let hydra = w.hydra(300);
    w.enterprise(300);
    w.individuals(2000);
    // An insider: five hydra accounts pay with the company card, sign up with company-style
    // addresses and sometimes run through the company NAT: real edges into the enterprise.
    for &id in &hydra[..5] {
        let created = w.links[id].created_at().unwrap();
        w.links[id].set_account(&Account {
            account_id: String::new(),
            created_at: Timestamp(created),
            org_id: None,
            email_domain: Some("acme-corp.com".into()),
            email_local_shape: Some("aaaa.aaaaa".into()),
            payment_fingerprint: Some(w.enterprise_card.clone()),
            billing_country: None,
            signup_channel: Some(SignupChannel::Standard),
            verified: None,
        });
    }
    for &id in &hydra[..5] {
        for d in 0..3 {
            for k in 0..20 {
                let t = T0 + d * DAY + 9 * HOUR + k * 20 * MIN;
                w.links[id].observe(t, v4(198, 18, 7, 1), Some(64_600), 0, None);
            }
        }
    }
    for method in [Community::Components, Community::LabelPropagation] {
        let cfg = LinkConfig {
            community: method,
            ..LinkConfig::default()
        };
        let (clusters, _) = w.clusters(cfg);
        let h = capture(&w, &clusters, Group::Hydra);
        let e = capture(&w, &clusters, Group::Enterprise);
        eprintln!(
            "{method:?}: hydra coverage {:.3} purity {:.3} size {}; enterprise coverage {:.3} purity {:.3} size {}",
            h.coverage, h.purity, h.size, e.coverage, e.purity, e.size
        );
        if method == Community::Components {
            // The premise: the insider's edges are real, so single linkage merges the two.
            assert!(
                h.purity < 0.6,
                "no bridge edges; the scenario tests nothing: {h:?}"
            );
        } else {
            assert!(h.coverage >= 0.95 && h.purity >= 0.95, "{h:?}");
            assert!(e.coverage >= 0.95 && e.purity >= 0.95, "{e:?}");
            let ec = &clusters[e.at];
            let f = &ec.coordination;
            eprintln!("enterprise facts: {f:?}");
            assert!(f.org_share > 0.95, "{f:?}");
            assert!(f.volume_cv > 0.8, "organic volumes: {f:?}");
        }
    }
}

#[test]
fn link_university_and_cloud_egress_do_not_merge_everything() {
    let mut w = World::new(3);
    w.university(400);
    w.app_users(3000);
    w.individuals(1000);
    let (clusters, stats) = w.clusters(LinkConfig::default());
    let u = capture(&w, &clusters, Group::Student);
    let apps = clustered(&w, &clusters, Group::AppUser);
    let biggest = clusters.iter().map(|c| c.members.len()).max().unwrap_or(0);
    eprintln!(
        "university: coverage {:.3} purity {:.3} size {}; app users clustered {apps}/3000; \
         biggest cluster {biggest}; clusters {}; {stats:?}",
        u.coverage,
        u.purity,
        u.size,
        clusters.len()
    );
    assert!(
        mixed(&w, &clusters).is_empty(),
        "{:?}",
        mixed(&w, &clusters)
    );
    assert!(biggest <= 400, "{biggest}");
    assert!(apps <= 30, "{apps} app users linked through the egress");
}

#[test]
fn link_output_is_the_same_for_any_input_order() {
    let mut w = World::new(4);
    w.hydra(300);
    w.enterprise(300);
    w.individuals(1500);
    let input = w.input();
    let a = Linker::default().build(&input).clusters();
    let mut shuffled = input.clone();
    let mut rng = Rng(99);
    for i in (1..shuffled.len()).rev() {
        let j = rng.below(i as u64 + 1) as usize;
        shuffled.swap(i, j);
    }
    shuffled.reverse();
    let b = Linker::default().build(&shuffled).clusters();
    assert!(a.len() >= 2);
    assert_eq!(a, b);
    for threads in [1, 3] {
        let cfg = LinkConfig {
            threads,
            ..LinkConfig::default()
        };
        assert_eq!(
            a,
            Linker::new(cfg).build(&shuffled).clusters(),
            "{threads} threads"
        );
    }
    let ids: Vec<_> = a.iter().map(|c| c.id.clone()).collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(ids.len(), unique.len());
}

#[test]
fn link_evidence_renders_keyed_personal_values_matching_keyed_value() {
    let mut w = World::new(5);
    w.hydra(60);
    let (clusters, _) = w.clusters(LinkConfig::default());
    let c = &clusters[0];
    let ip = c
        .links
        .iter()
        .find(|l| l.kind == AttrKind::Ip)
        .expect("ip evidence");
    let shown = ip.render(b"secret", "k1");
    let pool: Vec<String> = (0..40)
        .map(|i| {
            keyed_value(
                AttrKind::Ip,
                &format!("45.55.{}.{}", 100 + i % 5, 10 + i),
                b"secret",
                "k1",
            )
        })
        .collect();
    assert!(pool.contains(&shown), "{shown}");
    let asn = c.links.iter().find(|l| l.kind == AttrKind::Asn).unwrap();
    assert_eq!(asn.render(b"secret", "k1"), "AS14061");
    for l in &c.links {
        let s = l.render(b"secret", "k1");
        assert_eq!(
            l.kind.is_personal(),
            s.starts_with("hmac-sha256:k1:"),
            "{s}"
        );
    }
}

#[test]
fn link_empty_and_lonely_inputs_give_no_clusters() {
    assert!(Linker::default().build(&[]).clusters().is_empty());
    let mut l = AccountLinks::new();
    l.observe(T0, v4(192, 0, 2, 1), None, 42, Some(POPULAR_SDK));
    let g = Linker::default().build(&[(7, &l), (7, &l)]);
    assert_eq!(g.stats().accounts, 1, "duplicate ids count once");
    assert!(g.clusters().is_empty());
}

/// FNV-1a over the canonical text of everything a build and its clusters produce: stats, every
/// edge with its exact weight bits, a few explanations, and every cluster with its id, members,
/// links and facts (rounded to 1e-9). Recorded before the linker was optimised: a change of
/// any result, however small, changes the hash.
fn output_hash(input: &[(u32, &AccountLinks)], cfg: LinkConfig) -> (u64, usize, usize) {
    output_hash_tuned(input, cfg, graph::Tuning::DEFAULT)
}

fn output_hash_tuned(
    input: &[(u32, &AccountLinks)],
    cfg: LinkConfig,
    tune: graph::Tuning,
) -> (u64, usize, usize) {
    use std::fmt::Write;
    let g = Linker::new(cfg).build_tuned(input, tune);
    let clusters = g.clusters();
    let mut s = String::new();
    let st = g.stats();
    writeln!(s, "{st:?}").unwrap();
    for (a, b, w) in g.edges() {
        writeln!(s, "e {a} {b} {:08x}", w.to_bits()).unwrap();
    }
    for (a, b, _) in g.edges().step_by(97).take(50) {
        let (parts, ok) = g.explain(a, b).unwrap();
        write!(s, "x {a} {b} {ok}").unwrap();
        for (k, c) in parts {
            write!(s, " {}={:08x}", k.code(), c.to_bits()).unwrap();
        }
        s.push('\n');
    }
    for c in &clusters {
        writeln!(s, "c {} {:?}", c.id, c.members).unwrap();
        for l in &c.links {
            writeln!(s, "l {} {:x} {}", l.kind.code(), l.value_hash, l.accounts).unwrap();
        }
        let f = &c.coordination;
        let kinds: Vec<_> = f.kinds.iter().map(|k| k.code()).collect();
        writeln!(
            s,
            "f {kinds:?} {:.9} {:.9} {:.9} {:.9} {:.9} {} {} {:.9}",
            f.strong_share,
            f.org_share,
            f.signup_burst_share,
            f.volume_cv,
            f.interleave_share,
            f.requests,
            f.edges,
            f.mean_edge_weight
        )
        .unwrap();
    }
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    (h, clusters.len(), st.edges)
}

/// Sparse, shuffled account ids, as the scanner's candidate subsets have.
fn shuffled_input(w: &World, seed: u64) -> Vec<(u32, &AccountLinks)> {
    let n = w.links.len();
    let mut ids: Vec<u32> = (0..n as u32).map(|i| i * 3 + 1).collect();
    let mut rng = Rng(seed);
    for i in (1..n).rev() {
        ids.swap(i, rng.below(i as u64 + 1) as usize);
    }
    w.links
        .iter()
        .enumerate()
        .map(|(i, l)| (ids[i], l))
        .collect()
}

#[test]
fn link_output_matches_the_recorded_hashes() {
    // A periodic relink: four dense campaigns and some organic candidates.
    let mut dense = World::new(11);
    for c in 0..4 {
        dense.campaign(200, c);
    }
    dense.individuals(200);
    dense.enterprise(40);
    // A final link: organic populations, a hydra with an insider, two campaigns.
    let mut mixed_world = World::new(12);
    mixed_world.hydra(300);
    mixed_world.enterprise(300);
    mixed_world.university(400);
    mixed_world.individuals(3000);
    mixed_world.app_users(200);
    mixed_world.campaign(150, 1);
    mixed_world.campaign(150, 2);
    let dense_in = shuffled_input(&dense, 7);
    let mixed_in = shuffled_input(&mixed_world, 8);
    let cfg = |f: fn(&mut LinkConfig)| {
        let mut c = LinkConfig::default();
        f(&mut c);
        c
    };
    let cases = [
        ("dense", dense_in.as_slice(), LinkConfig::default()),
        ("dense 1 thread", &dense_in, cfg(|c| c.threads = 1)),
        (
            "dense window 4 components",
            &dense_in,
            cfg(|c| {
                c.window = 4;
                c.community = Community::Components;
            }),
        ),
        ("dense max_df 150", &dense_in, cfg(|c| c.max_df = 150)),
        ("mixed", mixed_in.as_slice(), LinkConfig::default()),
        (
            "mixed 3 threads window 2",
            &mixed_in,
            cfg(|c| {
                c.threads = 3;
                c.window = 2;
            }),
        ),
    ];
    let expected: [u64; 6] = [
        0x8b64_7185_62b7_6c8a,
        0x8b64_7185_62b7_6c8a,
        0x08ef_10ad_a595_a05a,
        0x6f7c_d108_fae7_4498,
        0x6c43_30fa_a203_7f2e,
        0x1c43_7dfb_fc8d_1f68,
    ];
    // The paths large inputs take (sorting memberships in place, deduplicating candidates by
    // sorting) give the same output.
    let large = graph::Tuning {
        radix_sort_max: 0,
        stamp_max_accounts: 0,
    };
    let mut got = Vec::new();
    for (name, input, cfg) in cases {
        let (h, clusters, edges) = output_hash(input, cfg.clone());
        eprintln!("{name}: {h:#018x} ({clusters} clusters, {edges} edges)");
        assert_eq!(
            output_hash_tuned(input, cfg, large).0,
            h,
            "{name}: large paths"
        );
        got.push(h);
    }
    assert_eq!(got, expected);
}

#[test]
fn link_pivot_weighing_matches_the_merge_for_every_pair() {
    let mut w = World::new(21);
    w.campaign(100, 0);
    w.campaign(60, 3);
    w.hydra(40);
    w.enterprise(40);
    w.university(40);
    w.individuals(100);
    w.app_users(20);
    let input = shuffled_input(&w, 5);
    // Odd knobs too: negative bases, repeats on every kind, no caps to speak of.
    let mut odd = LinkConfig {
        min_frame_count: 1,
        ..LinkConfig::default()
    };
    for (k, kw) in odd.kinds.iter_mut().enumerate() {
        kw.base = if k % 3 == 0 {
            -0.5
        } else {
            0.7 + k as f32 * 0.3
        };
        kw.repeat = 0.37;
        kw.cap = 100.0;
    }
    for cfg in [LinkConfig::default(), odd] {
        let g = Linker::new(cfg).build(&input);
        let sharing = g.check_pivot_weighing();
        eprintln!("{sharing} pairs share a value");
        assert!(sharing > 50_000, "{sharing}");
    }
}

/// Two operators rent exits in one hosting /24 (each its own eight addresses) and run one
/// uncommon client: the subnet and the client are what they have in common, not a pool.
#[test]
fn two_operators_renting_in_one_subnet_make_two_pools_not_one() {
    let mut w = World::new(7);
    w.individuals(1500);
    let client = "t13d1715h2_5b57614c22b0_rented_sdk";
    let mut operators = Vec::new();
    for (op, first_octet) in [(0u8, 10u8), (1, 100)] {
        let card = w.card();
        let created = T0 - (5 + 4 * i64::from(op)) * DAY;
        let ids: Vec<usize> = (0..30)
            .map(|_| {
                w.add(
                    Group::Hydra,
                    created,
                    SignupChannel::Standard,
                    "proton.me",
                    if op == 0 { "aaaaaaa999" } else { "aaaa.aaaa99" },
                    Some(card.clone()),
                    None,
                )
            })
            .collect();
        let exits: Vec<_> = (0..8)
            .map(|i| world::v4(45, 55, 100, first_octet + i))
            .collect();
        let mut t = T0;
        while t < T0 + DAY {
            let k = ids[w.rng.below(30) as usize];
            let ip = exits[w.rng.below(8) as usize];
            let frame = w.rng.next();
            w.links[k].observe(t, ip, Some(14061), frame, Some(client));
            t += w.rng.range(5_000, 20_000);
        }
        operators.push(ids);
    }
    let graph = Linker::new(LinkConfig::default()).build(&w.input());
    let pools = graph.pools();
    let holds = |pool: &Pool, ids: &[usize]| {
        pool.0
            .iter()
            .filter(|&&a| ids.contains(&(a as usize)))
            .count()
    };
    // The holders of the client alone are a candidate too, judged by the caller on how they
    // are run (see `Pool::is_client`); pools of value pairs must not span the two.
    for pool in pools.iter().filter(|p| !p.is_client()) {
        let (a, b) = (holds(pool, &operators[0]), holds(pool, &operators[1]));
        assert!(
            a == 0 || b == 0,
            "a pool spans both operators: {a} and {b} ({:?})",
            pool.1
        );
    }
    // Each operator still has its own pool.
    for ids in &operators {
        assert!(
            pools.iter().any(|p| holds(p, ids) >= 25),
            "an operator lost its pool"
        );
    }
}

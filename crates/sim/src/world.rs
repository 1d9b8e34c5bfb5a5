//! The simulated world: accounts with their ground truth, and the actors that make traffic.

use std::collections::BTreeSet;

use dg_model::{Account, Event, Label, SignupChannel, Timestamp, TruthRecord};
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Serialize;

use crate::corpus::Corpus;
use crate::netpool::NetPool;

/// Model names the simulated provider serves.
pub const MODEL_MAIN: &str = "helios-1";
pub const MODEL_MINI: &str = "helios-1-mini";
pub const MODEL_NEW: &str = "helios-2";

/// Everything an actor may read while firing.
pub struct Ctx<'a> {
    pub corpus: &'a Corpus,
    pub account_ids: &'a [String],
    pub key_ids: &'a [String],
    pub end: i64,
    pub release: i64,
}

impl Ctx<'_> {
    /// Finishes `req` as account `acct`'s request from `ip` and pushes the event.
    #[allow(clippy::too_many_arguments)] // the parts of one request, named at the call
    pub fn emit(
        &self,
        out: &mut Vec<Event>,
        rng: &mut ChaCha8Rng,
        t: i64,
        acct: usize,
        ip: std::net::IpAddr,
        client: crate::request::Client,
        model: &str,
        req: crate::request::Req,
    ) {
        let origin = crate::request::Origin {
            account_id: &self.account_ids[acct],
            api_key_id: &self.key_ids[acct],
            ip,
            client,
            model,
        };
        out.push(req.finish(rng, t, &origin));
    }
}

/// Something that makes traffic: a person, a service, a campaign's controller.
pub trait Behaviour: Send {
    /// Pushes the event due at `t` (if any) and returns when it is next due, or `None` when done.
    fn fire(
        &mut self,
        rng: &mut ChaCha8Rng,
        t: i64,
        ctx: &Ctx<'_>,
        out: &mut Vec<Event>,
    ) -> Option<i64>;
}

/// One actor with its own random stream, so its traffic does not depend on the others'.
pub struct Actor {
    pub next: i64,
    pub rng: ChaCha8Rng,
    pub behaviour: Box<dyn Behaviour>,
}

/// Extra ground truth about a campaign, written to `campaigns.jsonl`.
#[derive(Debug, Clone, Serialize)]
pub struct CampaignTruth {
    pub campaign: String,
    pub group: String,
    pub accounts: usize,
    /// When its traffic starts and stops (RFC 3339).
    pub active_from: Timestamp,
    pub active_until: Timestamp,
    /// The banned campaign whose workload this one takes over.
    pub successor_of: Option<String>,
    /// When its distillation traffic moved to the new model, if it does.
    pub pivot_at: Option<Timestamp>,
}

/// Accounts, truth and actors under construction.
pub struct World {
    pub rng: ChaCha8Rng,
    pub net: NetPool,
    pub accounts: Vec<Account>,
    pub truth: Vec<TruthRecord>,
    pub key_ids: Vec<String>,
    pub actors: Vec<Actor>,
    pub campaigns: Vec<CampaignTruth>,
    pub start: i64,
    pub end: i64,
    pub release: i64,
    pub ban: i64,
    /// See `SimConfig::operator_seed`.
    pub operator_seed: Option<u64>,
    used_ids: BTreeSet<String>,
}

/// Sign-up details of a new account.
pub struct NewAccount<'a> {
    pub created_at: i64,
    pub group: &'a str,
    pub campaign: Option<&'a str>,
    pub org_id: Option<String>,
    pub email_domain: String,
    pub email_local_shape: String,
    pub payment_fingerprint: Option<String>,
    pub billing_country: String,
    pub channel: SignupChannel,
    pub verified: bool,
}

impl World {
    /// An empty world over `[start, end)`.
    pub fn new(seed: u64, net: NetPool, start: i64, end: i64, release: i64, ban: i64) -> Self {
        Self {
            rng: ChaCha8Rng::seed_from_u64(seed),
            net,
            accounts: Vec::new(),
            truth: Vec::new(),
            key_ids: Vec::new(),
            actors: Vec::new(),
            campaigns: Vec::new(),
            start,
            end,
            release,
            ban,
            operator_seed: None,
            used_ids: BTreeSet::new(),
        }
    }

    /// A fresh random id with a prefix, unique in this world.
    pub fn id(&mut self, prefix: &str, len: usize) -> String {
        const ALPHA: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
        loop {
            let s: String = (0..len)
                .map(|_| ALPHA[self.rng.gen_range(0..ALPHA.len())] as char)
                .collect();
            let id = format!("{prefix}{s}");
            if self.used_ids.insert(id.clone()) {
                return id;
            }
        }
    }

    /// A payment fingerprint (an opaque hash in real exports).
    pub fn payment(&mut self) -> String {
        format!("pf_{:012x}", self.rng.gen::<u64>() >> 16)
    }

    /// Adds an account and returns its index.
    pub fn add_account(&mut self, a: NewAccount<'_>) -> usize {
        let id = self.id("acct_", 10);
        let key = self.id("key_", 8);
        let label = if a.campaign.is_some() {
            Label::Attack
        } else {
            Label::Benign
        };
        self.accounts.push(Account {
            account_id: id.clone(),
            created_at: Timestamp(a.created_at),
            org_id: a.org_id,
            email_domain: Some(a.email_domain),
            email_local_shape: Some(a.email_local_shape),
            payment_fingerprint: a.payment_fingerprint,
            billing_country: Some(a.billing_country),
            signup_channel: Some(a.channel),
            verified: Some(a.verified),
        });
        self.truth.push(TruthRecord {
            account_id: id,
            label,
            group: a.group.to_string(),
            campaign: a.campaign.map(str::to_string),
            hard: None,
        });
        self.key_ids.push(key);
        self.accounts.len() - 1
    }

    /// Marks a benign account as one of a hard look-alike group in the truth file.
    pub fn mark_hard(&mut self, acct: usize) {
        if let Some(t) = self.truth.get_mut(acct) {
            t.hard = Some(true);
        }
    }

    /// Registers an actor first due at `first`.
    pub fn add_actor(&mut self, first: i64, behaviour: Box<dyn Behaviour>) {
        let rng = ChaCha8Rng::seed_from_u64(self.rng.gen());
        self.actors.push(Actor {
            next: first,
            rng,
            behaviour,
        });
    }

    /// A random instant in `[a, b)`.
    pub fn time_between(&mut self, a: i64, b: i64) -> i64 {
        if b <= a {
            a
        } else {
            self.rng.gen_range(a..b)
        }
    }

    /// A consumer email domain.
    pub fn consumer_domain(&mut self) -> String {
        const D: &[(&str, u32)] = &[
            ("gmail.com", 40),
            ("outlook.com", 14),
            ("hotmail.com", 5),
            ("yahoo.com", 8),
            ("icloud.com", 8),
            ("proton.me", 3),
            ("qq.com", 5),
            ("163.com", 3),
            ("gmx.de", 3),
            ("naver.com", 2),
        ];
        let total: u32 = D.iter().map(|d| d.1).sum();
        let mut x = self.rng.gen_range(0..total + 9);
        for (d, w) in D {
            if x < *w {
                return (*d).to_string();
            }
            x -= w;
        }
        // A small share of personal or small-business domains.
        format!(
            "{}.{}",
            self.id("", 7),
            ["com", "net", "io", "dev"]
                .choose(&mut self.rng)
                .copied()
                .unwrap_or("com")
        )
    }

    /// The letter/digit shape of a plausible human email local part.
    pub fn human_shape(&mut self) -> String {
        let r = &mut self.rng;
        let word = |r: &mut ChaCha8Rng, lo: usize, hi: usize| "a".repeat(r.gen_range(lo..=hi));
        match r.gen_range(0..6) {
            0 => format!("{}.{}", word(r, 3, 7), word(r, 4, 9)),
            1 => format!("{}{}", word(r, 4, 10), "9".repeat(r.gen_range(1..=4))),
            2 => word(r, 5, 12),
            3 => format!("{}_{}", word(r, 3, 6), word(r, 3, 8)),
            4 => format!(
                "{}.{}{}",
                word(r, 1, 1),
                word(r, 4, 9),
                "9".repeat(r.gen_range(0..=2))
            ),
            _ => format!("{}{}", word(r, 6, 12), "9".repeat(r.gen_range(2..=2))),
        }
    }

    /// Records a campaign's extra truth.
    pub fn add_campaign(&mut self, c: CampaignTruth) {
        self.campaigns.push(c);
    }
}

/// Day offset → epoch ms from the world start.
pub fn at_day(start: i64, day: f64) -> i64 {
    start + (day * Timestamp::DAY as f64) as i64
}

//! Preset scenarios for `simulate --scenario`: distillation campaigns and benign look-alikes
//! written from the public threat description only, added to the ordinary benign background.
//!
//! Each scenario names the attack population(s) it adds and the hard benign look-alike(s) that
//! share its most visible traits. Their text comes from a corpus of their own
//! (`corpus/scenario/`) and from wording composed per request (`text`).

mod attack;
mod benign;
pub mod text;

use std::net::IpAddr;
use std::sync::Arc;

use dg_model::{NetKind, Timestamp};
use rand::seq::SliceRandom;
use rand::Rng;

use crate::config::ScenarioSpec;
use crate::netpool::{addr_in, subnet_in};
use crate::world::{CampaignTruth, World};
use crate::SimError;

pub use text::ScenarioText;

/// A preset scenario: a name, what it shows, and the populations it adds.
#[derive(Debug, Clone, Copy)]
pub struct Scenario {
    pub name: &'static str,
    pub about: &'static str,
    pub attacks: &'static [Pop],
    pub benign: &'static [Pop],
}

/// One scenario population (its truth group has the same name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pop {
    WaveHydra,
    ResidentialAgentic,
    SingleUseFarm,
    ModelPivot,
    EduProgramme,
    HiddenShare,
    SlowCrowd,
    StartupAgents,
    AgentPlatform,
    Bootcamp,
    ResearchSweep,
    Hackathon,
}

impl Pop {
    /// The truth group name.
    pub fn group(self) -> &'static str {
        match self {
            Self::WaveHydra => "wave_hydra",
            Self::ResidentialAgentic => "residential_agentic",
            Self::SingleUseFarm => "single_use_farm",
            Self::ModelPivot => "model_pivot",
            Self::EduProgramme => "edu_programme",
            Self::HiddenShare => "hidden_share",
            Self::SlowCrowd => "slow_crowd",
            Self::StartupAgents => "startup_agents",
            Self::AgentPlatform => "agent_platform",
            Self::Bootcamp => "bootcamp",
            Self::ResearchSweep => "research_sweep",
            Self::Hackathon => "hackathon",
        }
    }
}

/// Every preset scenario, in the order `--scenario list` prints them.
pub const SCENARIOS: &[Scenario] = &[
    Scenario {
        name: "wave_hydra",
        about: "reseller hydra of ~500 accounts signed up in waves of ~50 on a few cards each; mostly customer chat, ~a quarter long coding-agent sessions, one shared pool of hosting exits (look-alike: an AI startup on one card and one cloud egress running coding agents)",
        attacks: &[Pop::WaveHydra],
        benign: &[Pop::StartupAgents],
    },
    Scenario {
        name: "residential_agentic",
        about: "~250 accounts harvesting multi-turn tool use through rotating residential proxies with one rare TLS fingerprint, mixed sign-up channels, card-sharing groups; late in the week asks for the reasoning behind each tool call (look-alike: an agent platform on one cloud range and one SDK)",
        attacks: &[Pop::ResidentialAgentic],
        benign: &[Pop::AgentPlatform],
    },
    Scenario {
        name: "single_use_farm",
        about: "~1500 throwaway accounts, each created just before use and making 1-3 requests of rubric grading, safe rewrites or reasoning (look-alikes: a bootcamp class signing up in one hour on campus NAT, a hackathon of ~160 signing up within two hours at the venue)",
        attacks: &[Pop::SingleUseFarm],
        benign: &[Pop::Bootcamp, Pop::Hackathon],
    },
    Scenario {
        name: "model_pivot",
        about: "~120 accounts behind VPN exits from a restricted region harvesting reasoning, moving half their traffic to the new model within a day of its release (look-alike: a research group re-running a reasoning sweep on the new model)",
        attacks: &[Pop::ModelPivot],
        benign: &[Pop::ResearchSweep],
    },
    Scenario {
        name: "edu_programme",
        about: "~150 accounts abusing the education and research programmes with made-up academic addresses, running data generation and reasoning harvest from GPU clouds (look-alikes: a research group's sweep, a bootcamp class)",
        attacks: &[Pop::EduProgramme],
        benign: &[Pop::ResearchSweep, Pop::Bootcamp],
    },
    Scenario {
        name: "hidden_share",
        about: "~80 app-like accounts, each serving real customer chat and hiding a 10-20% harvesting share inside it (look-alike: an agent platform's backends)",
        attacks: &[Pop::HiddenShare],
        benign: &[Pop::AgentPlatform],
    },
    Scenario {
        name: "slow_crowd",
        about: "~200 independent-looking accounts, each a few requests a day at human hours from its own home address, most of them harvesting",
        attacks: &[Pop::SlowCrowd],
        benign: &[],
    },
    Scenario {
        name: "all_new",
        about: "every scenario population above in one data set",
        attacks: &[
            Pop::WaveHydra,
            Pop::ResidentialAgentic,
            Pop::SingleUseFarm,
            Pop::ModelPivot,
            Pop::EduProgramme,
            Pop::HiddenShare,
            Pop::SlowCrowd,
        ],
        benign: &[
            Pop::StartupAgents,
            Pop::AgentPlatform,
            Pop::Bootcamp,
            Pop::ResearchSweep,
            Pop::Hackathon,
        ],
    },
];

/// Adds the scenario's populations to the world (the background is already there).
pub fn build(w: &mut World, spec: &ScenarioSpec) -> Result<(), SimError> {
    let sc = SCENARIOS
        .iter()
        .find(|s| s.name == spec.name)
        .ok_or_else(|| SimError::Config(format!("unknown scenario {:?}", spec.name)))?;
    let text = Arc::new(ScenarioText::embedded()?);
    let size = spec.size.clamp(0.01, 100.0);
    // Populations added after the first release of the scenarios come last, so the earlier
    // ones still draw the same accounts and traffic from the world's random stream.
    let (late, early): (Vec<Pop>, Vec<Pop>) = sc
        .benign
        .iter()
        .chain(sc.attacks.iter())
        .partition(|p| matches!(p, Pop::Hackathon));
    for p in early.iter().chain(late.iter()) {
        match p {
            Pop::WaveHydra => attack::wave_hydra(w, &text, size),
            Pop::ResidentialAgentic => attack::residential_agentic(w, &text, size),
            Pop::SingleUseFarm => attack::single_use_farm(w, &text, size),
            Pop::ModelPivot => attack::model_pivot(w, &text, size),
            Pop::EduProgramme => attack::edu_programme(w, &text, size),
            Pop::HiddenShare => attack::hidden_share(w, &text, size),
            Pop::SlowCrowd => attack::slow_crowd(w, &text, size),
            Pop::StartupAgents => benign::startup_agents(w, size),
            Pop::AgentPlatform => benign::agent_platform(w, &text, size),
            Pop::Bootcamp => benign::bootcamp(w, size),
            Pop::ResearchSweep => benign::research_sweep(w, &text, size),
            Pop::Hackathon => benign::hackathon(w, size),
        }
    }
    Ok(())
}

/// `n` scaled by `size`, at least 1.
fn sized(n: u32, size: f64) -> u32 {
    ((f64::from(n) * size).round() as u32).max(1)
}

/// `per_net` addresses in each of `nets` random /24s of `kind` ranges.
fn address_pool(
    w: &mut World,
    kind: NetKind,
    country: Option<&str>,
    nets: usize,
    per_net: usize,
) -> Vec<IpAddr> {
    let mut ips = Vec::new();
    for _ in 0..nets {
        let net = w.net.pick_v4(&mut w.rng, kind, country).cidr;
        let sub = subnet_in(&mut w.rng, &net);
        for _ in 0..per_net {
            ips.push(addr_in(&mut w.rng, &sub));
        }
    }
    ips.sort();
    ips.dedup();
    ips
}

/// Records a campaign's truth.
fn campaign(w: &mut World, id: &str, group: &str, accounts: usize, from: i64, pivot: Option<i64>) {
    let end = w.end;
    w.add_campaign(CampaignTruth {
        campaign: id.to_string(),
        group: group.to_string(),
        accounts,
        active_from: Timestamp(from.min(end)),
        active_until: Timestamp(end),
        successor_of: None,
        pivot_at: pivot.filter(|p| *p < end).map(Timestamp),
    });
}

/// A made-up domain with a random stem and one of `tlds`.
fn domain(w: &mut World, tlds: &[&str]) -> String {
    let len = w.rng.gen_range(5..9);
    let stem = w.id("", len);
    let tld = tlds.choose(&mut w.rng).copied().unwrap_or("com");
    format!("{stem}.{tld}")
}

//! Simulation settings: a scale preset, overridable field by field from `sim.toml`.

use serde::{Deserialize, Serialize};

use crate::SimError;

/// Preset sizes; `large` is ≥ 5 M events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    #[default]
    Small,
    Medium,
    Large,
}

impl std::str::FromStr for Scale {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "small" => Ok(Self::Small),
            "medium" => Ok(Self::Medium),
            "large" => Ok(Self::Large),
            _ => Err(format!("unknown scale {s:?} (small, medium, large)")),
        }
    }
}

/// Size and intensity of one population.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pop {
    /// Accounts in the population (for campaigns: accounts of the campaign).
    pub accounts: u32,
    /// Mean requests per day: per account for people, per campaign or org for pooled traffic.
    pub rate_per_day: f64,
}

impl Pop {
    const fn new(accounts: u32, rate_per_day: f64) -> Self {
        Self {
            accounts,
            rate_per_day,
        }
    }
}

/// Every population's size; a zero-account population is left out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Populations {
    pub individual: Pop,
    pub app_backend: Pop,
    pub enterprise: Pop,
    pub university: Pop,
    pub eval_company: Pop,
    pub reseller_legit: Pop,
    pub coding_power_user: Pop,
    /// People who sign up during the window: `accounts` sign-ups spread over the week (and
    /// the day before it); `rate_per_day` scales how many requests each makes in all (5.0 is
    /// the built-in shape: about half of those who send anything send one or two, and a few
    /// sign up and never call the API).
    pub new_signup: Pop,
    pub reasoning_harvester: Pop,
    pub agentic_harvester: Pop,
    pub reseller_hydra: Pop,
    pub low_and_slow: Pop,
    pub vpn_heavy: Pop,
    pub standby_pool: Pop,
}

/// The whole simulation configuration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SimConfig {
    pub seed: u64,
    /// First instant of the simulated window (RFC 3339; a Monday 00:00 UTC reads best).
    pub start: String,
    pub days: u32,
    /// Day offset (fractional) at which the new model is released.
    pub release_day: f64,
    /// Day offset at which the reasoning campaign is banned and its standby pool takes over.
    pub ban_day: f64,
    /// Share of events written out of order by up to `max_disorder_s` seconds.
    pub disorder_share: f64,
    pub max_disorder_s: u32,
    /// Share of timestamps written as epoch milliseconds rather than RFC 3339.
    pub epoch_ms_share: f64,
    /// Write `events.jsonl.gz` instead of `events.jsonl`.
    pub gzip: bool,
    /// Share of the reseller hydra's traffic that is distillation; the rest is its customers'.
    #[serde(default = "default_hydra_distill_share")]
    pub hydra_distill_share: f64,
    pub populations: Populations,
    /// Seeds what identifies the reasoning harvester's operator (its prompt frames, system
    /// prompt, output budget and main client fingerprint) apart from `seed`: two worlds with
    /// different seeds and the same operator seed are two providers hit by one operator with
    /// all-new accounts, cards and addresses (the two-provider sharing test).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator_seed: Option<u64>,
    /// A preset scenario whose populations join the benign background (`simulate --scenario`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scenario: Option<ScenarioSpec>,
}

/// Which preset scenario to add, and how large.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioSpec {
    /// A name from [`crate::scenario::SCENARIOS`].
    pub name: String,
    /// Multiplier of the scenario populations' sizes (1 at `small`).
    pub size: f64,
}

fn default_hydra_distill_share() -> f64 {
    0.6
}

impl SimConfig {
    /// The preset for a scale.
    pub fn preset(scale: Scale, seed: u64) -> Self {
        let p = match scale {
            Scale::Small => Populations {
                individual: Pop::new(600, 6.0),
                app_backend: Pop::new(8, 400.0),
                enterprise: Pop::new(60, 12.0),
                university: Pop::new(80, 5.0),
                eval_company: Pop::new(4, 300.0),
                reseller_legit: Pop::new(1, 2500.0),
                coding_power_user: Pop::new(15, 120.0),
                new_signup: Pop::new(50, 5.0),
                reasoning_harvester: Pop::new(40, 2200.0),
                agentic_harvester: Pop::new(30, 1500.0),
                reseller_hydra: Pop::new(50, 2500.0),
                low_and_slow: Pop::new(10, 25.0),
                vpn_heavy: Pop::new(1, 900.0),
                standby_pool: Pop::new(20, 2200.0),
            },
            Scale::Medium => Populations {
                individual: Pop::new(6000, 6.0),
                app_backend: Pop::new(60, 600.0),
                enterprise: Pop::new(300, 12.0),
                university: Pop::new(400, 5.0),
                eval_company: Pop::new(10, 800.0),
                reseller_legit: Pop::new(1, 12000.0),
                coding_power_user: Pop::new(150, 120.0),
                new_signup: Pop::new(480, 5.0),
                reasoning_harvester: Pop::new(200, 12000.0),
                agentic_harvester: Pop::new(150, 8000.0),
                reseller_hydra: Pop::new(300, 15000.0),
                low_and_slow: Pop::new(40, 25.0),
                vpn_heavy: Pop::new(1, 3000.0),
                standby_pool: Pop::new(100, 12000.0),
            },
            Scale::Large => Populations {
                individual: Pop::new(34000, 6.0),
                app_backend: Pop::new(300, 800.0),
                enterprise: Pop::new(900, 12.0),
                university: Pop::new(1500, 5.0),
                eval_company: Pop::new(20, 1500.0),
                reseller_legit: Pop::new(2, 30000.0),
                coding_power_user: Pop::new(600, 120.0),
                new_signup: Pop::new(2700, 5.0),
                reasoning_harvester: Pop::new(800, 50000.0),
                agentic_harvester: Pop::new(600, 30000.0),
                reseller_hydra: Pop::new(1200, 60000.0),
                low_and_slow: Pop::new(120, 25.0),
                vpn_heavy: Pop::new(2, 6000.0),
                standby_pool: Pop::new(400, 50000.0),
            },
        };
        Self {
            seed,
            start: "2026-03-02T00:00:00Z".into(),
            days: 7,
            release_day: 3.6,
            ban_day: 4.5,
            disorder_share: 0.02,
            max_disorder_s: 180,
            epoch_ms_share: 0.05,
            gzip: matches!(scale, Scale::Large),
            hydra_distill_share: default_hydra_distill_share(),
            populations: p,
            operator_seed: None,
            scenario: None,
        }
    }

    /// A scenario preset: the scale's benign background, no default campaigns, and the
    /// scenario's own populations (sized 1×, 3× or 10× for small, medium, large).
    pub fn scenario(name: &str, scale: Scale, seed: u64) -> Result<Self, SimError> {
        if !crate::scenario::SCENARIOS.iter().any(|s| s.name == name) {
            return Err(SimError::Config(format!(
                "unknown scenario {name:?} (try `--scenario list`)"
            )));
        }
        let mut c = Self::preset(scale, seed);
        let p = &mut c.populations;
        for pop in [
            &mut p.reasoning_harvester,
            &mut p.agentic_harvester,
            &mut p.reseller_hydra,
            &mut p.low_and_slow,
            &mut p.vpn_heavy,
            &mut p.standby_pool,
        ] {
            pop.accounts = 0;
        }
        c.scenario = Some(ScenarioSpec {
            name: name.to_string(),
            size: match scale {
                Scale::Small => 1.0,
                Scale::Medium => 3.0,
                Scale::Large => 10.0,
            },
        });
        Ok(c)
    }

    /// The preset overridden by any fields a `sim.toml` sets.
    pub fn from_toml(scale: Scale, seed: u64, text: &str) -> Result<Self, SimError> {
        let base = toml::Value::try_from(Self::preset(scale, seed))
            .map_err(|e| SimError::Config(e.to_string()))?;
        let over: toml::Value = text
            .parse()
            .map_err(|e: toml::de::Error| SimError::Config(e.to_string()))?;
        merge(&mut base.clone(), &over)
            .try_into()
            .map_err(|e: toml::de::Error| SimError::Config(e.to_string()))
    }
}

/// Overlays `over` onto `base`, table by table.
fn merge(base: &mut toml::Value, over: &toml::Value) -> toml::Value {
    match (base, over) {
        (toml::Value::Table(b), toml::Value::Table(o)) => {
            for (k, v) in o {
                let merged = match b.get_mut(k) {
                    Some(existing) => merge(existing, v),
                    None => v.clone(),
                };
                b.insert(k.clone(), merged);
            }
            toml::Value::Table(b.clone())
        }
        (_, o) => o.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_overrides_only_what_it_names() {
        let c = SimConfig::from_toml(
            Scale::Small,
            7,
            "days = 3\n[populations.enterprise]\naccounts = 5\nrate_per_day = 1.0\n",
        )
        .unwrap();
        assert_eq!(c.days, 3);
        assert_eq!(c.populations.enterprise.accounts, 5);
        assert_eq!(
            c.populations.university,
            SimConfig::preset(Scale::Small, 7).populations.university
        );
        assert!(SimConfig::from_toml(Scale::Small, 7, "dayz = 3").is_err());
    }
}

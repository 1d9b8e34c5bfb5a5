//! Arrival processes: steady machines, people who sleep, offices that close at weekends.

use dg_model::Timestamp;
use rand::Rng;
use rand_distr::{Distribution, Exp};

/// Relative activity of a person by local hour (people sleep; schedulers do not).
pub const HUMAN: [f64; 24] = [
    0.15, 0.08, 0.05, 0.04, 0.04, 0.06, 0.15, 0.35, 0.6, 0.8, 0.9, 0.95, 0.85, 0.9, 0.95, 0.9,
    0.85, 0.8, 0.8, 0.9, 1.0, 0.95, 0.7, 0.35,
];

/// Office hours on weekdays.
pub const OFFICE: [f64; 24] = [
    0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.03, 0.2, 0.7, 1.0, 1.0, 0.95, 0.6, 0.9, 1.0, 1.0, 0.9,
    0.6, 0.25, 0.1, 0.08, 0.05, 0.03, 0.02,
];

/// A service's end users spread over time zones: busier in the day, never asleep.
pub const SERVICE: [f64; 24] = [
    0.5, 0.45, 0.42, 0.4, 0.42, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0, 1.0, 1.0, 0.98, 0.95, 0.92,
    0.9, 0.88, 0.85, 0.8, 0.72, 0.62, 0.55,
];

/// Flat: a script or a load-balanced harvester.
pub const FLAT: [f64; 24] = [1.0; 24];

/// A rate profile: hourly weights in a local time zone, optionally quieter at weekends.
#[derive(Debug, Clone, Copy)]
pub struct Profile {
    pub hours: &'static [f64; 24],
    pub tz_minutes: i32,
    /// Multiplier for Saturday and Sunday (1.0 = no weekend effect).
    pub weekend: f64,
}

impl Profile {
    /// Flat around the clock.
    pub const FLAT: Profile = Profile {
        hours: &FLAT,
        tz_minutes: 0,
        weekend: 1.0,
    };

    fn mean(&self) -> f64 {
        self.hours.iter().sum::<f64>() / 24.0
    }

    fn max(&self) -> f64 {
        self.hours.iter().copied().fold(0.0, f64::max)
    }

    /// Relative weight at an instant.
    pub fn weight(&self, t_ms: i64) -> f64 {
        let local = t_ms + i64::from(self.tz_minutes) * Timestamp::MINUTE;
        let hour = (local.rem_euclid(Timestamp::DAY) / Timestamp::HOUR) as usize;
        // 1970-01-01 was a Thursday: day 0 → Thu, so (days + 3) % 7 gives Mon = 0.
        let dow = (local.div_euclid(Timestamp::DAY) + 3).rem_euclid(7);
        let w = self.hours[hour];
        if dow >= 5 {
            w * self.weekend
        } else {
            w
        }
    }

    /// Next arrival after `t_ms` of a process with mean `per_day` events a day (thinning).
    pub fn next_after(&self, rng: &mut impl Rng, t_ms: i64, per_day: f64) -> i64 {
        let per_day = per_day.max(1e-6);
        let mean = self.mean().max(1e-9);
        let max_rate_ms = per_day * self.max() / mean / Timestamp::DAY as f64;
        let exp = Exp::new(max_rate_ms.max(1e-15))
            .unwrap_or_else(|_| Exp::new(1e-9).expect("positive rate"));
        let mut t = t_ms as f64;
        let wmax = self.max().max(1e-9);
        for _ in 0..10_000 {
            t += exp.sample(rng).max(1.0);
            if t > 1e15 {
                break;
            }
            if rng.gen::<f64>() * wmax <= self.weight(t as i64) {
                return t as i64;
            }
        }
        t as i64
    }
}

/// A log-normal multiplier with mean 1 (heavy-tailed per-account activity).
pub fn lognormal_mult(rng: &mut impl Rng, sigma: f64) -> f64 {
    let d = rand_distr::LogNormal::new(-sigma * sigma / 2.0, sigma).expect("valid sigma");
    d.sample(rng)
}

/// A log-normal sample with the given median.
pub fn lognormal(rng: &mut impl Rng, median: f64, sigma: f64) -> f64 {
    let d = rand_distr::LogNormal::new(median.max(1e-9).ln(), sigma).expect("valid sigma");
    d.sample(rng)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn humans_are_quiet_at_night_and_flat_is_flat() {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(1);
        let p = Profile {
            hours: &HUMAN,
            tz_minutes: 0,
            weekend: 1.0,
        };
        let mut t = 0;
        let mut by_hour = [0u32; 24];
        for _ in 0..20_000 {
            t = p.next_after(&mut rng, t, 50.0);
            by_hour[((t % Timestamp::DAY) / Timestamp::HOUR) as usize] += 1;
        }
        assert!(by_hour[3] * 10 < by_hour[20], "{by_hour:?}");
        let days = t as f64 / Timestamp::DAY as f64;
        assert!(
            (20_000.0 / days - 50.0).abs() < 5.0,
            "rate {}",
            20_000.0 / days
        );
    }
}

//! Shared choices of what people ask and which model they ask it of.

use std::net::IpAddr;

use rand::seq::SliceRandom;
use rand::Rng;

use crate::corpus::{Corpus, Item};
use crate::frames;
use crate::request::Req;
use crate::world::{MODEL_MAIN, MODEL_MINI, MODEL_NEW};

/// A random element of a non-empty corpus list (the corpus check guarantees the main kinds).
pub fn pick<'a>(rng: &mut impl Rng, items: &'a [Item]) -> Option<&'a Item> {
    items.choose(rng)
}

/// The everyday mix of an ordinary user: questions, writing, code, math, follow-ups.
pub fn casual_request(
    rng: &mut impl Rng,
    c: &Corpus,
    turn: u32,
    prev: Option<&Item>,
) -> (Req, Option<Item>) {
    if turn > 1 {
        let text = prev
            .and_then(|p| p.followup.clone())
            .filter(|_| rng.gen_bool(0.6))
            .unwrap_or_else(|| {
                frames::FOLLOWUPS
                    .choose(rng)
                    .copied()
                    .unwrap_or("Thanks!")
                    .to_string()
            });
        return (
            Req::chat(super::variety::followup(rng, &text)),
            prev.cloned(),
        );
    }
    let x: f64 = rng.gen();
    let item = if x < 0.38 {
        pick(rng, &c.question)
    } else if x < 0.58 {
        pick(rng, &c.writing)
    } else if x < 0.74 {
        pick(rng, &c.code)
    } else if x < 0.86 {
        pick(rng, &c.math)
    } else {
        pick(rng, &c.tool_request)
    };
    let Some(item) = item else {
        return (Req::chat("Hello!".into()), None);
    };
    let mut req = Req::chat(super::variety::personalize(rng, &item.text, item.kind));
    if matches!(item.kind, crate::corpus::ItemKind::Writing) {
        req.out_median = 900.0;
        req.max_tokens = *[2048, 4096, 8192].choose(rng).unwrap_or(&4096);
    }
    (req, Some(item.clone()))
}

/// Which model a person uses at `t`: new-model adoption ramps up over days after release.
pub fn person_model(rng: &mut impl Rng, t: i64, release: i64, adopt: f64) -> &'static str {
    if t >= release {
        let days = (t - release) as f64 / dg_model::Timestamp::DAY as f64;
        if rng.gen::<f64>() < adopt * (days / 3.0).min(1.0) {
            return MODEL_NEW;
        }
    }
    if rng.gen_bool(0.15) {
        MODEL_MINI
    } else {
        MODEL_MAIN
    }
}

/// A random element of a small address list.
pub fn pick_ip(rng: &mut impl Rng, ips: &[IpAddr]) -> IpAddr {
    ips.choose(rng)
        .copied()
        .unwrap_or(IpAddr::from([192, 0, 2, 1]))
}

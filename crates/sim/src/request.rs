//! Building one event: token accounting, output lengths and the client a request came from.

use std::net::IpAddr;

use dg_model::{Event, Timestamp};
use rand::Rng;

use crate::timing::lognormal;

/// A client library as seen by the edge: User-Agent and TLS fingerprint travel together.
#[derive(Debug, Clone, Copy)]
pub struct Client {
    pub ua: &'static str,
    pub fp: &'static str,
}

/// Popular clients; the fingerprints are shared by very many accounts, as in real traffic.
pub const CLIENTS: &[Client] = &[
    Client { ua: "anthropic-python/0.49.0", fp: "t13d1516h2_8daaf6152771_02713d6af862" },
    Client { ua: "anthropic-typescript/0.39.0", fp: "t13d1715h2_5b57614c22b0_3d5424432f57" },
    Client { ua: "OpenAI/Python 1.40.0", fp: "t13d1516h2_8daaf6152771_e5627efa2ab1" },
    Client {
        ua: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        fp: "t13d1517h2_8daaf6152771_b0da82dd1658",
    },
    Client {
        ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
        fp: "t13d2014h2_a09f3c656075_14788d8d241b",
    },
    Client { ua: "python-httpx/0.27.0", fp: "t13d1516h2_8daaf6152771_02713d6af862" },
    Client { ua: "python-requests/2.31.0", fp: "t13d1516h2_8daaf6152771_4b22cbed5bed" },
    Client { ua: "Go-http-client/2.0", fp: "t13d1312h2_f57a46bbacb6_ab7e3ef4a7d1" },
    Client { ua: "langchain-anthropic/0.3.1", fp: "t13d1516h2_8daaf6152771_02713d6af862" },
];

/// The coding agent client used by power users.
pub const CODING_AGENT: Client = Client {
    ua: "claude-code/1.0.31",
    fp: "t13d1715h2_5b57614c22b0_7121afd63204",
};

/// Picks a popular client with realistic weights.
pub fn pick_client(rng: &mut impl Rng, scripted: bool) -> Client {
    let weights: [u32; 9] = if scripted {
        [30, 10, 20, 0, 0, 15, 15, 5, 5]
    } else {
        [10, 5, 8, 35, 25, 3, 6, 1, 2]
    };
    let total: u32 = weights.iter().sum();
    let mut x = rng.gen_range(0..total);
    for (i, w) in weights.iter().enumerate() {
        if x < *w {
            return CLIENTS[i];
        }
        x -= w;
    }
    CLIENTS[0]
}

/// Rough token count of text (about 4 ASCII chars or ~1 CJK char per token).
pub fn est_tokens(text: &str) -> u64 {
    let mut ascii = 0u64;
    let mut other = 0u64;
    for c in text.chars() {
        if c.is_ascii() {
            ascii += 1;
        } else {
            other += 1;
        }
    }
    (ascii / 4 + other * 4 / 5).max(1)
}

/// A request under construction; `finish` fills tokens and the stop reason.
#[derive(Debug, Clone, Default)]
pub struct Req {
    pub prompt: String,
    pub system: Option<String>,
    pub turns: u32,
    pub tools: Vec<String>,
    pub tool_calls: u32,
    pub has_image: bool,
    pub max_tokens: u32,
    /// Tokens of earlier turns carried in the context.
    pub history_tokens: u64,
    /// Median output length in tokens, and spread.
    pub out_median: f64,
    pub out_sigma: f64,
    /// Median extended-thinking tokens; 0 = thinking not requested.
    pub think_median: f64,
    pub tool_stop: bool,
}

/// Who sends it and from where.
#[derive(Debug, Clone)]
pub struct Origin<'a> {
    pub account_id: &'a str,
    pub api_key_id: &'a str,
    pub ip: IpAddr,
    pub client: Client,
    pub model: &'a str,
}

impl Req {
    /// A plain single-turn request with typical chat output.
    pub fn chat(prompt: String) -> Self {
        Self {
            prompt,
            turns: 1,
            max_tokens: 1024,
            out_median: 350.0,
            out_sigma: 0.7,
            ..Self::default()
        }
    }

    /// Fills in tokens and outcome and makes the event.
    pub fn finish(self, rng: &mut impl Rng, ts: i64, o: &Origin<'_>) -> Event {
        let input = est_tokens(&self.prompt)
            + self.system.as_deref().map_or(0, est_tokens)
            + self.history_tokens
            + if self.has_image { 1200 } else { 0 }
            + 8 * self.tools.len() as u64;
        let think = if self.think_median > 0.0 {
            Some(lognormal(rng, self.think_median, 0.5) as u64)
        } else {
            None
        };
        let want =
            lognormal(rng, self.out_median.max(1.0), self.out_sigma) as u64 + think.unwrap_or(0);
        let cap = u64::from(self.max_tokens.max(1));
        let (output, stop) = if want >= cap {
            (cap, "max_tokens")
        } else if self.tool_stop && self.tool_calls > 0 {
            (want.max(20), "tool_use")
        } else {
            (want.max(1), "end_turn")
        };
        Event {
            request_id: format!("req_{:016x}", rng.gen::<u64>()),
            ts: Timestamp(ts),
            account_id: o.account_id.to_string(),
            api_key_id: Some(o.api_key_id.to_string()),
            ip: o.ip,
            user_agent: Some(o.client.ua.to_string()),
            client_fingerprint: Some(o.client.fp.to_string()),
            model: o.model.to_string(),
            prompt: self.prompt,
            system: self.system,
            turns: Some(self.turns.max(1)),
            tools: self.tools,
            tool_calls: (self.tool_calls > 0).then_some(self.tool_calls),
            has_image: self.has_image.then_some(true),
            max_tokens: Some(self.max_tokens),
            input_tokens: input,
            output_tokens: output,
            thinking_tokens: think,
            stop_reason: Some(stop.to_string()),
        }
    }
}

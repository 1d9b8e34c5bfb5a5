//! `report.html`: one self-contained page that a trust-and-safety lead can read in five
//! minutes, rendered from the same findings the scan writes to the JSON files.
//!
//! The page loads nothing: no scripts at all, styles inline, charts as inline SVG (`svg`),
//! and a Content-Security-Policy that forbids every fetch, so even an escaping bug could not
//! load or run anything. Every input string goes through [`html::escape`] (see `html`).

mod html;
mod rejects;
mod repro;
mod svg;

use std::collections::{BTreeMap, HashMap};

use dg_model::{AccountFinding, ClusterFinding, ClusterLink, Decision, Summary, Timestamp};

pub use rejects::RejectStats;
pub use repro::Repro;

use html::Html;
use svg::{TimeAxis, TimelineRow};

/// Accounts listed in the top-accounts table.
pub const TOP_ACCOUNTS: usize = 50;
/// Campaigns with a full card (all are in the table).
const CAMPAIGN_CARDS: usize = 20;
/// Campaigns listed in the table at most.
const CAMPAIGN_ROWS: usize = 1000;
/// Campaigns in the overview timeline.
const TIMELINE_ROWS: usize = 30;
/// Shared values drawn in one evidence graph.
const GRAPH_NODES: usize = 14;
/// Aggregate reasons listed per campaign.
const CAMPAIGN_REASONS: usize = 8;
/// Reasons of a top account shown before "more".
const INLINE_REASONS: usize = 3;
/// Members listed per campaign card.
const CARD_MEMBERS: usize = 100;

/// The policy in the page's `<meta>`: nothing may be fetched; inline styles and data images
/// only (no script source at all).
const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/// Everything the page shows, borrowed from the scan.
pub struct ReportInput<'a> {
    /// The counts of `summary.json`.
    pub summary: &'a Summary,
    /// The findings the page shows, in the order of `accounts.jsonl` (score descending, then
    /// id): at least the first [`TOP_ACCOUNTS`] and the members of flagged clusters. A scan
    /// streams every finding to the file and keeps only these.
    pub findings: &'a [AccountFinding],
    /// Accounts per decision, over all findings.
    pub decisions: &'a DecisionCounts,
    /// Every cluster, as in `clusters.jsonl`.
    pub clusters: &'a [ClusterFinding],
    /// Rejected lines of all inputs.
    pub rejects: &'a RejectStats,
    /// The command line and input fingerprints.
    pub repro: &'a Repro,
}

/// Accounts per decision, counted while the findings stream past.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DecisionCounts {
    counts: BTreeMap<Decision, u64>,
}

impl DecisionCounts {
    /// Counts one account's decision.
    pub fn add(&mut self, d: Decision) {
        *self.counts.entry(d).or_default() += 1;
    }

    /// The counts of a list of findings.
    #[cfg(test)]
    pub fn of(findings: &[AccountFinding]) -> Self {
        let mut c = Self::default();
        for f in findings {
            c.add(f.decision);
        }
        c
    }

    /// Accounts with this decision.
    pub fn get(&self, d: Decision) -> u64 {
        self.counts.get(&d).copied().unwrap_or(0)
    }

    /// Accounts whose decision is not `allow`.
    pub fn flagged(&self) -> u64 {
        self.counts
            .iter()
            .filter(|(d, _)| d.is_flagged())
            .map(|(_, n)| n)
            .sum()
    }
}

/// The whole page.
pub fn render(r: &ReportInput<'_>) -> String {
    let by_id: HashMap<&str, &AccountFinding> = r
        .findings
        .iter()
        .map(|f| (f.account_id.as_str(), f))
        .collect();
    let mut campaigns: Vec<&ClusterFinding> = r
        .clusters
        .iter()
        .filter(|c| c.decision.is_flagged())
        .collect();
    campaigns.sort_by(|a, b| {
        b.accounts
            .len()
            .cmp(&a.accounts.len())
            .then(b.score.total_cmp(&a.score))
            .then(a.cluster_id.cmp(&b.cluster_id))
    });
    let mut h = Html::default();
    head(&mut h);
    h.raw("<body><main>");
    h.raw("<h1>distillguard scan report</h1><p class=\"sub\">Distillation campaigns found in ")
        .count(r.summary.lines_read)
        .raw(" event lines. Self-contained page: no scripts, nothing loaded.</p>");
    headline(&mut h, r, &campaigns);
    campaigns_section(&mut h, &campaigns, &by_id);
    let rank: HashMap<&str, usize> = campaigns
        .iter()
        .enumerate()
        .map(|(i, c)| (c.cluster_id.as_str(), i + 1))
        .collect();
    accounts_section(&mut h, r.findings, &rank);
    rejected_section(&mut h, r);
    repro_section(&mut h, r.repro);
    h.raw("<footer class=\"muted\">distillguard ")
        .text(r.repro.version)
        .raw(
            ". Details for every account and cluster are in accounts.jsonl and clusters.jsonl \
              next to this file.</footer>",
        );
    h.raw("</main></body></html>\n");
    h.finish()
}

fn head(h: &mut Html) {
    h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .raw(CSP)
        .raw("\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>distillguard scan report</title>\n<style>")
        .raw(STYLE)
        .raw("</style></head>\n");
}

const STYLE: &str = "\
body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;color:#1d1d1f;background:#f5f6f8;margin:0}
main{max-width:1140px;margin:0 auto;padding:18px 24px 60px}
h1{font-size:24px;margin:6px 0 2px}
h2{font-size:19px;margin:34px 0 10px;padding-bottom:4px;border-bottom:2px solid #d9dce1}
h3{font-size:16px;margin:0 0 6px}
h4{font-size:13px;margin:12px 0 4px;color:#444;text-transform:uppercase;letter-spacing:.03em}
.sub{color:#555;margin:0 0 14px}
.tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(160px,1fr));gap:10px;margin:10px 0}
.tile{background:#fff;border:1px solid #e1e4e8;border-radius:8px;padding:9px 12px}
.tile .n{font-size:22px;font-weight:650;font-variant-numeric:tabular-nums}
.tile .l{color:#5f6368;font-size:11.5px;text-transform:uppercase;letter-spacing:.04em}
.tile.hot{border-color:#e6a3a3;background:#fff5f5}
.lead{background:#fff;border-left:4px solid #b2182b;padding:8px 12px;margin:12px 0}
table{border-collapse:collapse;width:100%;background:#fff;font-size:13px;border:1px solid #e1e4e8}
th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #eceef1;vertical-align:top}
th{background:#eef0f3;font-weight:600;font-size:12px;white-space:nowrap}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.id{font-family:ui-monospace,'DejaVu Sans Mono',Menlo,Consolas,monospace;font-size:12px;word-break:break-all}
.nowrap{white-space:nowrap}
th.wide{min-width:12em}
.badge{display:inline-block;padding:0 8px;border-radius:10px;font-size:12px;font-weight:600;color:#fff;line-height:18px}
.b-allow{background:#8a8f98}.b-review{background:#b07800}.b-throttle{background:#d9541a}.b-block{background:#b2182b}
.card{background:#fff;border:1px solid #e1e4e8;border-radius:8px;padding:14px 16px;margin:16px 0}
.grid2{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:18px}
.facts{color:#333;margin:0 0 8px}
.facts b{font-variant-numeric:tabular-nums}
.chart{overflow-x:auto;background:#fff;border:1px solid #e1e4e8;border-radius:8px;padding:8px}
svg{display:block;max-width:100%;height:auto}
svg text{font-family:system-ui,'DejaVu Sans',sans-serif}
svg text.axis{font-size:11px;fill:#666}
svg text.lbl{font-size:12px;fill:#333}
svg text.node-k{font-size:11px;fill:#222;font-weight:600}
svg text.node-v{font-size:10px;fill:#666;font-family:ui-monospace,'DejaVu Sans Mono',monospace}
svg text.node-in{font-size:12px;fill:#fff;font-weight:700}
ul.reasons{margin:0;padding-left:16px}
ul.reasons li{margin:1px 0}
code{font-family:ui-monospace,'DejaVu Sans Mono',Menlo,Consolas,monospace;font-size:12px;background:#f0f2f5;padding:0 3px;border-radius:3px}
.w{font-variant-numeric:tabular-nums;color:#555}
.legend{margin:6px 0;font-size:12px;color:#444}
.legend span{display:inline-block;margin-right:12px}
.legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px;vertical-align:-1px}
pre{background:#1f2430;color:#e8e8e8;padding:10px 12px;border-radius:6px;white-space:pre-wrap;overflow-wrap:anywhere;font-size:12.5px}
details summary{cursor:pointer;color:#2166ac}
.muted{color:#6b7078}
footer{margin-top:40px;font-size:12px}
";

fn tile(h: &mut Html, label: &'static str, value: u64, hot: bool) {
    h.raw(if hot {
        "<div class=\"tile hot\">"
    } else {
        "<div class=\"tile\">"
    })
    .raw("<div class=\"n\">")
    .count(value)
    .raw("</div><div class=\"l\">")
    .raw(label)
    .raw("</div></div>");
}

fn badge(h: &mut Html, d: Decision) {
    h.raw(match d {
        Decision::Allow => "<span class=\"badge b-allow\">",
        Decision::Review => "<span class=\"badge b-review\">",
        Decision::Throttle => "<span class=\"badge b-throttle\">",
        Decision::Block => "<span class=\"badge b-block\">",
    })
    .raw(d.as_str())
    .raw("</span>");
}

/// `2026-02-02T09:14:03.120Z` → `2026-02-02 09:14 UTC`.
fn when(t: Timestamp) -> String {
    let s = t.to_rfc3339();
    format!(
        "{} {} UTC",
        s.get(..10).unwrap_or_default(),
        s.get(11..16).unwrap_or_default()
    )
}

/// A span of milliseconds in hours or days.
fn span(ms: i64) -> String {
    let hours = ms as f64 / Timestamp::HOUR as f64;
    if hours < 48.0 {
        format!("{hours:.1} h")
    } else {
        format!("{:.1} days", hours / 24.0)
    }
}

fn headline(h: &mut Html, r: &ReportInput<'_>, campaigns: &[&ClusterFinding]) {
    let s = r.summary;
    let tier = |d| r.decisions.get(d);
    h.raw("<section id=\"headline\"><h2>At a glance</h2>");
    let in_campaigns: usize = campaigns.iter().map(|c| c.accounts.len()).sum();
    h.raw("<p class=\"lead\"><b><span id=\"campaign-count\">")
        .int(campaigns.len() as i64)
        .raw("</span> campaign");
    h.raw(if campaigns.len() == 1 { "" } else { "s" });
    h.raw("</b> (flagged clusters) holding ")
        .count(in_campaigns as u64)
        .raw(" accounts; ")
        .count(s.accounts_flagged)
        .raw(" of ")
        .count(s.accounts)
        .raw(" accounts flagged in all.");
    if let Some(c) = campaigns.first() {
        h.raw(" The largest has ")
            .count(c.accounts.len() as u64)
            .raw(" accounts (")
            .raw(c.decision.as_str())
            .raw(", score ")
            .fixed(c.score, 3)
            .raw(").");
    }
    if s.events_rejected > 0 || r.rejects.total() > 0 {
        h.raw(" ")
            .count(r.rejects.total())
            .raw(" input lines were rejected (<a href=\"#rejected\">why</a>).");
    }
    h.raw("</p>");
    h.raw("<div class=\"tiles\">");
    tile(h, "event lines read", s.lines_read, false);
    tile(h, "events accepted", s.events_accepted, false);
    tile(
        h,
        "events rejected",
        s.events_rejected,
        s.events_rejected > 0,
    );
    tile(h, "duplicates", s.duplicates, false);
    tile(h, "accounts", s.accounts, false);
    tile(h, "flagged: review", tier(Decision::Review), false);
    tile(h, "flagged: throttle", tier(Decision::Throttle), false);
    tile(
        h,
        "flagged: block",
        tier(Decision::Block),
        tier(Decision::Block) > 0,
    );
    tile(h, "clusters", s.clusters, false);
    tile(
        h,
        "campaigns (flagged clusters)",
        s.clusters_flagged,
        s.clusters_flagged > 0,
    );
    h.raw("<div class=\"tile\"><div class=\"n\">")
        .fixed(s.elapsed_ms as f64 / 1000.0, 1)
        .raw(" s</div><div class=\"l\">scan time</div></div>");
    h.raw("</div></section>\n");
}

/// Per-campaign figures derived from its members' findings.
struct Members<'a> {
    found: Vec<&'a AccountFinding>,
    flags: Vec<Timestamp>,
}

impl<'a> Members<'a> {
    fn of(c: &ClusterFinding, by_id: &HashMap<&str, &'a AccountFinding>) -> Self {
        let found: Vec<&AccountFinding> = c
            .accounts
            .iter()
            .filter_map(|a| by_id.get(a.as_str()).copied())
            .collect();
        let mut flags: Vec<Timestamp> = found.iter().filter_map(|f| f.first_flagged_at).collect();
        flags.sort_unstable();
        Self { found, flags }
    }

    /// (code, members with it, mean weight), by total weight.
    fn reasons(&self) -> Vec<(&'a str, usize, f64)> {
        let mut agg: HashMap<&str, (usize, f64)> = HashMap::new();
        for f in &self.found {
            for r in &f.reasons {
                let e = agg.entry(r.code.as_str()).or_default();
                e.0 += 1;
                e.1 += if r.weight.is_finite() { r.weight } else { 0.0 };
            }
        }
        let mut v: Vec<(&str, usize, f64)> = agg
            .into_iter()
            .map(|(code, (n, sum))| (code, n, sum / n.max(1) as f64))
            .collect();
        v.sort_by(|a, b| {
            (b.2 * b.1 as f64)
                .total_cmp(&(a.2 * a.1 as f64))
                .then(a.0.cmp(b.0))
        });
        v
    }
}

fn capability_legend(h: &mut Html) {
    h.raw("<div class=\"legend\">Capability mix: ");
    for cap in dg_model::Capability::ALL {
        h.raw("<span><i style=\"background:")
            .raw(svg::capability_colour(cap.as_str()))
            .raw("\"></i>")
            .raw(cap.as_str())
            .raw("</span>");
    }
    h.raw("</div>");
}

fn campaigns_section(
    h: &mut Html,
    campaigns: &[&ClusterFinding],
    by_id: &HashMap<&str, &AccountFinding>,
) {
    h.raw("<section id=\"campaigns\"><h2>Campaigns</h2>");
    if campaigns.is_empty() {
        h.raw("<p>No cluster was flagged: no campaign to report.</p></section>\n");
        return;
    }
    h.raw(
        "<p class=\"muted\">Flagged clusters, largest first. Bars: each campaign's activity \
           from its first to its last request; red ticks: when members were first flagged.</p>",
    );
    let members: Vec<Members> = campaigns.iter().map(|c| Members::of(c, by_id)).collect();
    let axis = {
        let start = campaigns.iter().map(|c| c.first_seen.0).min().unwrap_or(0);
        let end = campaigns.iter().map(|c| c.last_seen.0).max().unwrap_or(0);
        TimeAxis::new(start, end)
    };
    let rows: Vec<TimelineRow> = campaigns
        .iter()
        .zip(&members)
        .take(TIMELINE_ROWS)
        .enumerate()
        .map(|(i, (c, m))| TimelineRow {
            label: format!("#{} · {}", i + 1, c.accounts.len()),
            title: &c.cluster_id,
            first_seen: c.first_seen,
            last_seen: c.last_seen,
            flags: m.flags.clone(),
        })
        .collect();
    h.raw("<div class=\"chart\">");
    svg::timeline(h, axis, &rows);
    h.raw("</div>");
    if campaigns.len() > TIMELINE_ROWS {
        h.raw("<p class=\"muted\">Timeline shows the ")
            .int(TIMELINE_ROWS as i64)
            .raw(" largest campaigns.</p>");
    }
    capability_legend(h);
    h.raw("<table id=\"campaign-table\"><thead><tr><th>#</th><th>cluster</th><th class=\"num\">accounts</th><th>decision</th><th class=\"num\">score</th><th class=\"num\">requests</th><th>first seen</th><th>last seen</th><th>first flag</th><th>capability mix</th></tr></thead><tbody>");
    for (i, (c, m)) in campaigns
        .iter()
        .zip(&members)
        .take(CAMPAIGN_ROWS)
        .enumerate()
    {
        h.raw("<tr class=\"campaign\"><td class=\"num\">");
        if i < CAMPAIGN_CARDS {
            h.raw("<a href=\"#c")
                .int(i as i64 + 1)
                .raw("\">")
                .int(i as i64 + 1)
                .raw("</a>");
        } else {
            h.int(i as i64 + 1);
        }
        h.raw("</td><td class=\"id\">")
            .text(&c.cluster_id)
            .raw("</td><td class=\"num\">");
        h.count(c.accounts.len() as u64).raw("</td><td>");
        badge(h, c.decision);
        h.raw("</td><td class=\"num\">")
            .fixed(c.score, 3)
            .raw("</td><td class=\"num\">");
        h.count(c.requests)
            .raw("</td><td class=\"nowrap\">")
            .text(&when(c.first_seen));
        h.raw("</td><td class=\"nowrap\">")
            .text(&when(c.last_seen))
            .raw("</td><td class=\"nowrap\">");
        match m.flags.first() {
            Some(t) => h.text(&span(t.0 - c.first_seen.0)).raw(" after start"),
            None => h.raw("—"),
        };
        h.raw("</td><td>");
        svg::capability_bar(h, &c.capabilities, 140.0);
        h.raw("</td></tr>");
    }
    h.raw("</tbody></table>");
    if campaigns.len() > CAMPAIGN_ROWS {
        h.raw("<p class=\"muted\">… and ")
            .count((campaigns.len() - CAMPAIGN_ROWS) as u64)
            .raw(" more in clusters.jsonl.</p>");
    }
    for (i, (c, m)) in campaigns
        .iter()
        .zip(&members)
        .take(CAMPAIGN_CARDS)
        .enumerate()
    {
        campaign_card(h, i + 1, c, m, axis);
    }
    if campaigns.len() > CAMPAIGN_CARDS {
        h.raw("<p class=\"muted\">Details above for the ")
            .int(CAMPAIGN_CARDS as i64)
            .raw(" largest campaigns; the rest are in clusters.jsonl.</p>");
    }
    h.raw("</section>\n");
}

fn campaign_card(h: &mut Html, rank: usize, c: &ClusterFinding, m: &Members, axis: TimeAxis) {
    h.raw("<div class=\"card\" id=\"c")
        .int(rank as i64)
        .raw("\"><h3>Campaign #")
        .int(rank as i64);
    h.raw(" <span class=\"id\">")
        .text(&c.cluster_id)
        .raw("</span> ");
    badge(h, c.decision);
    h.raw("</h3><p class=\"facts\"><b>")
        .count(c.accounts.len() as u64)
        .raw("</b> accounts · <b>");
    h.count(c.requests)
        .raw("</b> requests · score <b>")
        .fixed(c.score, 3)
        .raw("</b> · active ");
    h.text(&when(c.first_seen))
        .raw(" → ")
        .text(&when(c.last_seen))
        .raw(" (");
    h.text(&span(c.last_seen.0 - c.first_seen.0)).raw(")");
    let flagged = m.found.iter().filter(|f| f.decision.is_flagged()).count();
    h.raw(" · ").count(flagged as u64).raw(" members flagged");
    if let Some(t) = m.flags.first() {
        h.raw(", the first at ").text(&when(*t)).raw(" (");
        h.text(&span(t.0 - c.first_seen.0))
            .raw(" after its first request)");
    }
    h.raw("</p>");

    // Capability mix: the bar and its three largest shares in words.
    let mut caps: Vec<(&String, f64)> = c
        .capabilities
        .iter()
        .filter(|(_, v)| v.is_finite() && **v > 0.0)
        .map(|(k, v)| (k, *v))
        .collect();
    caps.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
    h.raw("<h4>Capability mix</h4>");
    svg::capability_bar(h, &c.capabilities, 420.0);
    h.raw("<div class=\"legend\">");
    for (k, v) in caps.iter().take(4) {
        h.raw("<span><i style=\"background:")
            .raw(svg::capability_colour(k))
            .raw("\"></i>")
            .text(k)
            .raw(" ")
            .fixed(v * 100.0, 0)
            .raw("%</span>");
    }
    h.raw("</div>");

    h.raw("<div class=\"grid2\"><div><h4>Strongest reasons of its members</h4>");
    h.raw("<table><thead><tr><th>reason</th><th class=\"num\">members</th><th class=\"num\">mean weight</th></tr></thead><tbody>");
    for (code, n, mean) in m.reasons().into_iter().take(CAMPAIGN_REASONS) {
        h.raw("<tr><td><code>")
            .text(code)
            .raw("</code></td><td class=\"num\">");
        h.count(n as u64)
            .raw("</td><td class=\"num\">")
            .fixed(mean, 2)
            .raw("</td></tr>");
    }
    h.raw("</tbody></table>");

    h.raw("<h4>Link evidence</h4>");
    let mut links: Vec<&ClusterLink> = c.links.iter().collect();
    links.sort_by(|a, b| {
        b.accounts
            .cmp(&a.accounts)
            .then(a.kind.cmp(&b.kind))
            .then(a.value.cmp(&b.value))
    });
    let mut kinds: BTreeMap<&str, Vec<&ClusterLink>> = BTreeMap::new();
    for l in &links {
        kinds.entry(l.kind.as_str()).or_default().push(l);
    }
    if links.is_empty() {
        h.raw("<p class=\"muted\">No shared values recorded.</p>");
    } else {
        h.raw("<table><thead><tr><th>kind</th><th class=\"num\">values</th><th>largest (accounts)</th></tr></thead><tbody>");
        for (kind, ls) in &kinds {
            h.raw("<tr><td><code>")
                .text(kind)
                .raw("</code></td><td class=\"num\">");
            h.count(ls.len() as u64).raw("</td><td>");
            for l in ls.iter().take(3) {
                h.raw("<div><span class=\"id\">")
                    .text(&l.value)
                    .raw("</span> <span class=\"w\">(");
                h.count(l.accounts).raw(")</span></div>");
            }
            h.raw("</td></tr>");
        }
        h.raw("</tbody></table>");
    }
    h.raw("</div><div><h4>Evidence graph</h4>");
    if links.is_empty() {
        h.raw("<p class=\"muted\">Nothing to draw.</p>");
    } else {
        svg::link_graph(h, c.accounts.len(), &links, GRAPH_NODES);
        if links.len() > GRAPH_NODES {
            h.raw("<p class=\"muted\">The ")
                .int(GRAPH_NODES as i64)
                .raw(" values shared by most accounts, of ")
                .count(links.len() as u64)
                .raw(".</p>");
        }
    }
    h.raw("</div></div>");

    h.raw("<h4>Activity and first flags</h4>");
    let row = TimelineRow {
        label: format!("#{rank}"),
        title: &c.cluster_id,
        first_seen: c.first_seen,
        last_seen: c.last_seen,
        flags: m.flags.clone(),
    };
    svg::timeline(h, axis, std::slice::from_ref(&row));

    h.raw("<details><summary>Members (")
        .count(c.accounts.len() as u64)
        .raw(")</summary><p class=\"id\">");
    for (i, a) in c.accounts.iter().take(CARD_MEMBERS).enumerate() {
        if i > 0 {
            h.raw(", ");
        }
        h.text(a);
    }
    if c.accounts.len() > CARD_MEMBERS {
        h.raw(" … (all in clusters.jsonl)");
    }
    h.raw("</p></details></div>\n");
}

fn accounts_section(h: &mut Html, findings: &[AccountFinding], rank: &HashMap<&str, usize>) {
    h.raw("<section id=\"accounts\"><h2>Top accounts</h2><p class=\"muted\">The ")
        .int(TOP_ACCOUNTS.min(findings.len()) as i64)
        .raw(
            " highest scores, strongest reasons first (weights are log-odds added to the \
             score; the rest under \"more\").</p>",
        );
    h.raw("<table><thead><tr><th>#</th><th class=\"wide\">account</th><th class=\"num\">score</th><th>decision</th><th class=\"wide\">cluster</th><th>first flagged</th><th>reasons: code, weight, detail</th></tr></thead><tbody>");
    for (i, f) in findings.iter().take(TOP_ACCOUNTS).enumerate() {
        h.raw("<tr class=\"account\"><td class=\"num\">")
            .int(i as i64 + 1);
        h.raw("</td><td class=\"id\">")
            .text(&f.account_id)
            .raw("</td><td class=\"num\">");
        h.fixed(f.score, 3).raw("</td><td>");
        badge(h, f.decision);
        h.raw("</td><td class=\"id\">");
        match &f.cluster_id {
            Some(c) => {
                h.text(c);
                if let Some(k) = rank.get(c.as_str()) {
                    h.raw("<br>campaign ");
                    if *k <= CAMPAIGN_CARDS {
                        h.raw("<a href=\"#c")
                            .int(*k as i64)
                            .raw("\">#")
                            .int(*k as i64)
                            .raw("</a>");
                    } else {
                        h.raw("#").int(*k as i64);
                    }
                }
            }
            None => {
                h.raw("—");
            }
        }
        h.raw("</td><td class=\"nowrap\">");
        match f.first_flagged_at {
            Some(t) => h.text(&when(t)),
            None => h.raw("—"),
        };
        h.raw("</td><td>");
        reason_list(h, &f.reasons[..f.reasons.len().min(INLINE_REASONS)]);
        if f.reasons.len() > INLINE_REASONS {
            h.raw("<details><summary>")
                .int((f.reasons.len() - INLINE_REASONS) as i64)
                .raw(" more reasons</summary>");
            reason_list(h, &f.reasons[INLINE_REASONS..]);
            h.raw("</details>");
        }
        h.raw("</td></tr>");
    }
    h.raw("</tbody></table></section>\n");
}

fn reason_list(h: &mut Html, reasons: &[dg_model::Reason]) {
    h.raw("<ul class=\"reasons\">");
    for r in reasons {
        h.raw("<li><code>")
            .text(&r.code)
            .raw("</code> <span class=\"w\">");
        h.fixed(r.weight, 2)
            .raw("</span> ")
            .text(&r.detail)
            .raw("</li>");
    }
    h.raw("</ul>");
}

fn rejected_section(h: &mut Html, r: &ReportInput<'_>) {
    let s = r.summary;
    h.raw("<section id=\"rejected\"><h2>Rejected input</h2><p>")
        .count(s.events_rejected)
        .raw(" of ")
        .count(s.lines_read)
        .raw(" event lines rejected, ")
        .count(s.duplicates)
        .raw(" duplicates skipped; ")
        .count(r.rejects.total().saturating_sub(s.events_rejected))
        .raw(
            " lines of side inputs (accounts, ip ranges, releases) rejected. Every line is in \
              rejected.jsonl / rejected_inputs.jsonl; the page shows where, never what.</p>",
        );
    let groups = r.rejects.groups();
    if groups.is_empty() {
        h.raw("<p class=\"muted\">Nothing was rejected.</p></section>\n");
        return;
    }
    h.raw("<table><thead><tr><th>file</th><th>input</th><th>error</th><th class=\"num\">lines</th></tr></thead><tbody>");
    for (file, kind, side, n) in groups {
        h.raw("<tr><td class=\"id\">").text(file).raw("</td><td>");
        h.raw(if side { "side input" } else { "events" });
        h.raw("</td><td>")
            .text(kind)
            .raw("</td><td class=\"num\">")
            .count(n)
            .raw("</td></tr>");
    }
    if r.rejects.other() > 0 {
        h.raw(
            "<tr><td colspan=\"3\" class=\"muted\">other files and errors</td><td class=\"num\">",
        )
        .count(r.rejects.other())
        .raw("</td></tr>");
    }
    h.raw("</tbody></table><h4>Examples</h4><ul>");
    for e in r.rejects.examples() {
        h.raw("<li><span class=\"id\">")
            .text(&e.file)
            .raw(":")
            .int(e.line);
        h.raw("</span> — ").text(&e.kind).raw("</li>");
    }
    h.raw("</ul></section>\n");
}

fn repro_section(h: &mut Html, p: &Repro) {
    h.raw("<section id=\"reproduce\"><h2>How to reproduce</h2><pre>")
        .text(&p.command)
        .raw("</pre><table><thead><tr><th>input</th><th>file</th><th class=\"num\">bytes</th><th>SHA-256</th></tr></thead><tbody>");
    for f in &p.files {
        h.raw("<tr><td class=\"nowrap\">")
            .raw(f.role)
            .raw("</td><td class=\"id\">");
        h.text(&f.path).raw("</td><td class=\"num\">");
        match f.bytes {
            Some(b) => h.count(b),
            None => h.raw("unreadable"),
        };
        h.raw("</td><td class=\"id\">");
        match &f.sha256 {
            Some(x) => h.text(x),
            None if f.role == "events" => {
                h.raw("<span class=\"muted\">not hashed (size only)</span>")
            }
            None => h.raw("unreadable"),
        };
        h.raw("</td></tr>");
    }
    if let Some(x) = &p.default_weights_sha256 {
        h.raw("<tr><td>weights</td><td>compiled in (distillguard ")
            .text(p.version)
            .raw(")</td><td></td><td class=\"id\">")
            .text(x)
            .raw("</td></tr>");
    }
    h.raw("</tbody></table><h4>Policy in force</h4><p>thresholds review ")
        .fixed(p.thresholds.0, 2)
        .raw(" / throttle ")
        .fixed(p.thresholds.1, 2)
        .raw(" / block ")
        .fixed(p.thresholds.2, 2)
        .raw(" · restricted countries: ");
    if p.restricted_countries.is_empty() {
        h.raw("none");
    } else {
        h.text(&p.restricted_countries.join(", "));
    }
    h.raw(" · hash key id <code>")
        .text(&p.hash_key_id)
        .raw("</code> ");
    h.raw(if p.hash_key_set {
        "(key set)"
    } else {
        "(no key: the public demo key was used, keyed values are not private)"
    });
    h.raw(" · max line ")
        .count(p.max_line_bytes as u64)
        .raw(" bytes · reorder window ")
        .count((p.reorder_window_ms / 1000).max(0) as u64)
        .raw(" s · re-link every ")
        .int(p.relink_minutes)
        .raw(" min of event time.</p></section>\n");
}

#[cfg(test)]
mod tests;

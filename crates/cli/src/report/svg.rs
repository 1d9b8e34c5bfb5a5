//! Inline SVG charts for the report, drawn with a small hand-written builder.
//!
//! No chart crate: the report needs a few rectangles, lines, circles and labels, and every
//! label is input text that must pass through the report's one escaping function. Chart
//! crates (plotters and the like) bring their own text handling that we would have to audit,
//! many dependencies, and fonts or raster back-ends we do not want; ~250 lines we own keep
//! the page self-contained and the escaping in one place.

use std::collections::BTreeMap;

use dg_model::{ClusterLink, Timestamp};

use super::html::Html;

/// Where a label sits relative to its point.
#[derive(Clone, Copy)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    fn attr(self) -> &'static str {
        match self {
            Self::Start => "start",
            Self::Middle => "middle",
            Self::End => "end",
        }
    }
}

/// An `<svg>` element being written into a page; closed by [`Svg::close`].
pub struct Svg<'h> {
    h: &'h mut Html,
}

impl<'h> Svg<'h> {
    /// Opens an SVG of `w` × `ht` user units with an accessible name (a literal).
    pub fn open(h: &'h mut Html, w: f64, ht: f64, label: &'static str) -> Self {
        h.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
            .fixed(w, 0)
            .raw(" ")
            .fixed(ht, 0)
            .raw("\" width=\"")
            .fixed(w, 0)
            .raw("\" height=\"")
            .fixed(ht, 0)
            .raw("\" role=\"img\" aria-label=\"")
            .raw(label)
            .raw("\">");
        Self { h }
    }

    /// A filled rectangle, with an optional hover title (escaped).
    pub fn rect(
        &mut self,
        x: f64,
        y: f64,
        w: f64,
        ht: f64,
        fill: &'static str,
        title: Option<&str>,
    ) {
        self.h
            .raw("<rect x=\"")
            .fixed(x, 1)
            .raw("\" y=\"")
            .fixed(y, 1)
            .raw("\" width=\"")
            .fixed(w.max(0.0), 1)
            .raw("\" height=\"")
            .fixed(ht.max(0.0), 1)
            .raw("\" fill=\"")
            .raw(fill)
            .raw("\"");
        self.close_shape("rect", title);
    }

    /// A straight line.
    pub fn line(&mut self, x1: f64, y1: f64, x2: f64, y2: f64, stroke: &'static str, width: f64) {
        self.h
            .raw("<line x1=\"")
            .fixed(x1, 1)
            .raw("\" y1=\"")
            .fixed(y1, 1)
            .raw("\" x2=\"")
            .fixed(x2, 1)
            .raw("\" y2=\"")
            .fixed(y2, 1)
            .raw("\" stroke=\"")
            .raw(stroke)
            .raw("\" stroke-width=\"")
            .fixed(width, 1)
            .raw("\"/>");
    }

    /// A filled circle with a white rim, with an optional hover title (escaped).
    pub fn circle(&mut self, cx: f64, cy: f64, r: f64, fill: &'static str, title: Option<&str>) {
        self.h
            .raw("<circle cx=\"")
            .fixed(cx, 1)
            .raw("\" cy=\"")
            .fixed(cy, 1)
            .raw("\" r=\"")
            .fixed(r, 1)
            .raw("\" fill=\"")
            .raw(fill)
            .raw("\" stroke=\"#fff\" stroke-width=\"1.5\"");
        self.close_shape("circle", title);
    }

    /// A label (escaped) in one of the page's SVG text classes.
    pub fn text(&mut self, x: f64, y: f64, anchor: Anchor, class: &'static str, s: &str) {
        self.h
            .raw("<text x=\"")
            .fixed(x, 1)
            .raw("\" y=\"")
            .fixed(y, 1)
            .raw("\" text-anchor=\"")
            .raw(anchor.attr())
            .raw("\" class=\"")
            .raw(class)
            .raw("\">")
            .text(s)
            .raw("</text>");
    }

    /// Ends the element.
    pub fn close(self) {
        self.h.raw("</svg>");
    }

    fn close_shape(&mut self, tag: &'static str, title: Option<&str>) {
        match title {
            Some(t) => {
                self.h.raw("><title>").text(t).raw("</title></");
                self.h.raw(tag).raw(">");
            }
            None => {
                self.h.raw("/>");
            }
        }
    }
}

/// Colour of a capability class (contract spelling); grey for anything else.
pub fn capability_colour(name: &str) -> &'static str {
    match name {
        "reasoning" => "#7b3294",
        "coding" => "#2166ac",
        "agentic" => "#1b9e77",
        "vision" => "#e6ab02",
        "grading" => "#d95f02",
        "rewrite" => "#e7298a",
        "data_generation" => "#a6761d",
        "chat" => "#9e9e9e",
        _ => "#cccccc",
    }
}

/// Colour of a link kind (contract spelling); grey for anything else.
pub fn link_colour(kind: &str) -> &'static str {
    match kind {
        "ip" | "subnet" => "#2166ac",
        "asn" => "#4393c3",
        "payment" => "#b2182b",
        "client_fp" => "#7b3294",
        "email_pattern" => "#d95f02",
        "org" => "#8c510a",
        "signup_burst" => "#e7298a",
        "frame" => "#1b9e77",
        "co_activity" => "#66a61e",
        "successor_of" => "#333333",
        "known_actor" => "#67001f",
        _ => "#888888",
    }
}

/// A stacked horizontal bar of capability shares, largest first, `width` units wide.
pub fn capability_bar(h: &mut Html, caps: &BTreeMap<String, f64>, width: f64) {
    let total: f64 = caps.values().filter(|v| v.is_finite() && **v > 0.0).sum();
    let mut parts: Vec<(&str, f64)> = caps
        .iter()
        .filter(|(_, v)| v.is_finite() && **v > 0.0)
        .map(|(k, v)| (k.as_str(), v / total.max(1e-12)))
        .collect();
    parts.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
    let mut svg = Svg::open(h, width, 14.0, "capability mix");
    svg.rect(0.0, 0.0, width, 14.0, "#eeeeee", None);
    let mut x = 0.0;
    for (name, share) in &parts {
        let w = share * width;
        let title = format!("{name}: {:.0}%", share * 100.0);
        svg.rect(x, 0.0, w, 14.0, capability_colour(name), Some(&title));
        x += w;
    }
    svg.close();
}

/// One row of a timeline: a span of activity and the instants members were first flagged.
pub struct TimelineRow<'a> {
    /// Short label at the left (escaped).
    pub label: String,
    /// Hover text of the activity bar (escaped).
    pub title: &'a str,
    /// Start of the activity bar.
    pub first_seen: Timestamp,
    /// End of the activity bar.
    pub last_seen: Timestamp,
    /// When members were first flagged (ticks).
    pub flags: Vec<Timestamp>,
}

/// The time axis shared by the timelines of one report.
#[derive(Clone, Copy)]
pub struct TimeAxis {
    /// Left edge, epoch ms.
    pub start: i64,
    /// Right edge, epoch ms.
    pub end: i64,
}

impl TimeAxis {
    /// An axis covering `[start, end]`, at least one hour wide.
    pub fn new(start: i64, end: i64) -> Self {
        let end = end.max(start + Timestamp::HOUR);
        Self { start, end }
    }

    fn x(self, t: i64, x0: f64, w: f64) -> f64 {
        let f = (t - self.start) as f64 / (self.end - self.start) as f64;
        x0 + f.clamp(0.0, 1.0) * w
    }

    /// Tick instants and their labels: round steps, at most about ten.
    fn ticks(self) -> Vec<(i64, String)> {
        const STEPS: [i64; 9] = [1, 2, 3, 6, 12, 24, 48, 168, 720];
        let span = self.end - self.start;
        let step = STEPS
            .iter()
            .map(|h| h * Timestamp::HOUR)
            .find(|s| span / s <= 10)
            .unwrap_or(720 * Timestamp::HOUR);
        let mut t = self.start.div_euclid(step) * step;
        if t < self.start {
            t += step;
        }
        let mut out = Vec::new();
        while t <= self.end && out.len() < 64 {
            let s = Timestamp(t).to_rfc3339();
            let label = if step % Timestamp::DAY == 0 {
                s.get(5..10).unwrap_or_default().to_string()
            } else {
                format!(
                    "{} {}",
                    s.get(5..10).unwrap_or_default(),
                    s.get(11..16).unwrap_or_default()
                )
            };
            out.push((t, label));
            t += step;
        }
        out
    }
}

/// Activity spans (bars) and first flags (ticks) of several rows on one time axis.
pub fn timeline(h: &mut Html, axis: TimeAxis, rows: &[TimelineRow<'_>]) {
    const W: f64 = 960.0;
    const LEFT: f64 = 110.0;
    const RIGHT: f64 = 20.0;
    const ROW: f64 = 22.0;
    const TOP: f64 = 6.0;
    let plot_w = W - LEFT - RIGHT;
    let ht = TOP + ROW * rows.len() as f64 + 24.0;
    let mut svg = Svg::open(h, W, ht, "timeline of activity and first flags");
    let bottom = TOP + ROW * rows.len() as f64;
    for (t, label) in axis.ticks() {
        let x = axis.x(t, LEFT, plot_w);
        svg.line(x, TOP, x, bottom, "#e3e3e3", 1.0);
        svg.text(x, bottom + 16.0, Anchor::Middle, "axis", &label);
    }
    for (i, row) in rows.iter().enumerate() {
        let y = TOP + ROW * i as f64;
        svg.text(LEFT - 8.0, y + 15.0, Anchor::End, "lbl", &row.label);
        let x1 = axis.x(row.first_seen.0, LEFT, plot_w);
        let x2 = axis.x(row.last_seen.0, LEFT, plot_w).max(x1 + 2.0);
        svg.rect(x1, y + 6.0, x2 - x1, 10.0, "#9ecae1", Some(row.title));
        // One tick per pixel column: hundreds of members flagged in one re-link are one mark.
        let mut cols: Vec<i64> = row
            .flags
            .iter()
            .map(|t| axis.x(t.0, LEFT, plot_w).round() as i64)
            .collect();
        cols.sort_unstable();
        cols.dedup();
        for c in cols {
            let x = c as f64;
            svg.line(x, y + 2.0, x, y + 20.0, "#b2182b", 1.5);
        }
    }
    svg.line(LEFT, bottom, W - RIGHT, bottom, "#999999", 1.0);
    svg.close();
}

/// The evidence of one cluster as a star: the cluster in the middle, one node per shared
/// value around it, sized by the accounts that share it. At most `max_nodes` values.
pub fn link_graph(h: &mut Html, members: usize, links: &[&ClusterLink], max_nodes: usize) {
    const W: f64 = 600.0;
    const HT: f64 = 400.0;
    // An ellipse: labels sit beside their nodes, so spread them sideways.
    let (cx, cy, rx, ry) = (W / 2.0, HT / 2.0, 170.0, 145.0);
    let shown = &links[..links.len().min(max_nodes)];
    let members_f = members.max(1) as f64;
    let mut svg = Svg::open(h, W, HT, "link evidence graph");
    let n = shown.len().max(1) as f64;
    let mut nodes = Vec::with_capacity(shown.len());
    for (i, l) in shown.iter().enumerate() {
        // Half a step off the vertical, so no node sits straight above the centre where the
        // labels of both sides would meet.
        let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * (i as f64 + 0.5) / n;
        let share = (l.accounts as f64 / members_f).clamp(0.0, 1.0);
        let (x, y) = (cx + rx * angle.cos(), cy + ry * angle.sin());
        svg.line(cx, cy, x, y, "#bbbbbb", 1.0 + 4.0 * share);
        nodes.push((l, angle, x, y, 4.0 + 12.0 * share.sqrt()));
    }
    let centre_title = format!("cluster: {members} accounts");
    svg.circle(cx, cy, 22.0, "#444444", Some(&centre_title));
    svg.text(
        cx,
        cy + 4.0,
        Anchor::Middle,
        "node-in",
        &members.to_string(),
    );
    for (l, angle, x, y, r) in nodes {
        let title = format!("{} {} — {} accounts", l.kind, l.value, l.accounts);
        svg.circle(x, y, r, link_colour(&l.kind), Some(&title));
        // Labels beside the node, except at the top and bottom, where neighbours are close
        // sideways: there they go above or below, running outwards.
        let (sin, cos) = angle.sin_cos();
        let outward = if cos >= 0.0 {
            Anchor::Start
        } else {
            Anchor::End
        };
        let (anchor, lx, ly) = if sin < -0.85 {
            (outward, x + 4.0 * cos.signum(), y - r - 16.0)
        } else if sin > 0.85 {
            (outward, x + 4.0 * cos.signum(), y + r + 11.0)
        } else if cos >= 0.0 {
            (Anchor::Start, x + r + 4.0, y - 1.0)
        } else {
            (Anchor::End, x - r - 4.0, y - 1.0)
        };
        let kind = format!("{} · {}", l.kind, l.accounts);
        svg.text(lx, ly, anchor, "node-k", &kind);
        svg.text(lx, ly + 12.0, anchor, "node-v", &short(&l.value, 18));
    }
    svg.close();
}

/// At most `n` characters of `s`, the cut marked with `…`; keyed hashes keep their tail
/// (`hmac-sha256:k:` prefixes are all alike).
pub fn short(s: &str, n: usize) -> String {
    let s = s
        .strip_prefix("hmac-sha256:")
        .and_then(|r| r.split_once(':').map(|(_, hex)| hex))
        .map(|hex| format!("#{hex}"))
        .unwrap_or_else(|| s.to_string());
    if s.chars().count() <= n {
        s
    } else {
        let mut out: String = s.chars().take(n.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_labels_and_titles_are_escaped() {
        let mut h = Html::default();
        let link = ClusterLink {
            kind: "frame".into(),
            value: "<script>x</script>".into(),
            accounts: 3,
        };
        link_graph(&mut h, 5, &[&link], 16);
        let page = h.finish();
        assert!(!page.contains("<script>"), "{page}");
        assert!(page.contains("&lt;script&gt;x&lt;/script&gt;"), "{page}");
        assert!(page.starts_with("<svg") && page.ends_with("</svg>"));
    }

    #[test]
    fn ticks_are_round_and_few() {
        let day = Timestamp::DAY;
        let axis = TimeAxis::new(20_000 * day + 5 * Timestamp::HOUR, 20_007 * day);
        let ticks = axis.ticks();
        assert!((5..=10).contains(&ticks.len()), "{}", ticks.len());
        assert!(ticks.iter().all(|(t, _)| t % day == 0));
        assert_eq!(
            ticks[0].1.len(),
            5,
            "day ticks are labelled MM-DD: {:?}",
            ticks[0]
        );
        let short_axis = TimeAxis::new(20_000 * day, 20_000 * day + 5 * Timestamp::HOUR);
        assert!(short_axis.ticks().iter().all(|(_, l)| l.len() == 11));
    }

    #[test]
    fn short_keeps_hash_tails_readable() {
        assert_eq!(
            short("hmac-sha256:k1:abcdef0123456789abcdef", 8),
            "#abcdef…"
        );
        assert_eq!(short("AS13335", 18), "AS13335");
    }
}

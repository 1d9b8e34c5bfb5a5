//! Plain-text rendering of an [`EvalReport`]: one table of aligned sections, at most
//! [`WIDTH`] columns wide.

use std::collections::HashMap;

use dg_model::Label;

use crate::accounts::AccountMetrics;
use crate::{
    EvalReport, LinkStatus, MethodReport, SuccessorRow, CLUSTERED_COVERAGE, CLUSTERED_PURITY,
    HARD_BENIGN_GROUPS, LOW_AND_SLOW,
};

/// Widest line the table produces (with up to three methods).
pub const WIDTH: usize = 100;
/// Widest first column; longer labels are cut with `…`.
const MAX_LABEL: usize = 34;

enum Row {
    /// Starts a section; the rest of its line holds the section's column headings.
    Heading(String, Vec<String>),
    /// A label and right-aligned values under the section's headings.
    Cells(String, Vec<String>),
    /// A label and one left-aligned value.
    Pair(String, String),
    /// Free text, word-wrapped.
    Text(String),
}

fn ratio(x: f64) -> String {
    format!("{x:.3}")
}

fn hours(x: Option<f64>) -> String {
    x.map_or_else(|| "-".into(), |h| format!("{h:.1}"))
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}

/// Formats one metric of one method.
type Cell = fn(&AccountMetrics) -> String;

/// The account-level rows of one scope, one column per method.
fn metric_section(
    rows: &mut Vec<Row>,
    heading: String,
    methods: &[MethodReport],
    pick: fn(&MethodReport) -> &AccountMetrics,
) {
    let names = methods.iter().map(|m| m.method.clone()).collect();
    rows.push(Row::Heading(heading, names));
    let lines: [(&str, Cell); 6] = [
        ("  precision", |a| ratio(a.precision)),
        ("  recall", |a| ratio(a.recall)),
        ("  F1", |a| ratio(a.f1)),
        ("  average precision", |a| ratio(a.average_precision)),
        ("  flagged: TP / FP", |a| {
            format!("{} / {}", a.true_positives, a.false_positives)
        }),
        ("  allowed: FN / TN", |a| {
            format!("{} / {}", a.false_negatives, a.true_negatives)
        }),
    ];
    for (label, cell) in lines {
        let cells = methods.iter().map(|m| cell(pick(m))).collect();
        rows.push(Row::Cells(label.into(), cells));
    }
}

impl EvalReport {
    /// The report as one plain-text table.
    pub fn render_table(&self) -> String {
        let mut rows = Vec::new();
        let names: Vec<String> = self.methods.iter().map(|m| m.method.clone()).collect();
        let per_method = |f: &dyn Fn(&MethodReport) -> String| -> Vec<String> {
            self.methods.iter().map(f).collect()
        };
        metric_section(
            &mut rows,
            "accounts, all groups".into(),
            &self.methods,
            |m| &m.all,
        );
        metric_section(
            &mut rows,
            format!("without {LOW_AND_SLOW} attackers"),
            &self.methods,
            |m| &m.without_low_and_slow,
        );
        rows.push(Row::Heading("per group: recall / FPR".into(), names));
        let hard_total = self.methods.first().map_or(0, |m| m.hard_benign.total);
        rows.push(Row::Cells(
            format!("  hard benign groups* ({hard_total})"),
            per_method(&|m| rate_cell(m.hard_benign.rate, m.hard_benign.flagged)),
        ));
        let groups = self.methods.first().map_or(&[][..], |m| &m.groups);
        for g in groups {
            let kind = match g.label {
                Label::Attack => "attack",
                Label::Benign => "benign",
            };
            let star = if g.hard_benign { "*" } else { "" };
            let label = format!("  {kind} {}{star} ({})", g.group, g.counts.total);
            let cells = per_method(&|m| {
                m.groups
                    .iter()
                    .find(|o| o.group == g.group && o.label == g.label)
                    .map_or_else(
                        || "-".into(),
                        |o| rate_cell(o.counts.rate, o.counts.flagged),
                    )
            });
            rows.push(Row::Cells(label, cells));
        }

        let c = &self.campaigns;
        rows.push(Row::Heading(
            "campaigns (scan)".into(),
            [
                "accounts", "recall", "coverage", "purity", "first h", "median h",
            ]
            .map(String::from)
            .to_vec(),
        ));
        for r in &c.campaigns {
            rows.push(Row::Cells(
                format!("  {}", r.campaign),
                vec![
                    r.accounts.to_string(),
                    ratio(r.recall),
                    r.cluster_coverage.map_or_else(|| "-".into(), ratio),
                    r.cluster_purity.map_or_else(|| "-".into(), ratio),
                    hours(r.first_detection_delay_hours),
                    hours(r.median_account_delay_hours),
                ],
            ));
        }
        rows.push(Row::Pair(
            "  median first-detection delay".into(),
            format!(
                "{} h ({} of {} campaigns detected)",
                hours(c.median_first_detection_delay_hours),
                c.detected,
                c.campaigns.len()
            ),
        ));
        rows.push(Row::Pair(
            "  clustered campaigns".into(),
            format!(
                "{} of {} multi-account campaigns ({LOW_AND_SLOW} excluded) have ≥ {:.0}% of \
                 accounts in one cluster of purity ≥ {CLUSTERED_PURITY}",
                c.clustered,
                c.multi_account,
                CLUSTERED_COVERAGE * 100.0
            ),
        ));
        let s = &c.successors;
        if s.truth_given {
            for r in &s.successors {
                rows.push(Row::Pair(
                    format!("  {} successor_of", r.campaign),
                    successor_cell(r),
                ));
            }
            if s.successors.is_empty() {
                rows.push(Row::Pair(
                    "  successor campaigns".into(),
                    "none in campaigns.jsonl".into(),
                ));
            }
        }
        rows.push(Row::Pair(
            "  false successor links".into(),
            match (s.false_links, s.links) {
                (Some(f), Some(n)) => format!(
                    "{f} of {n} successor_of links in clusters.jsonl join clusters whose \
                     campaigns are neither one campaign nor successor and predecessor"
                ),
                (None, Some(n)) => {
                    format!("unknown: campaigns.jsonl absent ({n} successor_of links)")
                }
                _ => "unknown: clusters.jsonl absent".into(),
            },
        ));

        let ig = &self.integrity;
        rows.push(Row::Heading("contract checks (scan)".into(), Vec::new()));
        let version = ig
            .contract_version
            .map_or_else(String::new, |v| format!(" (contract_version {v})"));
        rows.push(Row::Pair(
            "  summary.json line accounting".into(),
            format!("{}{version}", ig.summary_invariant.as_str()),
        ));
        let without_events = ig
            .missing_without_events
            .map_or_else(String::new, |n| format!(" ({n} had no events)"));
        rows.push(Row::Pair(
            "  truth accounts in accounts.jsonl".into(),
            format!(
                "{} of {}: {} missing{without_events}, {} duplicated, {} unknown",
                ig.truth_accounts - ig.missing,
                ig.truth_accounts,
                ig.missing,
                ig.duplicated,
                ig.unknown
            ),
        ));
        rows.push(Row::Pair(
            "  flagged without first_flagged_at".into(),
            ig.flagged_without_time.to_string(),
        ));
        rows.push(Row::Pair(
            "  cluster_id vs clusters.jsonl".into(),
            ig.cluster_mismatches.map_or_else(
                || "clusters.jsonl absent".into(),
                |n| match n {
                    0 => "consistent".into(),
                    n => format!("{n} accounts disagree"),
                },
            ),
        ));

        rows.push(Row::Heading("rules and notes".into(), Vec::new()));
        for m in &self.methods {
            rows.push(Row::Text(format!("{}: {}", m.method, m.rule)));
        }
        // The fixed list, then any other group its truth marks as hard (scenario data).
        let mut hard: Vec<&str> = HARD_BENIGN_GROUPS.to_vec();
        if let Some(m) = self.methods.first() {
            for g in m.groups.iter().filter(|g| g.hard_benign) {
                if !hard.contains(&g.group.as_str()) {
                    hard.push(g.group.as_str());
                }
            }
        }
        rows.push(Row::Text(format!(
            "* hard benign groups: {}",
            hard.join(", ")
        )));
        rows.push(Row::Text(
            "per group: attack groups show recall, benign groups the false-positive rate, with \
             flagged accounts in brackets; delays are hours after the campaign's first event \
             (first: earliest flag, median: over flagged accounts)"
                .into(),
        ));
        rows.push(Row::Text(
            "campaigns: coverage is the share of a campaign's accounts in its largest cluster, \
             purity the share of that cluster's members from the campaign; both are \"-\" for a \
             campaign of one account (clusters have two or more members), purity also without \
             a cluster; a successor is linked when its largest cluster's successor_of names its \
             predecessor's largest cluster; a cluster's campaign for false links is the one \
             holding most of its members"
                .into(),
        ));
        let notes = self
            .notes
            .iter()
            .chain(self.methods.iter().flat_map(|m| &m.notes));
        for n in notes {
            rows.push(Row::Text(format!("note: {n}")));
        }

        let title = format!(
            "distillguard evaluation: {} truth accounts ({} attack, {} benign), {} campaigns",
            self.truth_accounts,
            self.attack_accounts,
            self.benign_accounts,
            c.campaigns.len()
        );
        render(&title, &rows)
    }
}

/// "PRED: STATUS (details)" for one successor campaign.
fn successor_cell(r: &SuccessorRow) -> String {
    let cluster = r.cluster.as_deref().unwrap_or("-");
    let pred = &r.successor_of;
    let pred_where = r.predecessor_cluster.as_deref().map_or_else(
        || format!("{pred} is in no cluster"),
        |c| format!("{pred} is mostly in {c}"),
    );
    let detail = match r.status {
        LinkStatus::Linked => format!("{cluster} → {}", r.linked_to.join(", ")),
        LinkStatus::WrongCluster => {
            format!("{cluster} → {}, but {pred_where}", r.linked_to.join(", "))
        }
        LinkStatus::NotLinked if r.cluster.is_none() => format!("{} is in no cluster", r.campaign),
        LinkStatus::NotLinked if r.cluster == r.predecessor_cluster => {
            format!("both are mostly in {cluster}")
        }
        LinkStatus::NotLinked => format!("{cluster} has no successor_of; {pred_where}"),
        LinkStatus::Unknown => "clusters.jsonl absent".into(),
    };
    format!("{pred}: {} ({detail})", r.status.as_str())
}

fn rate_cell(rate: f64, flagged: u64) -> String {
    format!("{} ({flagged})", ratio(rate))
}

fn render(title: &str, rows: &[Row]) -> String {
    let label_width = rows
        .iter()
        .filter_map(|r| match r {
            Row::Cells(l, _) | Row::Pair(l, _) | Row::Heading(l, _) => {
                Some(l.chars().count().min(MAX_LABEL))
            }
            Row::Text(_) => None,
        })
        .max()
        .unwrap_or(0);
    // Sections with the same column headings share column widths, so the method columns
    // line up from one section to the next.
    let mut widths: HashMap<&[String], Vec<usize>> = HashMap::new();
    let mut current: &[String] = &[];
    for row in rows {
        match row {
            Row::Heading(_, cols) => {
                current = cols;
                let w = widths.entry(cols).or_default();
                w.resize(cols.len(), 0);
                for (w, c) in w.iter_mut().zip(cols) {
                    *w = (*w).max(c.chars().count());
                }
            }
            Row::Cells(_, cells) => {
                if let Some(w) = widths.get_mut(current) {
                    for (w, c) in w.iter_mut().zip(cells) {
                        *w = (*w).max(c.chars().count());
                    }
                }
            }
            _ => {}
        }
    }

    let mut out = String::new();
    wrap(&mut out, "", title, "  ");
    let mut current: &[usize] = &[];
    for row in rows {
        match row {
            Row::Heading(label, cols) => {
                current = &widths[cols.as_slice()];
                out.push('\n');
                push_cells(&mut out, label, label_width, cols, current);
                let rule_len = label_width + current.iter().map(|w| w + 2).sum::<usize>();
                out.push_str(&"-".repeat(rule_len));
                out.push('\n');
            }
            Row::Cells(label, cells) => push_cells(&mut out, label, label_width, cells, current),
            Row::Pair(label, value) => {
                let label = truncate(label, MAX_LABEL);
                let first = format!("{label:<label_width$}  ");
                wrap(&mut out, &first, value, &" ".repeat(label_width + 2));
            }
            Row::Text(text) => wrap(&mut out, "  ", text, "    "),
        }
    }
    out
}

fn push_cells(
    out: &mut String,
    label: &str,
    label_width: usize,
    cells: &[String],
    widths: &[usize],
) {
    let label = truncate(label, MAX_LABEL);
    let pad = label_width - label.chars().count();
    out.push_str(&label);
    out.push_str(&" ".repeat(pad));
    for (cell, w) in cells.iter().zip(widths) {
        let pad = w.saturating_sub(cell.chars().count()) + 2;
        out.push_str(&" ".repeat(pad));
        out.push_str(cell);
    }
    let trimmed = out.trim_end_matches(' ').len();
    out.truncate(trimmed);
    out.push('\n');
}

/// Appends `first` then the words of `text`, broken at spaces to fit [`WIDTH`];
/// continuation lines start with `indent`.
fn wrap(out: &mut String, first: &str, text: &str, indent: &str) {
    let mut line = first.to_owned();
    let mut fresh = true;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        if !fresh && line.chars().count() + 1 + word.chars().count() > WIDTH {
            out.push_str(line.trim_end());
            out.push('\n');
            line = indent.to_owned();
            fresh = true;
        }
        if !fresh {
            line.push(' ');
        }
        line.push_str(word);
        fresh = false;
    }
    out.push_str(line.trim_end());
    out.push('\n');
}

//! Real prompt text from public corpora, in the normalised form `scripts/fetch_corpora.py` writes.
//!
//! A small license-clean sample is compiled in (`crates/sim/corpus/`), so `simulate` works on a
//! fresh machine; `--corpora DIR` points at the full fetched corpora instead.

use std::path::Path;

use serde::Deserialize;

use crate::SimError;

/// What a corpus row is good for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    Question,
    Math,
    Code,
    ToolRequest,
    Writing,
    Judge,
    ReferenceQa,
    Sensitive,
    #[serde(other)]
    Other,
}

/// One normalised corpus row.
#[derive(Debug, Clone, Deserialize)]
pub struct Item {
    pub source: String,
    pub kind: ItemKind,
    #[serde(default)]
    pub lang: String,
    pub text: String,
    #[serde(default)]
    pub answer: Option<String>,
    #[serde(default)]
    pub followup: Option<String>,
    #[serde(default)]
    pub tools: Vec<String>,
}

/// Rows grouped by kind, in file order (deterministic).
#[derive(Debug, Default)]
pub struct Corpus {
    pub question: Vec<Item>,
    pub math: Vec<Item>,
    pub code: Vec<Item>,
    pub tool_request: Vec<Item>,
    pub writing: Vec<Item>,
    pub judge: Vec<Item>,
    pub reference_qa: Vec<Item>,
    pub sensitive: Vec<Item>,
}

/// The compiled-in sample, one entry per source file.
const EMBEDDED: &[(&str, &str)] = &[
    ("mtbench.jsonl", include_str!("../corpus/mtbench.jsonl")),
    (
        "mtbench_judge.jsonl",
        include_str!("../corpus/mtbench_judge.jsonl"),
    ),
    ("humaneval.jsonl", include_str!("../corpus/humaneval.jsonl")),
    ("bfcl.jsonl", include_str!("../corpus/bfcl.jsonl")),
    (
        "writingbench.jsonl",
        include_str!("../corpus/writingbench.jsonl"),
    ),
    (
        "reasoning_gym.jsonl",
        include_str!("../corpus/reasoning_gym.jsonl"),
    ),
];

/// Optional compiled-in files (absent when no license-clean source exists).
const EMBEDDED_OPTIONAL: &[&str] = &["sensitive.jsonl"];

impl Corpus {
    /// The compiled-in sample.
    pub fn embedded() -> Result<Self, SimError> {
        let mut c = Corpus::default();
        for (name, text) in EMBEDDED {
            c.add_text(name, text)?;
        }
        let _ = EMBEDDED_OPTIONAL;
        c.check()?;
        Ok(c)
    }

    /// Every `*.jsonl` file of a directory written by `scripts/fetch_corpora.py`.
    pub fn from_dir(dir: &Path) -> Result<Self, SimError> {
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .map_err(|e| SimError::io(dir, e))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
            .collect();
        names.sort();
        let mut c = Corpus::default();
        for p in names {
            let text = std::fs::read_to_string(&p).map_err(|e| SimError::io(&p, e))?;
            c.add_text(&p.display().to_string(), &text)?;
        }
        c.check()?;
        Ok(c)
    }

    /// Adds the rows of one normalised JSONL text (`name` is for error messages).
    pub(crate) fn add_text(&mut self, name: &str, text: &str) -> Result<(), SimError> {
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let item: Item = serde_json::from_str(line)
                .map_err(|e| SimError::Corpus(format!("{name}:{}: {e}", i + 1)))?;
            if item.text.trim().is_empty() {
                continue;
            }
            match item.kind {
                ItemKind::Question => self.question.push(item),
                ItemKind::Math => self.math.push(item),
                ItemKind::Code => self.code.push(item),
                ItemKind::ToolRequest => self.tool_request.push(item),
                ItemKind::Writing => self.writing.push(item),
                ItemKind::Judge => self.judge.push(item),
                ItemKind::ReferenceQa => self.reference_qa.push(item),
                ItemKind::Sensitive => self.sensitive.push(item),
                ItemKind::Other => {}
            }
        }
        Ok(())
    }

    fn check(&self) -> Result<(), SimError> {
        for (kind, v) in [
            ("question", &self.question),
            ("math", &self.math),
            ("code", &self.code),
            ("tool_request", &self.tool_request),
            ("writing", &self.writing),
        ] {
            if v.is_empty() {
                return Err(SimError::Corpus(format!("no `{kind}` rows in the corpora")));
            }
        }
        Ok(())
    }

    /// Rows with a reference answer: reference Q/A pairs and math with answers.
    pub fn answered(&self) -> impl Iterator<Item = &Item> {
        self.reference_qa
            .iter()
            .chain(self.math.iter())
            .filter(|i| i.answer.is_some())
    }

    /// Total rows.
    pub fn len(&self) -> usize {
        self.question.len()
            + self.math.len()
            + self.code.len()
            + self.tool_request.len()
            + self.writing.len()
            + self.judge.len()
            + self.reference_qa.len()
            + self.sensitive.len()
    }

    /// True when no rows were loaded.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

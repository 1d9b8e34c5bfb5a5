//! Template labels: the `Problem:`, `[Response]`, `### Text`, `<question>`, `题目：` and `【答案】`
//! lines that open a payload.

use std::sync::OnceLock;

use super::hash::{hash_bytes, HashTable};

/// Byte-level word count for short label heads, where tokens are not at hand.
fn rough_words(b: &[u8]) -> u32 {
    let mut words = 0;
    let mut prev = false;
    for &c in b {
        let w = c.is_ascii_alphanumeric() || c >= 0x80;
        if w && !prev {
            words += 1;
        }
        prev = w;
    }
    words
}

/// Template labels recognised anywhere, including inside a payload.
const LABELS_STRONG: &[&[u8]] = &[
    b"problem",
    b"question",
    b"query",
    b"text",
    b"passage",
    b"context",
    b"document",
    b"article",
    b"essay",
    b"prompt",
    b"instruction",
    b"instructions",
    b"task",
    b"request",
    b"response",
    b"responses",
    b"answer",
    b"answers",
    b"solution",
    b"reference",
    b"rubric",
    b"criteria",
    b"conversation",
    b"dialogue",
    b"dialog",
    b"transcript",
    b"original",
    b"draft",
    b"user",
    b"assistant",
    b"human",
    b"excerpt",
];

/// Labels recognised only before any payload (payloads contain `Example 1:` and `Input:`).
const LABELS_WEAK: &[&[u8]] = &[
    b"input",
    b"output",
    b"example",
    b"examples",
    b"options",
    b"choices",
    b"topic",
    b"q",
    b"a",
    b"source",
    b"target",
    b"message",
    b"email",
    b"content",
    b"statement",
    b"review",
    b"story",
    b"sentence",
    b"paragraph",
    b"code",
    b"snippet",
    b"data",
    b"premise",
    b"hypothesis",
];

const ZH_LABELS: &[&str] = &[
    "题目", "问题", "文本", "原文", "内容", "输入", "回答", "答案", "段落", "文章", "代码", "任务",
    "指令", "材料", "句子", "示例", "例子", "对话", "请求", "用户", "助手", "参考", "题干", "选项",
    "回复", "评分",
];

/// The label vocabulary, built once.
struct Labels {
    /// ASCII label words by hash: `true` for strong labels, `false` for weak ones.
    words: HashTable<128, bool>,
    /// Chinese labels by the little-endian value of their six bytes (two characters).
    zh: HashTable<64, ()>,
}

fn labels() -> &'static Labels {
    static LABELS: OnceLock<Labels> = OnceLock::new();
    LABELS.get_or_init(|| {
        let mut words = HashTable::new();
        for w in LABELS_WEAK {
            words.insert(hash_bytes(w), false);
        }
        for w in LABELS_STRONG {
            words.insert(hash_bytes(w), true);
        }
        let mut zh = HashTable::new();
        for z in ZH_LABELS {
            let b: [u8; 6] = z
                .as_bytes()
                .try_into()
                .expect("Chinese labels are two characters");
            zh.insert(six(&b), ());
        }
        Labels { words, zh }
    })
}

/// Six bytes as a number (never 0 for UTF-8 text).
#[inline]
fn six(b: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    w[..6].copy_from_slice(&b[..6]);
    u64::from_le_bytes(w)
}

fn is_label_word(w: &[u8], strong_only: bool) -> bool {
    labels()
        .words
        .get(hash_bytes(w))
        .is_some_and(|strong| strong || !strong_only)
}

/// Does the text contain a label word (ASCII words or a Chinese label)?
fn has_label_word(t: &[u8], strong_only: bool) -> bool {
    // A Chinese label is six bytes that start a character; trying every offset finds the same
    // (a window that starts inside a character never equals one).
    if t.len() >= 6 && t.iter().any(|&c| c >= 0x80) {
        let zh = &labels().zh;
        if t.windows(6).any(|w| zh.get(six(w)).is_some()) {
            return true;
        }
    }
    t.split(|c| !c.is_ascii_alphanumeric())
        .any(|w| !w.is_empty() && is_label_word(w, strong_only))
}

/// If the trimmed line opens with a label, returns where its payload starts (== len for none).
/// Weak labels (`Input:`, `Example:`) count only after some frame and outside a payload.
pub(crate) fn label(l: &[u8], in_payload: bool, seen_frame: bool) -> Option<usize> {
    let strong_only = in_payload || !seen_frame;
    let first = *l.first()?;
    // Delimiter lines.
    if l.len() >= 3 && matches!(first, b'=' | b'*' | b'#' | b'-') && l.iter().all(|&c| c == first) {
        return Some(l.len());
    }
    if l == b"\"\"\"" || l == b"'''" {
        return Some(l.len());
    }
    match first {
        b'#' => {
            let text = &l[l.iter().take_while(|&&c| c == b'#').count()..];
            (rough_words(text) <= 8 && (!in_payload || has_label_word(text, true)))
                .then_some(l.len())
        }
        b'[' | b'<' => {
            let close = if first == b'[' { b']' } else { b'>' };
            let end = l.iter().take(80).position(|&c| c == close)?;
            let inner = &l[1..end];
            let ok = !inner.is_empty()
                && rough_words(inner) <= 8
                && (!in_payload || has_label_word(inner, true));
            ok.then_some(end + 1)
        }
        0xE3 if l.starts_with("【".as_bytes()) => {
            let s = std::str::from_utf8(l).ok()?;
            let end = s.find('】')?;
            (end <= 40 && (!in_payload || has_label_word(&l[3..end], true)))
                .then_some(end + '】'.len_utf8())
        }
        _ => {
            // `Word word 3:` / `题目:` with a label word before the colon.
            let colon = memchr::memchr(b':', &l[..l.len().min(48)])?;
            if l.get(colon + 1) == Some(&b'/') {
                return None;
            }
            let head = &l[..colon];
            // At most four words, or a short Chinese head (`题目`, `参考答案`, `【问题】`).
            let ok = if head.iter().any(|&c| c >= 0x80) {
                head.len() <= 24
            } else {
                head.split(|&c| c == b' ').filter(|w| !w.is_empty()).count() <= 4
            };
            (ok && has_label_word(head, strong_only)).then_some(colon + 1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_where_their_payload_starts() {
        assert_eq!(label(b"problem: find x.", false, false), Some(8));
        assert_eq!(label(b"question 3: why?", false, false), Some(11));
        assert_eq!(
            label(b"[the start of assistant's answer]", true, true),
            Some(33)
        );
        assert_eq!(label(b"### final answer", true, true), Some(16));
        assert_eq!(label("题目:一道题".as_bytes(), false, false), Some(7));
        assert_eq!(label("【答案】42".as_bytes(), false, false), Some(12));
        assert_eq!(label(b"---", true, true), Some(3));
        // Weak labels only after some frame, and never inside a payload.
        assert_eq!(label(b"example 1: x", false, false), None);
        assert_eq!(label(b"example 1: x", false, true), Some(10));
        assert_eq!(label(b"input: nums = [1]", true, true), None);
        // A long head or a URL is not a label.
        assert_eq!(
            label(
                b"i'm stuck on this one from my problem set: x",
                false,
                false
            ),
            None
        );
        assert_eq!(label(b"https://example.com/text", false, false), None);
    }
}

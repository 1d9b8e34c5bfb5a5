//! HTML escaping and a small writer that only takes markup as string literals.
//!
//! Every string that came from the input (account ids, user agents, frames, file names,
//! cluster evidence, reason details, error texts) reaches the page through [`escape`] and
//! nothing else: [`Html::raw`] accepts only `&'static str`, so a dynamic string cannot be
//! written unescaped by mistake, and dynamic numbers go through [`Html::int`] and
//! [`Html::fixed`], which cannot produce markup.

use std::fmt::Write as _;

/// Escapes `& < > " '` so that `s` is inert as element text or inside a quoted attribute.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A page under construction: literal markup, escaped text and formatted numbers.
#[derive(Default)]
pub struct Html {
    buf: String,
}

impl Html {
    /// Appends markup written in this program (a literal, never input).
    pub fn raw(&mut self, markup: &'static str) -> &mut Self {
        self.buf.push_str(markup);
        self
    }

    /// Appends `s` escaped: the only way input text reaches the page.
    pub fn text(&mut self, s: &str) -> &mut Self {
        self.buf.push_str(&escape(s));
        self
    }

    /// Appends an integer.
    pub fn int(&mut self, n: impl Into<i128>) -> &mut Self {
        let _ = write!(self.buf, "{}", n.into());
        self
    }

    /// Appends an integer with thousands separators (`1,020,876`).
    pub fn count(&mut self, n: u64) -> &mut Self {
        self.buf.push_str(&thousands(n));
        self
    }

    /// Appends a finite number with `decimals` digits after the point (0 for NaN/inf).
    pub fn fixed(&mut self, x: f64, decimals: usize) -> &mut Self {
        let x = if x.is_finite() { x } else { 0.0 };
        let _ = write!(self.buf, "{x:.decimals$}");
        self
    }

    /// The finished page.
    pub fn finish(self) -> String {
        self.buf
    }

    /// The page so far (for tests).
    #[cfg(test)]
    pub fn as_str(&self) -> &str {
        &self.buf
    }
}

/// `1020876` → `1,020,876`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_the_five_characters_and_nothing_else() {
        assert_eq!(escape("a&b<c>d\"e'f"), "a&amp;b&lt;c&gt;d&quot;e&#39;f");
        assert_eq!(escape("plain ünïcode 中文"), "plain ünïcode 中文");
        assert_eq!(
            escape("&amp;"),
            "&amp;amp;",
            "already escaped text is escaped again"
        );
    }

    #[test]
    fn hostile_strings_come_out_inert() {
        let cases = [
            "<script>window.__xss=1</script>",
            "\"><img src=x onerror=alert(1)>",
            "'><svg onload=alert(1)>",
            "javascript:alert(1)",
            "</title><script>alert(1)</script>",
        ];
        for case in cases {
            let mut h = Html::default();
            h.raw("<td title=\"")
                .text(case)
                .raw("\">")
                .text(case)
                .raw("</td>");
            let page = h.finish();
            // No markup can be opened or an attribute closed by the input.
            let inner = &page["<td title=\"".len()..page.len() - "</td>".len()];
            let (attr, body) = inner
                .split_once("\">")
                .expect("the literal closes the attribute");
            for part in [attr, body] {
                assert!(!part.contains('<'), "{case:?} → {part}");
                assert!(!part.contains('>'), "{case:?} → {part}");
                assert!(!part.contains('"'), "{case:?} → {part}");
                assert!(!part.contains('\''), "{case:?} → {part}");
            }
        }
        // A javascript: URL has nothing to escape: it is safe only because input never goes
        // into an href or src; as text it stays text.
        assert_eq!(
            escape("javascript:window.__xss=1"),
            "javascript:window.__xss=1"
        );
        assert_eq!(
            escape("<script>window.__xss=1</script>"),
            "&lt;script&gt;window.__xss=1&lt;/script&gt;"
        );
        assert_eq!(
            escape("\"><img src=x onerror=alert(1)>"),
            "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
        );
    }

    #[test]
    fn numbers_are_formatted_not_spliced() {
        let mut h = Html::default();
        h.int(-3i64)
            .raw(" ")
            .fixed(0.12345, 2)
            .raw(" ")
            .fixed(f64::NAN, 1);
        h.raw(" ").count(1_020_876).raw(" ").count(999);
        assert_eq!(h.as_str(), "-3 0.12 0.0 1,020,876 999");
    }
}

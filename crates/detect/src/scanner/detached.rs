//! What the fold needs of an event: a borrowed view of a whole event, or the detached record
//! a parser thread makes (facts and a few fields, without the text).

use std::net::IpAddr;

use dg_model::{Event, Timestamp};

use crate::request::RequestFacts;

/// An event reduced to what the fold reads, with its request facts: made by
/// [`Scanner::detach`] where the event is parsed, folded by [`Scanner::observe_detached`].
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Detached {
    /// When the request arrived.
    #[serde(with = "super::snapshot::millis")]
    pub ts: Timestamp,
    /// Client address as seen by the edge.
    pub ip: IpAddr,
    /// The request carried an image.
    pub has_image: bool,
    /// What the request is.
    pub facts: RequestFacts,
    /// Account id, model, client fingerprint and, when kept, request id back to back: one
    /// allocation, not four.
    pub(super) text: Box<str>,
    /// Where the account id and the model end in `text`.
    pub(super) account_end: usize,
    pub(super) model_end: usize,
    /// The event had a client fingerprint (`text` from `model_end` to the request id).
    pub(super) has_fingerprint: bool,
    /// Where the request id starts in `text`, when the record keeps it
    /// ([`Scanner::detach_with_request_id`](super::Scanner::detach_with_request_id)). Left out
    /// of the encoding when absent, so records without it (`distillguard serve`'s) encode as
    /// they did before it existed, and such encodings decode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) id_start: Option<u32>,
}

impl Detached {
    /// The event's request id, when the record keeps it
    /// ([`Scanner::detach_with_request_id`](super::Scanner::detach_with_request_id)).
    pub fn request_id(&self) -> Option<&str> {
        self.id_start
            .map(|at| self.text.get(at as usize..).unwrap_or(""))
    }

    /// The fields the fold reads.
    pub(super) fn view(&self) -> FoldView<'_> {
        let text = &*self.text;
        let fingerprint_end = self.id_start.map_or(text.len(), |at| at as usize);
        FoldView {
            ts: self.ts,
            account_id: text.get(..self.account_end).unwrap_or(""),
            ip: self.ip,
            client_fingerprint: self
                .has_fingerprint
                .then(|| text.get(self.model_end..fingerprint_end).unwrap_or("")),
            model: text.get(self.account_end..self.model_end).unwrap_or(""),
            has_image: self.has_image,
        }
    }
}

/// The fields of an event the fold reads, borrowed from an [`Event`] or a [`Detached`].
pub(super) struct FoldView<'a> {
    pub(super) ts: Timestamp,
    pub(super) account_id: &'a str,
    pub(super) ip: IpAddr,
    pub(super) client_fingerprint: Option<&'a str>,
    pub(super) model: &'a str,
    pub(super) has_image: bool,
}

impl<'a> FoldView<'a> {
    pub(super) fn of(ev: &'a Event) -> Self {
        Self {
            ts: ev.ts,
            account_id: &ev.account_id,
            ip: ev.ip,
            client_fingerprint: ev.client_fingerprint.as_deref(),
            model: &ev.model,
            has_image: ev.has_image.unwrap_or(false),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::Scanner;
    use super::*;
    use crate::request::Analyzer;

    fn event(fingerprint: Option<&str>) -> Event {
        let line = r#"{"request_id":"req_1","ts":"2026-02-02T09:14:03.120Z","account_id":"acct_a","ip":"81.2.69.142","model":"helios-1","prompt":"hi","input_tokens":1,"output_tokens":1}"#;
        let mut ev: Event = serde_json::from_str(line).unwrap();
        ev.client_fingerprint = fingerprint.map(str::to_string);
        ev
    }

    #[test]
    fn a_kept_request_id_leaves_the_other_fields_as_they_were() {
        let mut a = Analyzer::new();
        for fp in [None, Some("t13d_fp")] {
            let ev = event(fp);
            let plain = Scanner::detach(&mut a, &ev);
            let with = Scanner::detach_with_request_id(&mut a, &ev);
            assert_eq!(plain.request_id(), None);
            assert_eq!(with.request_id(), Some("req_1"));
            let (p, w) = (plain.view(), with.view());
            assert_eq!(
                (p.account_id, p.model, p.client_fingerprint),
                (w.account_id, w.model, w.client_fingerprint)
            );
            assert_eq!(w.client_fingerprint, fp);
        }
    }

    #[test]
    fn records_without_a_request_id_encode_as_before_it_existed() {
        // Eight fields, as `distillguard serve`'s snapshots hold them; they decode without one.
        let mut a = Analyzer::new();
        let plain = Scanner::detach(&mut a, &event(Some("fp")));
        let bytes = rmp_serde::to_vec(&plain).unwrap();
        assert_eq!(bytes[0], 0x98, "a MessagePack array of eight");
        let back: Detached = rmp_serde::from_slice(&bytes).unwrap();
        assert_eq!(back.request_id(), None);
        assert_eq!(back.view().client_fingerprint, Some("fp"));
        let with = Scanner::detach_with_request_id(&mut a, &event(Some("fp")));
        let back: Detached = rmp_serde::from_slice(&rmp_serde::to_vec(&with).unwrap()).unwrap();
        assert_eq!(back.request_id(), Some("req_1"));
        assert_eq!(back.view().client_fingerprint, Some("fp"));
    }
}

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
    /// Account id, model and client fingerprint back to back: one allocation, not three.
    pub(super) text: Box<str>,
    /// Where the account id and the model end in `text`.
    pub(super) account_end: usize,
    pub(super) model_end: usize,
    /// The event had a client fingerprint (the rest of `text`).
    pub(super) has_fingerprint: bool,
}

impl Detached {
    /// The fields the fold reads.
    pub(super) fn view(&self) -> FoldView<'_> {
        let text = &*self.text;
        FoldView {
            ts: self.ts,
            account_id: text.get(..self.account_end).unwrap_or(""),
            ip: self.ip,
            client_fingerprint: self
                .has_fingerprint
                .then(|| text.get(self.model_end..).unwrap_or("")),
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

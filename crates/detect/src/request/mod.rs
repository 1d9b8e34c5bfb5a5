//! Per-request analysis: a pure function of one event.

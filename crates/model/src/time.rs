//! Event-time instants: RFC 3339 strings or epoch milliseconds in, RFC 3339 with milliseconds out.

use std::fmt;

use chrono::{DateTime, SecondsFormat, Utc};
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Milliseconds since the Unix epoch, UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Timestamp(pub i64);

/// Earliest accepted instant (1970-01-01); earlier values are almost surely unit mistakes.
pub const MIN_MS: i64 = 0;
/// Latest accepted instant (year 3000), so arithmetic on timestamps never overflows.
pub const MAX_MS: i64 = 32_503_680_000_000;

/// Why a timestamp was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TimeError {
    /// Not RFC 3339.
    #[error("invalid RFC 3339 timestamp")]
    Unparseable,
    /// Parsed but outside 1970..3000.
    #[error("timestamp out of range (1970..3000)")]
    OutOfRange,
}

impl Timestamp {
    /// Milliseconds in one second, minute, hour, day.
    pub const SECOND: i64 = 1_000;
    pub const MINUTE: i64 = 60_000;
    pub const HOUR: i64 = 3_600_000;
    pub const DAY: i64 = 86_400_000;

    /// Builds a timestamp from epoch milliseconds, refusing absurd values.
    pub fn from_millis(ms: i64) -> Result<Self, TimeError> {
        if (MIN_MS..=MAX_MS).contains(&ms) {
            Ok(Self(ms))
        } else {
            Err(TimeError::OutOfRange)
        }
    }

    /// Parses an RFC 3339 string such as `2026-02-23T08:15:30.250Z`.
    pub fn parse_rfc3339(s: &str) -> Result<Self, TimeError> {
        let dt = DateTime::parse_from_rfc3339(s).map_err(|_| TimeError::Unparseable)?;
        Self::from_millis(dt.timestamp_millis())
    }

    /// Epoch milliseconds.
    pub fn millis(self) -> i64 {
        self.0
    }

    /// RFC 3339 UTC with milliseconds, the contract's output form.
    pub fn to_rfc3339(self) -> String {
        DateTime::<Utc>::from_timestamp_millis(self.0)
            .unwrap_or_default()
            .to_rfc3339_opts(SecondsFormat::Millis, true)
    }

    /// Hour of day (0..24) in UTC shifted by `offset_minutes`.
    pub fn hour_of_day(self, offset_minutes: i32) -> u32 {
        let local = self.0 + i64::from(offset_minutes) * Self::MINUTE;
        (local.rem_euclid(Self::DAY) / Self::HOUR) as u32
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_rfc3339())
    }
}

struct TsVisitor;

impl Visitor<'_> for TsVisitor {
    type Value = Timestamp;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an RFC 3339 string or integer epoch milliseconds")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Timestamp, E> {
        Timestamp::parse_rfc3339(v).map_err(|e| E::custom(format!("{e}: {v:.40}")))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Timestamp, E> {
        Timestamp::from_millis(v).map_err(E::custom)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Timestamp, E> {
        let v = i64::try_from(v).map_err(|_| E::custom(TimeError::OutOfRange))?;
        self.visit_i64(v)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(TsVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_forms_parse_to_the_same_instant() {
        let a: Timestamp = serde_json::from_str("\"2026-02-02T09:15:00.500Z\"").unwrap();
        let b: Timestamp = serde_json::from_str("1770023700500").unwrap();
        assert_eq!(a, b);
        assert_eq!(a.to_rfc3339(), "2026-02-02T09:15:00.500Z");
    }

    #[test]
    fn offsets_are_normalised_to_utc() {
        let a = Timestamp::parse_rfc3339("2026-02-02T10:15:00+01:00").unwrap();
        assert_eq!(a.to_rfc3339(), "2026-02-02T09:15:00.000Z");
    }

    #[test]
    fn garbage_and_absurd_values_are_refused() {
        assert!(serde_json::from_str::<Timestamp>("\"yesterday\"").is_err());
        assert!(serde_json::from_str::<Timestamp>("-5").is_err());
        assert!(serde_json::from_str::<Timestamp>("99999999999999999").is_err());
        assert!(serde_json::from_str::<Timestamp>("1.5").is_err());
    }
}

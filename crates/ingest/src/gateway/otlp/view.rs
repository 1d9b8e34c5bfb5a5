//! Borrowed views of the OTLP messages the mapper reads, and their OTLP JSON decoding.
//!
//! The `opentelemetry-proto` types own every string and decode through serde's buffered
//! `Content` for `AnyValue`; reading a line of OTLP JSON into them cost more than everything
//! else the importer does. These views borrow from the line instead (a string is copied only
//! when it holds escapes), skip the fields the mapper never reads (span kind, status, links,
//! dropped counts, schema URLs, scopes) unparsed, and are built from the protobuf types too, so
//! one mapper serves both encodings.
//!
//! Decoding follows the OTLP JSON mapping as `opentelemetry-proto` reads it: ids in hex, 64-bit
//! integers as strings or numbers, unknown fields ignored, the last of several `AnyValue`
//! fields wins. Fields the mapper does not read are not type-checked (`bytesValue` is not
//! base64-decoded).

use std::borrow::Cow;
use std::fmt;

use opentelemetry_proto::tonic::common::v1::any_value::Value as Any;
use opentelemetry_proto::tonic::common::v1::{AnyValue, KeyValue};
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;

/// A string borrowed from the input when it has no escapes, copied when it has.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Text<'a>(pub Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = Text<'a>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Text<'a>, E> {
                Ok(Text(Cow::Borrowed(s)))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Text<'a>, E> {
                Ok(Text(Cow::Owned(s.to_owned())))
            }
            fn visit_string<E: de::Error>(self, s: String) -> Result<Text<'a>, E> {
                Ok(Text(Cow::Owned(s)))
            }
        }
        d.deserialize_str(V(std::marker::PhantomData))
    }
}

impl std::ops::Deref for Text<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

/// An attribute value (`AnyValue`); [`Val::Null`] is an empty one.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) enum Val<'a> {
    /// No value set (an empty `AnyValue`, or JSON `null`).
    #[default]
    Null,
    Str(Cow<'a, str>),
    Bool(bool),
    Int(i64),
    Double(f64),
    Array(Vec<Val<'a>>),
    Kvlist(Vec<Attr<'a>>),
    /// Bytes and dictionary references: nothing the detector reads.
    Opaque,
}

/// An attribute (`KeyValue`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub(crate) struct Attr<'a> {
    #[serde(default, borrow)]
    pub key: Text<'a>,
    #[serde(default, borrow)]
    pub value: Val<'a>,
}

/// `intValue`: a number or a decimal string, as the OTLP JSON mapping allows.
struct Int(i64);

impl<'de> Deserialize<'de> for Int {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Int;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a 64-bit integer or its decimal string")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Int, E> {
                Ok(Int(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Int, E> {
                i64::try_from(v).map(Int).map_err(E::custom)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Int, E> {
                v.parse().map(Int).map_err(E::custom)
            }
        }
        d.deserialize_any(V)
    }
}

/// `{"values": [...]}` of `arrayValue` and `kvlistValue`.
#[derive(Deserialize)]
struct Values<T> {
    #[serde(default = "Vec::new")]
    values: Vec<T>,
}

impl<'de: 'a, 'a> Deserialize<'de> for Val<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = Val<'a>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON object for AnyValue")
            }
            fn visit_unit<E: de::Error>(self) -> Result<Val<'a>, E> {
                Ok(Val::Null)
            }
            fn visit_none<E: de::Error>(self) -> Result<Val<'a>, E> {
                Ok(Val::Null)
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Val<'a>, M::Error> {
                let mut out = Val::Null;
                while let Some(key) = map.next_key::<Text<'de>>()? {
                    let v = match &*key {
                        "stringValue" => map.next_value::<Option<Text>>()?.map(|s| Val::Str(s.0)),
                        "boolValue" => map.next_value::<Option<bool>>()?.map(Val::Bool),
                        "intValue" => map.next_value::<Option<Int>>()?.map(|i| Val::Int(i.0)),
                        "doubleValue" => map.next_value::<Option<f64>>()?.map(Val::Double),
                        "arrayValue" => map
                            .next_value::<Option<Values<Val>>>()?
                            .map(|a| Val::Array(a.values)),
                        "kvlistValue" => map
                            .next_value::<Option<Values<Attr>>>()?
                            .map(|a| Val::Kvlist(a.values)),
                        "bytesValue" => {
                            map.next_value::<Option<IgnoredAny>>()?.map(|_| Val::Opaque)
                        }
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                            None
                        }
                    };
                    if let Some(v) = v {
                        out = v;
                    }
                }
                Ok(out)
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

/// A trace or span id in hex (empty when absent).
fn hex_id<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
    let s = <Text as Deserialize>::deserialize(d)?;
    let s = s.strip_prefix("0x").unwrap_or(&s);
    if s.len() % 2 != 0 {
        return Err(de::Error::custom("odd number of hex digits"));
    }
    let digit = |c: u8| match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    };
    s.as_bytes()
        .chunks_exact(2)
        .map(|p| Some(digit(p[0])? << 4 | digit(p[1])?))
        .collect::<Option<Vec<u8>>>()
        .ok_or_else(|| de::Error::custom("invalid hex digit"))
}

/// A `fixed64` time: a number or a decimal string.
fn nanos<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    struct V;
    impl Visitor<'_> for V {
        type Value = u64;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an unsigned 64-bit integer or its decimal string")
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<u64, E> {
            Ok(v)
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<u64, E> {
            u64::try_from(v).map_err(E::custom)
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<u64, E> {
            v.parse().map_err(E::custom)
        }
    }
    d.deserialize_any(V)
}

/// The resource of a batch of spans or log records.
#[derive(Deserialize, Default)]
pub(crate) struct Resource<'a> {
    #[serde(default, borrow)]
    pub attributes: Vec<Attr<'a>>,
}

/// A span event (older conventions carry the messages in them).
#[derive(Deserialize)]
pub(crate) struct SpanEvent<'a> {
    #[serde(default, borrow)]
    pub name: Text<'a>,
    #[serde(default, borrow)]
    pub attributes: Vec<Attr<'a>>,
}

/// The span fields the mapper reads.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Span<'a> {
    #[serde(default, deserialize_with = "hex_id")]
    pub trace_id: Vec<u8>,
    #[serde(default, deserialize_with = "hex_id")]
    pub span_id: Vec<u8>,
    #[serde(default, borrow)]
    pub name: Text<'a>,
    #[serde(default, deserialize_with = "nanos")]
    pub start_time_unix_nano: u64,
    #[serde(default, borrow)]
    pub attributes: Vec<Attr<'a>>,
    #[serde(default, borrow)]
    pub events: Vec<SpanEvent<'a>>,
}

/// The log record fields the mapper reads.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct LogRecord<'a> {
    #[serde(default, deserialize_with = "hex_id")]
    pub trace_id: Vec<u8>,
    #[serde(default, deserialize_with = "hex_id")]
    pub span_id: Vec<u8>,
    #[serde(default, deserialize_with = "nanos")]
    pub time_unix_nano: u64,
    #[serde(default, deserialize_with = "nanos")]
    pub observed_time_unix_nano: u64,
    #[serde(default, borrow)]
    pub event_name: Text<'a>,
    #[serde(default, borrow)]
    pub attributes: Vec<Attr<'a>>,
}

#[derive(Deserialize)]
pub(crate) struct ScopeSpans<'a> {
    #[serde(default, borrow)]
    pub spans: Vec<Span<'a>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ResourceSpans<'a> {
    #[serde(default, borrow)]
    pub resource: Option<Resource<'a>>,
    #[serde(default, borrow)]
    pub scope_spans: Vec<ScopeSpans<'a>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ScopeLogs<'a> {
    #[serde(default, borrow)]
    pub log_records: Vec<LogRecord<'a>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ResourceLogs<'a> {
    #[serde(default, borrow)]
    pub resource: Option<Resource<'a>>,
    #[serde(default, borrow)]
    pub scope_logs: Vec<ScopeLogs<'a>>,
}

/// One line of an OTLP JSON file: either kind of export request.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct JsonLine<'a> {
    #[serde(default, borrow)]
    pub resource_spans: Option<Vec<ResourceSpans<'a>>>,
    #[serde(default, borrow)]
    pub resource_logs: Option<Vec<ResourceLogs<'a>>>,
}

/// A protobuf-decoded value as a view.
pub(crate) fn from_any(v: Option<&AnyValue>) -> Val<'_> {
    match v.and_then(|v| v.value.as_ref()) {
        None => Val::Null,
        Some(Any::StringValue(s)) => Val::Str(Cow::Borrowed(s)),
        Some(Any::BoolValue(b)) => Val::Bool(*b),
        Some(Any::IntValue(i)) => Val::Int(*i),
        Some(Any::DoubleValue(d)) => Val::Double(*d),
        Some(Any::ArrayValue(a)) => {
            Val::Array(a.values.iter().map(|x| from_any(Some(x))).collect())
        }
        Some(Any::KvlistValue(kv)) => Val::Kvlist(from_attrs(&kv.values)),
        Some(Any::BytesValue(_)) | Some(Any::StringValueStrindex(_)) => Val::Opaque,
    }
}

/// Protobuf-decoded attributes as views.
pub(crate) fn from_attrs(kvs: &[KeyValue]) -> Vec<Attr<'_>> {
    kvs.iter()
        .map(|kv| Attr {
            key: Text(Cow::Borrowed(&kv.key)),
            value: from_any(kv.value.as_ref()),
        })
        .collect()
}

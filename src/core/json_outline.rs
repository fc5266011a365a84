//! The top level of a JSON file, read without building a tree of it: whether it is an
//! object, and the few fields that say what kind of file it is. Imports need only that much
//! to say why a file is not theirs; `serde_json::Value` brought its tree, map and number
//! formatting into the wasm for nothing else (1.4 KB of the download, gzipped, net of this
//! module).

use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;

#[derive(Debug, Default, PartialEq)]
pub struct Outline {
    /// False for an array, a string, a number, true, false or null at the top.
    pub is_object: bool,
    /// `"format"`, when it is a string.
    pub format: Option<String>,
    /// `"schema_version"`, when it is a whole number from 0 up.
    pub schema_version: Option<u64>,
    /// Whether there is an `"id"` field, whatever it holds.
    pub has_id: bool,
    /// Whether there is a `"questions"` field, whatever it holds.
    pub has_questions: bool,
}

impl Outline {
    /// Reads the outline of any JSON value. The only errors are the JSON's own: broken
    /// syntax, an early end, or text after the value.
    pub fn read(bytes: &[u8]) -> Result<Outline, serde_json::Error> {
        serde_json::from_slice(bytes)
    }
}

/// One field's value, kept only when it is a string or a whole number.
enum Scalar {
    Text(String),
    Whole(u64),
    Other,
}

/// Accepts any JSON value. For the top level it reads an object's fields into an `Outline`;
/// for a field it keeps a `Scalar`. Arrays and nested objects are skipped.
struct Any<T>(std::marker::PhantomData<T>);

trait FromJson: Sized {
    fn other() -> Self;
    fn text(s: &str) -> Self {
        let _ = s;
        Self::other()
    }
    fn whole(n: u64) -> Self {
        let _ = n;
        Self::other()
    }
    fn object<'de, A: MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Self::other())
    }
}

impl FromJson for Scalar {
    fn other() -> Self {
        Scalar::Other
    }
    fn text(s: &str) -> Self {
        Scalar::Text(s.to_string())
    }
    fn whole(n: u64) -> Self {
        Scalar::Whole(n)
    }
}

impl FromJson for Outline {
    fn other() -> Self {
        Outline::default()
    }
    fn object<'de, A: MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut outline = Outline {
            is_object: true,
            ..Outline::default()
        };
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" => {
                    if let Scalar::Text(s) = map.next_value()? {
                        outline.format = Some(s);
                    }
                }
                "schema_version" => {
                    if let Scalar::Whole(n) = map.next_value()? {
                        outline.schema_version = Some(n);
                    }
                }
                other => {
                    map.next_value::<IgnoredAny>()?;
                    outline.has_id |= other == "id";
                    outline.has_questions |= other == "questions";
                }
            }
        }
        Ok(outline)
    }
}

impl<'de, T: FromJson> Visitor<'de> for Any<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<T, E> {
        Ok(T::other())
    }
    fn visit_i64<E>(self, _: i64) -> Result<T, E> {
        Ok(T::other())
    }
    fn visit_u64<E>(self, n: u64) -> Result<T, E> {
        Ok(T::whole(n))
    }
    fn visit_f64<E>(self, _: f64) -> Result<T, E> {
        Ok(T::other())
    }
    fn visit_str<E>(self, s: &str) -> Result<T, E> {
        Ok(T::text(s))
    }
    fn visit_unit<E>(self) -> Result<T, E> {
        Ok(T::other())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<T, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(T::other())
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::object(map)
    }
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(Any(std::marker::PhantomData))
    }
}

impl<'de> Deserialize<'de> for Outline {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(Any(std::marker::PhantomData))
    }
}

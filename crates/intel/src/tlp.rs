//! TLP 2.0 markings: the FIRST levels as the official STIX 2.1 marking-definition objects
//! (extension `extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d`, OASIS common objects).

use serde_json::{json, Value};

use crate::IntelError;

/// The TLP 2.0 extension every official TLP 2.0 marking-definition carries.
pub const TLP2_EXTENSION: &str = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

/// A Traffic Light Protocol 2.0 level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tlp {
    Clear,
    Green,
    #[default]
    Amber,
    AmberStrict,
    Red,
}

impl Tlp {
    /// Every level, least restrictive first.
    pub const ALL: [Tlp; 5] = [
        Tlp::Clear,
        Tlp::Green,
        Tlp::Amber,
        Tlp::AmberStrict,
        Tlp::Red,
    ];

    /// Parses `clear`, `green`, `amber`, `amber+strict` or `red` (any case, `TLP:` optional).
    pub fn parse(s: &str) -> Result<Self, IntelError> {
        let t = s.trim().to_ascii_lowercase();
        let t = t.strip_prefix("tlp:").unwrap_or(&t);
        Self::ALL
            .into_iter()
            .find(|l| l.code() == t)
            .ok_or_else(|| IntelError::Tlp(s.chars().take(40).collect()))
    }

    /// The extension's value: `clear`, `green`, `amber`, `amber+strict`, `red`.
    pub fn code(self) -> &'static str {
        match self {
            Tlp::Clear => "clear",
            Tlp::Green => "green",
            Tlp::Amber => "amber",
            Tlp::AmberStrict => "amber+strict",
            Tlp::Red => "red",
        }
    }

    /// The official marking-definition id of the level.
    pub fn id(self) -> &'static str {
        match self {
            Tlp::Clear => "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
            Tlp::Green => "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
            Tlp::Amber => "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
            Tlp::AmberStrict => "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
            Tlp::Red => "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
        }
    }

    /// The official marking-definition object, as FIRST and OASIS publish it.
    pub fn marking_definition(self) -> Value {
        json!({
            "type": "marking-definition",
            "spec_version": "2.1",
            "id": self.id(),
            "created": "2022-10-01T00:00:00.000Z",
            "name": format!("TLP:{}", self.code().to_ascii_uppercase()),
            "extensions": {
                TLP2_EXTENSION: {
                    "extension_type": "property-extension",
                    "tlp_2_0": self.code(),
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_parse_and_name_themselves() {
        assert_eq!(Tlp::parse("AMBER+STRICT").unwrap(), Tlp::AmberStrict);
        assert_eq!(Tlp::parse("tlp:clear").unwrap(), Tlp::Clear);
        assert!(Tlp::parse("white").is_err());
        assert_eq!(Tlp::default(), Tlp::Amber);
        assert_eq!(
            Tlp::AmberStrict.marking_definition()["name"],
            "TLP:AMBER+STRICT"
        );
    }
}

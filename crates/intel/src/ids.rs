//! Deterministic STIX ids: UUIDv5 over the evidence, so exporting the same campaign again
//! yields the same ids (a new version of the object, not a duplicate).

use uuid::Uuid;

/// Our UUIDv5 namespace (fixed forever: changing it would change every id ever shared).
pub const NAMESPACE: Uuid = Uuid::from_u128(0x2f4b_6c1e_93d7_4a5e_8b0c_5d1f_7e2a_9c36);

/// `<type>--<uuidv5(namespace, type NUL part NUL part ...)>`.
pub fn stix_id(kind: &str, parts: &[&str]) -> String {
    let mut name = Vec::with_capacity(64);
    name.extend_from_slice(kind.as_bytes());
    for p in parts {
        name.push(0);
        name.extend_from_slice(p.as_bytes());
    }
    format!("{kind}--{}", Uuid::new_v5(&NAMESPACE, &name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_version_5_and_depend_on_every_part() {
        let a = stix_id("campaign", &["p", "cl_1"]);
        assert_eq!(a, stix_id("campaign", &["p", "cl_1"]));
        assert_ne!(a, stix_id("campaign", &["p", "cl_2"]));
        assert_ne!(stix_id("x", &["ab", "c"]), stix_id("x", &["a", "bc"]));
        let uuid = a.strip_prefix("campaign--").unwrap();
        assert_eq!(Uuid::parse_str(uuid).unwrap().get_version_num(), 5);
    }
}

//! Network kind of an AS from its organisation name, by documented keyword rules.
//!
//! Rules are tried in this order and the first match wins; matching is case-insensitive, on
//! substrings unless marked *word* (then the whole word must match):
//!
//! | kind | matches |
//! |---|---|
//! | `vpn` | `vpn`, `m247`, `datacamp limited`, `packethub`, `mullvad`, `31173 services` (Mullvad's AS), `private internet access`, `surfshark`, `nordvpn`, `tefincom` (NordVPN's AS), *word* `proton`, `ipvanish`, `windscribe`, `cyberghost` |
//! | `hosting` (operators) | `amazon`, *word* `aws`, `google` (but not `google fiber`), `microsoft`, `azure`, `digitalocean`, *word* `ovh`, `hetzner`, `linode`, `akamai`, `vultr`, `the constant company` (Vultr's AS), `oracle`, `alibaba`, `aliyun`, `tencent`, `huawei cloud`, `leaseweb`, `contabo`, `scaleway`, `rackspace`, `softlayer`, `fastly`, `choopa`, `colocrossing`, `quadranet`, `psychz`, `hivelocity`, `kamatera`, `upcloud`, `zenlayer`, `datapacket`, `cdn77`, `g-core`, `gcore`, `selectel`, `timeweb`, `netcup`, `ionos`, `hostinger`, `hostwinds`, `godaddy` |
//! | `education` | `universit`, `universidad`, `universidade`, `college`, `education`, `school`, `academ`, `akadem`, `hochschule`, `polytechnic`, `institute of technology`, `research network`, *word* `ren`, *word* `nren` |
//! | `mobile` | `mobile`, `wireless`, `cellular`, *word* `lte` |
//! | `hosting` (generic) | `hosting`, `datacenter`, `datacentre`, `data center`, `data centre`, `server`, `cloud`, *word* `colo`, `colocation`, *word* `vps`, `dedicated` |
//! | `isp` | everything else |
//!
//! Known limits: "Vodafone", "Orange", "Telefonica" and most national carriers run fixed and
//! mobile networks under one AS, so they stay `isp`; a "wireless" ISP may be fixed wireless.
//! Residential proxies and Tor exits cannot be told from AS names at all (they live inside
//! ordinary ISP and hosting ranges): those kinds come only from threat-intel feeds that the
//! operator appends to `ip_ranges.csv` as more specific rows.

use dg_model::NetKind;

/// One keyword: a substring, or a whole word.
#[derive(Debug, Clone, Copy)]
enum Pat {
    Sub(&'static str),
    Word(&'static str),
}

use Pat::{Sub, Word};

const VPN: &[Pat] = &[
    Sub("vpn"),
    Sub("m247"),
    Sub("datacamp limited"),
    Sub("packethub"),
    Sub("mullvad"),
    Sub("31173 services"),
    Sub("private internet access"),
    Sub("surfshark"),
    Sub("nordvpn"),
    Sub("tefincom"),
    Word("proton"),
    Sub("ipvanish"),
    Sub("windscribe"),
    Sub("cyberghost"),
];

const HOSTING_OPERATORS: &[Pat] = &[
    Sub("amazon"),
    Word("aws"),
    Sub("google"),
    Sub("microsoft"),
    Sub("azure"),
    Sub("digitalocean"),
    Word("ovh"),
    Sub("hetzner"),
    Sub("linode"),
    Sub("akamai"),
    Sub("vultr"),
    Sub("the constant company"),
    Sub("oracle"),
    Sub("alibaba"),
    Sub("aliyun"),
    Sub("tencent"),
    Sub("huawei cloud"),
    Sub("leaseweb"),
    Sub("contabo"),
    Sub("scaleway"),
    Sub("rackspace"),
    Sub("softlayer"),
    Sub("fastly"),
    Sub("choopa"),
    Sub("colocrossing"),
    Sub("quadranet"),
    Sub("psychz"),
    Sub("hivelocity"),
    Sub("kamatera"),
    Sub("upcloud"),
    Sub("zenlayer"),
    Sub("datapacket"),
    Sub("cdn77"),
    Sub("g-core"),
    Sub("gcore"),
    Sub("selectel"),
    Sub("timeweb"),
    Sub("netcup"),
    Sub("ionos"),
    Sub("hostinger"),
    Sub("hostwinds"),
    Sub("godaddy"),
];

/// Operators whose names match a hosting keyword but which are consumer ISPs.
const NOT_HOSTING: &[Pat] = &[Sub("google fiber")];

const EDUCATION: &[Pat] = &[
    Sub("universit"),
    Sub("universidad"),
    Sub("universidade"),
    Sub("college"),
    Sub("education"),
    Sub("school"),
    Sub("academ"),
    Sub("akadem"),
    Sub("hochschule"),
    Sub("polytechnic"),
    Sub("institute of technology"),
    Sub("research network"),
    Word("ren"),
    Word("nren"),
];

const MOBILE: &[Pat] = &[Sub("mobile"), Sub("wireless"), Sub("cellular"), Word("lte")];

const HOSTING_GENERIC: &[Pat] = &[
    Sub("hosting"),
    Sub("datacenter"),
    Sub("datacentre"),
    Sub("data center"),
    Sub("data centre"),
    Sub("server"),
    Sub("cloud"),
    Word("colo"),
    Sub("colocation"),
    Word("vps"),
    Sub("dedicated"),
];

/// The network kind an AS organisation name suggests (see the module doc for the rules).
pub fn classify_org(org: &str) -> NetKind {
    let lower = org.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let any = |pats: &[Pat]| {
        pats.iter().any(|p| match p {
            Sub(s) => lower.contains(s),
            Word(w) => words.contains(w),
        })
    };
    if any(VPN) {
        NetKind::Vpn
    } else if any(HOSTING_OPERATORS) && !any(NOT_HOSTING) {
        NetKind::Hosting
    } else if any(EDUCATION) {
        NetKind::Education
    } else if any(MOBILE) {
        NetKind::Mobile
    } else if any(HOSTING_GENERIC) && !any(NOT_HOSTING) {
        NetKind::Hosting
    } else {
        NetKind::Isp
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_map_to_kinds() {
        let cases = [
            ("Amazon.com, Inc.", NetKind::Hosting),
            ("Google LLC", NetKind::Hosting),
            ("Google Fiber Inc.", NetKind::Isp),
            ("OVH SAS", NetKind::Hosting),
            ("Hetzner Online GmbH", NetKind::Hosting),
            ("The Constant Company, LLC", NetKind::Hosting),
            ("Cloudflare, Inc.", NetKind::Hosting),
            ("Example Hosting Co", NetKind::Hosting),
            ("M247 Europe SRL", NetKind::Vpn),
            ("Datacamp Limited", NetKind::Vpn),
            ("Proton AG", NetKind::Vpn),
            ("Tefincom S.A.", NetKind::Vpn),
            ("T-Mobile USA, Inc.", NetKind::Mobile),
            ("Cellular Operator LLC", NetKind::Mobile),
            ("Vodafone GmbH", NetKind::Isp),
            ("Massachusetts Institute of Technology", NetKind::Education),
            ("Universitaet Stuttgart", NetKind::Education),
            (
                "Universidad Nacional Autonoma de Mexico",
                NetKind::Education,
            ),
            ("Jisc Services Limited", NetKind::Isp),
            ("Andrews & Arnold Ltd", NetKind::Isp),
            ("Colombia Movil", NetKind::Isp),
            ("Comcast Cable Communications, LLC", NetKind::Isp),
            ("Warren Colo LLC", NetKind::Hosting),
            ("Lithuanian REN", NetKind::Education),
            ("Renater", NetKind::Isp),
        ];
        for (org, kind) in cases {
            assert_eq!(classify_org(org), kind, "{org}");
        }
    }
}

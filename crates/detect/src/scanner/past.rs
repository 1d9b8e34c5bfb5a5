//! Flagged campaigns remembered across re-links: their members, workload and activity, so
//! newcomers can join them and a pool that takes over their work is named their successor.

/// A cluster that was flagged at some relink: its workload, to recognise successors.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub(super) struct PastCampaign {
    pub(super) id: String,
    pub(super) members: Vec<u32>,
    pub(super) frames: Vec<u64>,
    pub(super) first_seen: i64,
    pub(super) last_seen: i64,
}

/// Members of a flagged campaign that every periodic re-link includes, so that accounts joining
/// the campaign later link to it without re-linking all of it.
pub(super) const ANCHORS_PER_CAMPAIGN: usize = 16;

/// Workload frames remembered per flagged campaign, across sightings.
const MAX_CAMPAIGN_FRAMES: usize = 24;

impl PastCampaign {
    /// Takes in another sighting of the same campaign: the union of what each saw.
    pub(super) fn absorb(&mut self, other: PastCampaign) {
        self.members = union_sorted(&self.members, &other.members);
        for f in other.frames {
            if self.frames.len() < MAX_CAMPAIGN_FRAMES && !self.frames.contains(&f) {
                self.frames.push(f);
            }
        }
        self.first_seen = self.first_seen.min(other.first_seen);
        self.last_seen = self.last_seen.max(other.last_seen);
    }
}

/// The sorted union of two ascending lists.
pub(super) fn union_sorted(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut v = Vec::with_capacity(a.len() + b.len());
    v.extend_from_slice(a);
    v.extend_from_slice(b);
    v.sort_unstable();
    v.dedup();
    v
}

//! Account ids, each stored once: one string of all ids and a hash table of slot numbers.
//!
//! A `HashMap<String, u32>` beside a `Vec<String>` held every id twice, with 24-byte string
//! headers and 32-byte buckets: ~125 bytes an account. Here an id costs its bytes, 8 bytes of
//! offset and a 4-byte bucket (~35 bytes for the ids of a typical export).

use ahash::RandomState;
use hashbrown::hash_table::{Entry, HashTable};

/// Interned account ids, numbered in first-seen order.
pub(super) struct Ids {
    /// Every id, one after the other.
    text: String,
    /// End of each id in `text`.
    ends: Vec<usize>,
    /// Slot numbers, hashed by their id.
    table: HashTable<u32>,
    hasher: RandomState,
}

impl Ids {
    /// Bytes per id besides its text: its end offset and a table slot (4 bytes and a control
    /// byte, at most 8/7 of them per id).
    pub(super) const BYTES_PER_ID: usize = std::mem::size_of::<usize>() + 6;

    /// Room for `ids` ids of `bytes` bytes in all.
    pub(super) fn with_capacity(ids: usize, bytes: usize, hasher: RandomState) -> Self {
        Self {
            text: String::with_capacity(bytes),
            ends: Vec::with_capacity(ids),
            table: HashTable::with_capacity(ids),
            hasher,
        }
    }

    /// Number of ids.
    pub(super) fn len(&self) -> usize {
        self.ends.len()
    }

    /// The id of slot `i` ("" when out of range).
    pub(super) fn get(&self, i: usize) -> &str {
        let start = if i == 0 {
            0
        } else {
            self.ends.get(i - 1).copied().unwrap_or(0)
        };
        let end = self.ends.get(i).copied().unwrap_or(start);
        self.text.get(start..end).unwrap_or("")
    }

    /// Every id back to back, and the end of each: what a snapshot saves.
    pub(super) fn parts(&self) -> (&str, &[usize]) {
        (&self.text, &self.ends)
    }

    /// The slot of `id`, if seen.
    pub(super) fn find(&self, id: &str) -> Option<usize> {
        let hash = self.hasher.hash_one(id);
        self.table
            .find(hash, |&j| self.get(j as usize) == id)
            .map(|&j| j as usize)
    }

    /// Keeps the ids whose `keep` is true, numbered again in their order (an id past the end
    /// of `keep` is kept).
    pub(super) fn retain(&mut self, keep: &[bool]) {
        let kept = (0..self.len())
            .filter(|&i| keep.get(i).copied().unwrap_or(true))
            .count();
        let mut fresh = Self::with_capacity(kept, self.text.len(), self.hasher.clone());
        for i in 0..self.len() {
            if keep.get(i).copied().unwrap_or(true) {
                fresh.slot(self.get(i));
            }
        }
        fresh.text.shrink_to_fit();
        *self = fresh;
    }

    /// The slot of `id`, and whether it was new (then numbered next).
    pub(super) fn slot(&mut self, id: &str) -> (usize, bool) {
        let Self {
            text,
            ends,
            table,
            hasher,
        } = self;
        let span = |i: usize| {
            let start = if i == 0 { 0 } else { ends[i - 1] };
            &text[start..ends[i]]
        };
        let hash = hasher.hash_one(id);
        match table.entry(
            hash,
            |&j| span(j as usize) == id,
            |&j| hasher.hash_one(span(j as usize)),
        ) {
            Entry::Occupied(e) => (*e.get() as usize, false),
            Entry::Vacant(e) => {
                let i = ends.len();
                e.insert(i as u32);
                text.push_str(id);
                ends.push(text.len());
                (i, true)
            }
        }
    }
}

//! Small pure statistics: ratios that never divide by zero, average precision, median.

use std::cmp::Ordering;

/// `num / den`, or 0 when `den` is 0; callers add a note where 0 stands for "undefined".
pub fn ratio(num: u64, den: u64) -> f64 {
    if den == 0 {
        0.0
    } else {
        num as f64 / den as f64
    }
}

/// Harmonic mean of precision and recall, 0 when both are 0.
pub fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    }
}

/// Orders scores highest first; NaN sorts last and `-0.0` equals `0.0`.
fn by_score_desc(a: f64, b: f64) -> Ordering {
    let key = |s: f64| {
        if s.is_nan() {
            f64::NEG_INFINITY
        } else {
            s + 0.0
        }
    };
    key(b).total_cmp(&key(a))
}

/// Average precision of a ranking of `(score, is_positive)` items:
/// `AP = Σ (R_n − R_{n−1}) · P_n` over the distinct score thresholds, highest first.
///
/// Items with equal scores form one threshold, so their order does not matter and the
/// result is deterministic. `None` when there is no positive item (AP is undefined).
pub fn average_precision(items: &[(f64, bool)]) -> Option<f64> {
    let positives = items.iter().filter(|(_, p)| *p).count();
    if positives == 0 {
        return None;
    }
    let mut sorted = items.to_vec();
    sorted.sort_by(|a, b| by_score_desc(a.0, b.0));
    let (mut ap, mut seen, mut hits, mut prev_recall) = (0.0, 0usize, 0usize, 0.0);
    let mut i = 0;
    while i < sorted.len() {
        let mut j = i;
        while j < sorted.len() && by_score_desc(sorted[i].0, sorted[j].0) == Ordering::Equal {
            hits += usize::from(sorted[j].1);
            j += 1;
        }
        seen += j - i;
        let recall = hits as f64 / positives as f64;
        ap += (recall - prev_recall) * (hits as f64 / seen as f64);
        prev_recall = recall;
        i = j;
    }
    Some(ap)
}

/// Median (mean of the two middle values for an even count); `None` when empty.
pub fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let mid = v.len() / 2;
    Some(if v.len() % 2 == 1 {
        v[mid]
    } else {
        (v[mid - 1] + v[mid]) / 2.0
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn ap_of_a_perfect_ranking_is_one() {
        let items = [(0.9, true), (0.8, true), (0.1, false), (0.0, false)];
        assert!(close(average_precision(&items).unwrap(), 1.0));
    }

    #[test]
    fn ap_by_hand_without_ties() {
        // Ranking: + - + -. Thresholds: P=1 at R=1/2, P=2/3 at R=1.
        let items = [(0.9, true), (0.8, false), (0.7, true), (0.6, false)];
        let expected = 0.5 * 1.0 + 0.5 * (2.0 / 3.0);
        assert!(close(average_precision(&items).unwrap(), expected));
    }

    #[test]
    fn ap_treats_tied_scores_as_one_threshold() {
        // 0.9: {+}, 0.5: {+, -, -}, 0.1: {+}. 3 positives.
        // R: 1/3 @ P 1; 2/3 @ P 2/4; 1 @ P 3/5.
        let items = [
            (0.5, false),
            (0.1, true),
            (0.5, true),
            (0.9, true),
            (0.5, false),
        ];
        let expected = (1.0 / 3.0) * 1.0 + (1.0 / 3.0) * 0.5 + (1.0 / 3.0) * 0.6;
        assert!(close(average_precision(&items).unwrap(), expected));
        // Had the tie been broken positive-first, AP would be higher: ties are not.
        let broken = [
            (0.9, true),
            (0.6, true),
            (0.5, false),
            (0.5, false),
            (0.1, true),
        ];
        assert!(average_precision(&broken).unwrap() > expected + 0.1);
    }

    #[test]
    fn ap_with_every_score_equal_is_the_base_rate() {
        let items = [(0.0, true), (0.0, false), (0.0, false), (0.0, false)];
        assert!(close(average_precision(&items).unwrap(), 0.25));
    }

    #[test]
    fn ap_without_positives_is_undefined() {
        assert_eq!(average_precision(&[(0.3, false)]), None);
        assert_eq!(average_precision(&[]), None);
    }

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(&[5.0, 1.0, 3.0]), Some(3.0));
        assert_eq!(median(&[4.0, 1.0, 3.0, 10.0]), Some(3.5));
        assert_eq!(median(&[]), None);
    }

    #[test]
    fn ratios_never_divide_by_zero() {
        assert_eq!(ratio(0, 0), 0.0);
        assert_eq!(ratio(1, 4), 0.25);
        assert_eq!(f1(0.0, 0.0), 0.0);
        assert!(close(f1(1.0, 0.5), 2.0 / 3.0));
    }

    proptest! {
        #[test]
        fn ap_is_a_probability_and_ignores_input_order(
            items in prop::collection::vec((0u8..5, any::<bool>()), 1..40),
            rotate in 0usize..40,
        ) {
            let items: Vec<(f64, bool)> =
                items.into_iter().map(|(s, p)| (f64::from(s) / 4.0, p)).collect();
            let mut rotated = items.clone();
            rotated.rotate_left(rotate % items.len());
            let a = average_precision(&items);
            prop_assert_eq!(a, average_precision(&rotated));
            if let Some(a) = a {
                prop_assert!((0.0..=1.0 + 1e-12).contains(&a));
            }
        }
    }
}

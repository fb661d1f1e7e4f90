//! Percentiles of Monte Carlo outputs without a full sort: nearest-rank P10, P50 and P90 by selection.

use super::results::Quantiles;

/// Nearest-rank index of quantile `q` among `n` sorted values.
fn rank(n: usize, q: f64) -> usize {
    ((n - 1) as f64 * q).round() as usize
}

/// P10, P50 and P90 of `values` (reordered in place) with the given mean. Three selections: the median
/// over all values, then P10 on the left part and P90 on the right part only.
pub(crate) fn quantiles(values: &mut [f64], mean: f64) -> Quantiles {
    let n = values.len();
    let (i10, i50, i90) = (rank(n, 0.1), rank(n, 0.5), rank(n, 0.9));
    let p50 = select(values, i50);
    let (left, right) = values.split_at_mut(i50);
    let p10 = if i10 < i50 { select(left, i10) } else { p50 };
    let p90 = if i90 > i50 {
        select(&mut right[1..], i90 - i50 - 1)
    } else {
        p50
    };
    Quantiles { p10, p50, p90, mean }
}

/// Median of `values` (reordered in place).
pub(crate) fn median(values: &mut [f64]) -> f64 {
    let i50 = rank(values.len(), 0.5);
    select(values, i50)
}

/// Value of rank `k` in `v`, which is reordered so that no larger value comes before position `k`
/// and no smaller one after it.
///
/// Quickselect with a branchless Lomuto partition, finished by the standard `select_nth_unstable_by`
/// on the last few dozen values. Hand-written because the release profile optimises for size
/// (`opt-level = "z"`, for the WebAssembly bundle), where the standard partition calls its comparison
/// closure once per element and costs about three times more. Paths are independent draws, so a
/// median-of-three pivot splits well; if it ever did not (many equal values), the round limit hands
/// the rest to the standard, worst-case-linear selection. Values are finite, so `<` is a total order.
fn select(v: &mut [f64], k: usize) -> f64 {
    const SMALL: usize = 32;
    const MAX_ROUNDS: usize = 64;
    let (mut lo, mut hi) = (0, v.len());
    for _ in 0..MAX_ROUNDS {
        if hi - lo <= SMALL {
            break;
        }
        let p = lo + partition(&mut v[lo..hi]);
        match k.cmp(&p) {
            std::cmp::Ordering::Equal => return v[k],
            std::cmp::Ordering::Less => hi = p,
            std::cmp::Ordering::Greater => lo = p + 1,
        }
    }
    *v[lo..hi].select_nth_unstable_by(k - lo, f64::total_cmp).1
}

/// Partitions `s` (at least 3 values) around the median of its first, middle and last values; returns
/// the pivot's final position: smaller values before it, the others after.
fn partition(s: &mut [f64]) -> usize {
    let (first, mid, last) = (0, s.len() / 2, s.len() - 1);
    let (a, b, c) = (s[first], s[mid], s[last]);
    let median = if (a < b) == (b < c) {
        mid
    } else if (b < a) == (a < c) {
        first
    } else {
        last
    };
    s.swap(0, median);
    let pivot = s[0];
    // Invariant: s[1..lt] < pivot ≤ s[lt..i]. Every step swaps, only the count depends on the test.
    let mut lt = 1;
    for i in 1..s.len() {
        // By hand rather than `swap`: the value is needed for the test anyway, and `slice::swap` is
        // not inlined at `opt-level = "z"` (measured: +50% on the whole evaluation).
        #[allow(clippy::manual_swap)]
        {
            let x = s[i];
            s[i] = s[lt];
            s[lt] = x;
            lt += usize::from(x < pivot);
        }
    }
    s.swap(0, lt - 1);
    lt - 1
}

#[cfg(test)]
mod tests {
    use super::super::rng::Xoshiro256PlusPlus;
    use super::*;

    #[test]
    fn select_matches_a_full_sort_even_with_many_equal_values() {
        let mut rng = Xoshiro256PlusPlus::seed_from(3);
        for n in [1, 2, 3, 33, 100, 1_000, 10_001] {
            for duplicates in [false, true] {
                let values: Vec<f64> = (0..n)
                    .map(|_| {
                        let x = rng.next_f64();
                        if duplicates && x < 0.6 {
                            1.0
                        } else {
                            x * 2.0
                        }
                    })
                    .collect();
                let mut sorted = values.clone();
                sorted.sort_by(f64::total_cmp);
                for k in [0, n / 10, n / 2, n - 1] {
                    let mut v = values.clone();
                    assert_eq!(select(&mut v, k), sorted[k], "n = {n}, k = {k}");
                    assert!(v[..k].iter().all(|&x| x <= sorted[k]));
                    assert!(v[k..].iter().all(|&x| x >= sorted[k]));
                }
            }
        }
    }

    #[test]
    fn quantiles_are_nearest_rank() {
        // 0..=100 shuffled: ranks 10, 50 and 90 hold 10, 50 and 90.
        let mut v: Vec<f64> = (0..=100).map(|i| f64::from((i * 37) % 101)).collect();
        let q = quantiles(&mut v, 50.0);
        assert_eq!((q.p10, q.p50, q.p90), (10.0, 50.0, 90.0));
        assert!(v[..50].iter().all(|&x| x <= 50.0) && v[51..].iter().all(|&x| x >= 50.0));
        let mut w = vec![3.0, 1.0, 2.0];
        assert_eq!(median(&mut w), 2.0);
    }
}

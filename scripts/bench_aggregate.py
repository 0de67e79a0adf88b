"""The numpy side of scripts/bench-aggregate: the same statistics as pbsim-core's aggregation,
computed the way a careful numpy user would (sort each line once, read everything off the sorted
columns), timed on the data file the Rust benchmark wrote, and checked against its results.

Usage: bench_aggregate.py DATA_FILE RUST_RESULT_FILE [RUNS]
"""

import json
import math
import sys
import time

import numpy as np

# pbsim-core counts each fine slot (1/2048 of a doubling for a million rows) in the bin holding the
# slot's lower edge, so its counts may differ from exact bins by the values within one slot below
# each edge; the check below allows exactly that.
SLOT = 2.0 ** -11


def quantile_type2(sorted_cols, p):
    """Hyndman-Fan type 2 (numpy's "averaged_inverted_cdf") on columns already sorted."""
    n = sorted_cols.shape[1]
    k = p * n
    if k == math.floor(k):
        k = int(k)
        return (sorted_cols[:, k - 1] + sorted_cols[:, k]) / 2
    return sorted_cols[:, math.ceil(k) - 1]


def markets(desc):
    """Independent markets on columns sorted in descending order: m_j(t) = max_r min(v_r, t·r),
    found by bisection on t (each step a vectorised binary search per line for the crossing r*),
    then solved exactly on the last linear piece, as pbsim-core does."""
    lines, n = desc.shape
    ranks = np.arange(1, n + 1, dtype=np.float64)
    rows = np.arange(lines)

    def medians(t):
        # r* = number of r with v_r >= t·r (a prefix, since v_r - t·r decreases).
        lo = np.zeros(lines, dtype=np.int64)
        hi = np.full(lines, n, dtype=np.int64)
        while np.any(lo < hi):
            mid = (lo + hi) // 2
            ok = desc[rows, np.minimum(mid, n - 1)] >= t * ranks[np.minimum(mid, n - 1)]
            ok &= lo < hi
            lo = np.where(ok, mid + 1, lo)
            hi = np.where(ok | (lo >= hi), hi, mid)
            hi = np.where(~ok & (lo < hi), mid, hi)
        r = lo
        linear = t * r.astype(np.float64)
        nxt = np.where(r < n, desc[rows, np.minimum(r, n - 1)], -np.inf)
        constant = nxt > linear
        return np.where(constant, nxt, linear), constant, np.where(constant, nxt, r.astype(np.float64))

    lo, hi = 0.0, 1.0
    m_hi, c_hi, k_hi = medians(hi)
    for _ in range(200):
        m_lo, c_lo, k_lo = medians(lo)
        if np.array_equal(c_lo, c_hi) and np.array_equal(k_lo, k_hi):
            break
        mid = lo + (hi - lo) / 2
        if mid <= lo or mid >= hi:
            break
        m_mid, c_mid, k_mid = medians(mid)
        if m_mid.sum() < 1.0:
            lo = mid
        else:
            hi, m_hi, c_hi, k_hi = mid, m_mid, c_mid, k_mid
    slope = k_hi[~c_hi].sum()
    constant = k_hi[c_hi].sum()
    t = min(max((1.0 - constant) / slope, lo), hi) if slope > 0 else hi
    return t, medians(t)[0]


def aggregate(x, baselines, bins=20):
    totals = x.sum(axis=0)
    keep = totals > 0
    shares = np.minimum(x[:, keep] * (1.0 / totals[keep]), 1.0)
    mean = shares.mean(axis=1)
    s = np.sort(shares, axis=1)
    q1, median, q3 = (quantile_type2(s, p) for p in (0.25, 0.5, 0.75))
    mn, mx = s[:, 0], s[:, -1]
    # Equal bins from min to max, as np.histogram would make them, read off the sorted columns.
    hists = []
    for j in range(s.shape[0]):
        edges = mn[j] + (mx[j] - mn[j]) / bins * np.arange(bins + 1)
        counts = np.diff(np.searchsorted(s[j], edges[:-1], side="left"))
        hists.append(np.append(counts, s.shape[1] - np.searchsorted(s[j], edges[-2], side="left")))
    b = np.asarray(baselines)[:, None]
    raised = (x > b).sum(axis=1) / x.shape[1]
    lowered = (x < b).sum(axis=1) / x.shape[1]
    kept = 1.0 - raised - lowered
    cw = median / median.sum()
    t_star, im = markets(s[:, ::-1])
    global sorted_cols
    sorted_cols = s
    return dict(mean=mean, q1=q1, median=median, q3=q3, min=mn, max=mx, histogram=hists, raised=raised,
                lowered=lowered, kept=kept, cw_median=cw, independent_markets=im, t_star=t_star)


def main():
    data_file, rust_file = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    rust = json.load(open(rust_file))
    x = np.fromfile(data_file, dtype="<f8").reshape(rust["lines"], rust["rows"])
    times = []
    cpu_start = time.process_time()
    for _ in range(runs):
        start = time.perf_counter()
        result = aggregate(x, rust["baselines"])
        times.append(time.perf_counter() - start)
    numpy_cpu = (time.process_time() - cpu_start) / runs

    worst = 0.0
    for j, line in enumerate(rust["stats"]):
        for key in ("mean", "q1", "median", "q3", "min", "max", "cw_median", "independent_markets", "raised",
                    "lowered", "kept"):
            worst = max(worst, abs(line[key] - float(result[key][j])))
        exact = np.cumsum(result["histogram"][j])[:-1]
        approx = np.cumsum(line["histogram"])[:-1]
        bins = len(line["histogram"])
        edges = result["min"][j] + (result["max"][j] - result["min"][j]) / bins * np.arange(1, bins)
        # pbsim-core counts the slot holding an edge below it: the values from the edge up to the
        # slot's upper edge, at most one slot width above, can move down one bin.
        near = np.searchsorted(sorted_cols[j], edges * (1 + SLOT), "right") - np.searchsorted(sorted_cols[j], edges, "left")
        if sum(line["histogram"]) != x.shape[1] or np.any(np.abs(exact - approx) > near):
            sys.exit(f"line {j}: histograms differ beyond one fine slot: numpy {list(result['histogram'][j])} vs {line['histogram']}")
    worst = max(worst, abs(rust["t_star"] - result["t_star"]))
    if worst > 1e-9:
        sys.exit(f"numpy and pbsim-core disagree by {worst}")

    rust_best, numpy_best = min(rust["seconds"]), min(times)
    rust_median, numpy_median = sorted(rust["seconds"])[len(rust["seconds"]) // 2], sorted(times)[len(times) // 2]
    print(f"{rust['rows']:,} submissions x {rust['lines']} lines, numpy {np.__version__}, "
          f"{rust['threads']} threads available; results agree within {worst:.1e}")
    print(f"{'':12} {'best':>10} {'median':>10}")
    print(f"{'pbsim-core':12} {rust_best * 1000:9.1f}ms {rust_median * 1000:9.1f}ms")
    print(f"{'numpy':12} {numpy_best * 1000:9.1f}ms {numpy_median * 1000:9.1f}ms")
    print(f"speed-up: {numpy_best / rust_best:.1f}x (best), {numpy_median / rust_median:.1f}x (median)")
    rust_cpu = rust.get("cpu_seconds_per_run")
    if rust_cpu:
        print(f"CPU time per run (all threads): pbsim-core {rust_cpu * 1000:.0f}ms, numpy {numpy_cpu * 1000:.0f}ms "
              f"({numpy_cpu / rust_cpu:.1f}x)")
    print(f"targets: <= 1 s: {'met' if rust_median <= 1.0 else 'NOT met'}; "
          f">= 20x numpy: {'met' if numpy_median / rust_median >= 20 else 'NOT met'}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Golden values for src/core/drift (Estimo's drift statistics), computed once with SciPy.

Run by hand, never by the tests:

    python3 scripts/golden/drift_golden.py > /tmp/golden.ts

and paste the output into src/core/drift/golden-values.ts (then `npx prettier --write` it).
Needs NumPy and SciPy (Debian: apt-get install python3-numpy python3-scipy); the values in the
repository were computed with the versions the output records (SciPy 1.17.1, NumPy 2.4.6).

The samples come from a 32-bit linear congruential generator, not NumPy's, because
src/core/drift/golden-samples.ts must reproduce them bit for bit: every step uses only integer
arithmetic, +, -, * and / on doubles and floor, which IEEE 754 rounds the same way in Python and
JavaScript, so both sides see identical samples (the tests check the first values and sums).

Generator: state' = (1664525 * state + 1013904223) mod 2**32, u = state' / 2**32.
  normal(mean, sd): mean + sd * (u1 + ... + u12 - 6)          (Irwin-Hall, 12 uniforms)
  pareto(scale):    scale / (u + 0.02)                          (heavy right tail)
  floor: Math.floor of the value (ties, as in prices rounded down)
  category(labels, weights): the first label whose cumulative weight exceeds u * total

What is compared (SciPy's own functions, as Evidently calls them):
  ks_2samp(a, b) (method 'auto') and ks_2samp(a, b, method='asymp'); kstwo.sf(x, n);
  chisquare(f_obs, f_exp) with f_exp = reference counts * n_cur / n_ref; chi2.sf(x, df);
  Evidently's z-test 2 * (1 - norm.cdf(|z|)); wasserstein_distance(ref, cur) / max(np.std(ref), 0.001);
  jensenshannon(p, q) (natural log, as Evidently calls it) and base 2 for reference;
  Evidently's PSI with its zero filling (get_binned_data feel_zeroes).
"""
import json
import math
import warnings

import numpy as np
import scipy
from scipy import stats
from scipy.spatial import distance

MASK = 0xFFFFFFFF


class Lcg:
    def __init__(self, seed):
        self.state = seed & MASK

    def uniform(self):
        self.state = (1664525 * self.state + 1013904223) & MASK
        return self.state / 4294967296.0


def sample(spec):
    rng = Lcg(spec["seed"])
    out = []
    for _ in range(spec["n"]):
        dist = spec["dist"]
        if dist == "normal":
            total = 0.0
            for _ in range(12):
                total += rng.uniform()
            value = spec["mean"] + spec["sd"] * (total - 6.0)
        elif dist == "pareto":
            value = spec["scale"] / (rng.uniform() + 0.02)
        else:
            raise ValueError(dist)
        out.append(float(math.floor(value)) if spec.get("floor") else value)
    return np.array(out)


def categories(spec):
    rng = Lcg(spec["seed"])
    weights = spec["weights"]
    total = 0.0
    for w in weights:
        total += w
    out = []
    for _ in range(spec["n"]):
        target = rng.uniform() * total
        cumulative = 0.0
        chosen = spec["labels"][-1]
        for label, w in zip(spec["labels"], weights):
            cumulative += w
            if target < cumulative:
                chosen = label
                break
        out.append(chosen)
    return out


def normal(seed, n, mean, sd, floor=False):
    spec = {"seed": seed, "n": n, "dist": "normal", "mean": mean, "sd": sd}
    if floor:
        spec["floor"] = True
    return spec


def pareto(seed, n, scale, floor=False):
    spec = {"seed": seed, "n": n, "dist": "pareto", "scale": scale}
    if floor:
        spec["floor"] = True
    return spec


KS_CASES = [
    ("equal sizes 50/50 (exact, closed form)", normal(11, 50, 0, 1), normal(12, 50, 0.5, 1)),
    ("unequal 80/120 (exact, lattice paths)", normal(13, 80, 0, 1), normal(14, 120, 0.3, 1.2)),
    ("ties 300/1000 (exact)", normal(15, 300, 50, 10, True), normal(16, 1000, 51, 10, True)),
    ("same distribution 500/700", normal(17, 500, 0, 1), normal(18, 700, 0, 1)),
    ("1000/10000 (exact, largest auto-exact)", normal(19, 1000, 0, 1), normal(20, 10000, 0.04, 1)),
    ("1000/15000 (asymp, n = round(937.5) = 938)", normal(21, 1000, 0, 1), normal(22, 15000, 0.03, 1)),
    ("100/12000 (asymp, n = 99 <= 140)", normal(23, 100, 0, 1), normal(24, 12000, 0.2, 1)),
    ("heavy tail 400/400 shifted (tiny p)", pareto(25, 400, 10), pareto(26, 400, 14)),
]

KSTWO_POINTS = [
    (5, 0.15), (5, 0.3), (5, 0.7), (20, 0.04), (20, 0.1), (20, 0.3), (20, 0.5), (50, 0.1),
    (99, 0.08), (99, 0.15), (99, 0.25), (140, 0.2), (141, 0.05), (141, 0.1), (141, 0.2),
    (500, 0.02), (500, 0.05), (500, 0.07), (500, 0.1), (938, 0.01), (938, 0.03), (938, 0.06),
    (5000, 0.01), (5000, 0.02), (20000, 0.005), (20000, 0.0105), (200000, 0.002),
    (5, 0.85), (300, 0.003), (1000, 0.0008), (150000, 0.004), (2000000, 0.002),
]

CHI2_POINTS = [
    (0.5, 1), (3.84, 1), (30.0, 1), (2.0, 2), (11.07, 5), (60.0, 5), (25.0, 30), (43.77, 30),
    (150.0, 30), (99.0, 99), (250.0, 99), (0.01, 3),
]

LEVELS = ["a", "b", "c", "d", "e"]
CHI_CASES = [
    ("5 levels, shifted", {"seed": 31, "n": 800, "labels": LEVELS, "weights": [0.4, 0.25, 0.15, 0.12, 0.08]},
     {"seed": 32, "n": 600, "labels": LEVELS, "weights": [0.35, 0.25, 0.2, 0.12, 0.08]}),
    ("5 levels, same", {"seed": 33, "n": 900, "labels": LEVELS, "weights": [0.4, 0.25, 0.15, 0.12, 0.08]},
     {"seed": 34, "n": 400, "labels": LEVELS, "weights": [0.4, 0.25, 0.15, 0.12, 0.08]}),
    ("unseen level f", {"seed": 35, "n": 500, "labels": LEVELS, "weights": [0.4, 0.25, 0.15, 0.12, 0.08]},
     {"seed": 36, "n": 300, "labels": LEVELS + ["f"], "weights": [0.4, 0.25, 0.15, 0.12, 0.07, 0.01]}),
    ("large, shifted (Jensen-Shannon range)", {"seed": 37, "n": 5000, "labels": LEVELS, "weights": [0.3, 0.3, 0.2, 0.1, 0.1]},
     {"seed": 38, "n": 4000, "labels": LEVELS + ["f"], "weights": [0.2, 0.3, 0.2, 0.1, 0.15, 0.05]}),
]

Z_CASES = [
    ("binary shifted", {"seed": 41, "n": 700, "labels": ["yes", "no"], "weights": [0.3, 0.7]},
     {"seed": 42, "n": 500, "labels": ["yes", "no"], "weights": [0.38, 0.62]}),
    ("binary same", {"seed": 43, "n": 900, "labels": ["yes", "no"], "weights": [0.5, 0.5]},
     {"seed": 44, "n": 900, "labels": ["yes", "no"], "weights": [0.5, 0.5]}),
]

WASSERSTEIN_CASES = [
    ("normal 800/600 shifted", normal(51, 800, 0, 1), normal(52, 600, 0.2, 1)),
    ("prices with ties 5000/3000", pareto(53, 5000, 100, True), pareto(54, 3000, 110, True)),
    ("heavy tail 20000/5000", pareto(55, 20000, 10), pareto(56, 5000, 10)),
    ("heavy tail 20000/5000 scaled", pareto(57, 20000, 10), pareto(58, 5000, 11)),
    ("normal 50000/2000 shifted 0.1 sd", normal(59, 50000, 100, 15), normal(60, 2000, 101.5, 15)),
]


def counts(ref, cur):
    keys = sorted(set(ref) | set(cur))
    return keys, [ref.count(k) for k in keys], [cur.count(k) for k in keys]


def feel_zeroes(shares):
    shares = np.array(shares, dtype=float)
    nonzero = shares[shares != 0]
    fill = nonzero.min() / 10**6 if nonzero.min() <= 0.0001 else 0.0001
    shares[shares == 0] = fill
    return shares


def psi(ref_counts, cur_counts):
    r = feel_zeroes(np.array(ref_counts) / sum(ref_counts))
    c = feel_zeroes(np.array(cur_counts) / sum(cur_counts))
    return float(np.sum((r - c) * np.log(r / c)))


def ks_results():
    out = []
    for name, a, b in KS_CASES:
        x, y = sample(a), sample(b)
        auto = stats.ks_2samp(x, y)
        asymp = stats.ks_2samp(x, y, method="asymp")
        out.append({"name": name, "a": a, "b": b, "aHead": [float(v) for v in x[:3]],
                    "aSum": float(np.sum(x)), "bSum": float(np.sum(y)), "statistic": float(auto.statistic),
                    "pValue": float(auto.pvalue), "asympStatistic": float(asymp.statistic),
                    "asympPValue": float(asymp.pvalue)})
    return out


def count_results(cases):
    out = []
    for name, a, b in cases:
        keys, ref, cur = counts(categories(a), categories(b))
        k_norm = sum(cur) / sum(ref)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            chi = stats.chisquare(cur, [r * k_norm for r in ref])
        p1, p2 = ref[0] / sum(ref), cur[0] / sum(cur)
        pooled = (ref[0] + cur[0]) / (sum(ref) + sum(cur))
        z = (p1 - p2) / math.sqrt(pooled * (1 - pooled) * (1 / sum(ref) + 1 / sum(cur)))
        out.append({"name": name, "a": a, "b": b, "keys": keys, "reference": ref, "current": cur,
                    "chiSquare": float(chi.statistic), "chiSquareP": float(chi.pvalue),
                    "z": z, "zP": float(2 * (1 - stats.norm.cdf(abs(z)))),
                    "jensenShannon": float(distance.jensenshannon(np.array(ref) / sum(ref), np.array(cur) / sum(cur))),
                    "jensenShannonBase2": float(distance.jensenshannon(np.array(ref) / sum(ref), np.array(cur) / sum(cur), base=2)),
                    "psi": psi(ref, cur)})
    return out


def wasserstein_results():
    out = []
    for name, a, b in WASSERSTEIN_CASES:
        x, y = sample(a), sample(b)
        norm = max(float(np.std(x)), 0.001)
        w = float(stats.wasserstein_distance(x, y))
        out.append({"name": name, "a": a, "b": b, "distance": w, "normed": w / norm, "std": float(np.std(x))})
    return out


def main():
    result = {
        "scipyVersion": scipy.__version__,
        "numpyVersion": np.__version__,
        "ks": ks_results(),
        "kstwoSf": [{"n": n, "x": x, "sf": float(stats.kstwo.sf(x, n))} for n, x in KSTWO_POINTS],
        "chi2Sf": [{"x": x, "df": df, "sf": float(stats.chi2.sf(x, df))} for x, df in CHI2_POINTS],
        "counts": count_results(CHI_CASES + Z_CASES),
        "wasserstein": wasserstein_results(),
    }
    print("/* Generated by scripts/golden/drift_golden.py; do not edit by hand. */")
    print("/** SciPy's values on the samples of golden-samples.ts (scripts/golden/drift_golden.py). */")
    print("export const GOLDEN = " + json.dumps(result, indent=2) + ";")


if __name__ == "__main__":
    main()

# Independent reference values for the statistics tests: Python's decimal and statistics
# modules, standard library only. Run: python3 reference.py
from decimal import Decimal as D, getcontext
import math, statistics
getcontext().prec = 60

def hf(xs, p, t):
    x = sorted(xs); n = len(x); p = D(p)
    if t == 7:
        h = (n - 1) * p + 1
    elif t == 6:
        h = (n + 1) * p
    else:
        h = n * p
        j = max(1, math.ceil(h))
        return x[j - 1]
    if h <= 1: return x[0]
    if h >= n: return x[-1]
    lo = int(h)
    return x[lo - 1] + (h - lo) * (x[lo] - x[lo - 1])

def skew(xs):
    n = len(xs); m = sum(xs) / n
    s = (sum((v - m) ** 2 for v in xs) / (n - 1)).sqrt()
    return D(n) / ((n - 1) * (n - 2)) * sum(((v - m) / s) ** 3 for v in xs)

def kurt(xs):
    n = len(xs); m = sum(xs) / n
    s = (sum((v - m) ** 2 for v in xs) / (n - 1)).sqrt()
    return D(n * (n + 1)) / ((n - 1) * (n - 2) * (n - 3)) * sum(((v - m) / s) ** 4 for v in xs) - D(3 * (n - 1) ** 2) / ((n - 2) * (n - 3))

sets = {
  "A": ["2", "4", "4", "4", "5", "5", "7", "9"],
  "B": ["3.1", "-2.5", "0", "7.25", "1.5", "10", "4.4"],
  "C": ["1", "2", "3", "10"],
}
for name, raw in sets.items():
    xs = [D(v) for v in raw]
    print(name, "mean", sum(xs) / len(xs), "median", statistics.median(xs))
    print(name, "sd sample", statistics.stdev(xs), "population", statistics.pstdev(xs))
    med = statistics.median(xs)
    print(name, "mad", statistics.median([abs(v - med) for v in xs]))
    print(name, "skew", skew(xs), "kurt", kurt(xs))
    for t in (1, 6, 7):
        print(name, "type", t, [str(hf(xs, p, t)) for p in ("0", "0.1", "0.25", "0.5", "0.75", "0.9", "1")])
    print(name, "python inclusive quartiles (type 7)", statistics.quantiles(xs, n=4, method="inclusive"))
    print(name, "python exclusive quartiles (type 6)", statistics.quantiles(xs, n=4, method="exclusive"))

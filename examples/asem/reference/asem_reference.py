"""Independent reference scores for the ASEM example, with Python's standard library only.

Follows COINr's default treatment of the ASEM data, written out from its definitions:

- each indicator is multiplied by its direction (1 or -1), then normalised by min-max onto
  [0, 100] over the countries that have a value: 100 * (x - min) / (max - min);
- each pillar is the weighted arithmetic mean of its indicators' scores, each sub-index of its
  pillars' scores, and the index of its sub-indexes' scores;
- a mean covers only the children that have a score, so missing values are skipped and the
  weights of the others re-normalised.

Usage: python3 asem_reference.py [DATA_DIR]
DATA_DIR defaults to $PMM_ASEM_DIR, else ../shared/data/asem next to the repository. The
scores are written to asem-reference.json beside this script, rounded to 8 decimal places.
"""

import csv
import json
import os
import sys
from decimal import ROUND_HALF_EVEN, Decimal, getcontext
from pathlib import Path

getcontext().prec = 50
HERE = Path(__file__).resolve().parent
REPOSITORY = HERE.parents[2]


def data_directory() -> Path:
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    if os.environ.get("PMM_ASEM_DIR"):
        return Path(os.environ["PMM_ASEM_DIR"])
    return REPOSITORY.parent / "shared" / "data" / "asem"


def read(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def weighted_mean(pairs: list[tuple[Decimal, Decimal]]) -> Decimal | None:
    """Weighted mean of (score, weight) pairs; None when no pair has a score."""
    present = [(score, weight) for score, weight in pairs if score is not None]
    total = sum((weight for _, weight in present), Decimal(0))
    if not present or total == 0:
        return None
    return sum((score * weight for score, weight in present), Decimal(0)) / total


def text(value: Decimal | None) -> str | None:
    if value is None:
        return None
    digits = format(value.quantize(Decimal("0.00000001"), rounding=ROUND_HALF_EVEN), "f")
    digits = digits.rstrip("0").rstrip(".") if "." in digits else digits
    return "0" if digits in ("-0", "") else digits


def main() -> None:
    directory = data_directory()
    meta = read(directory / "iMeta.csv")
    rows = read(directory / "iData.csv")

    indicators = [m for m in meta if m["Type"] == "Indicator"]
    aggregates = [m for m in meta if m["Type"] == "Aggregate"]

    # Indicator scores.
    scores: dict[str, dict[str, Decimal | None]] = {row["uCode"]: {} for row in rows}
    for indicator in indicators:
        code = indicator["iCode"]
        direction = Decimal(indicator["Direction"])
        values = {row["uCode"]: direction * Decimal(row[code]) for row in rows if row[code] != "NA"}
        low, high = min(values.values()), max(values.values())
        for row in rows:
            value = values.get(row["uCode"])
            scores[row["uCode"]][code] = None if value is None else Decimal(100) * (value - low) / (high - low)

    # Aggregates, level by level: pillars (2), sub-indexes (3), the index (4).
    children: dict[str, list[tuple[str, Decimal]]] = {}
    for item in indicators + aggregates:
        if item["Parent"] != "NA":
            children.setdefault(item["Parent"], []).append((item["iCode"], Decimal(item["Weight"])))
    for level in ("2", "3", "4"):
        for aggregate in (a for a in aggregates if a["Level"] == level):
            for country in scores.values():
                country[aggregate["iCode"]] = weighted_mean([(country.get(child), weight) for child, weight in children[aggregate["iCode"]]])

    output = {
        "source": "examples/asem/reference/asem_reference.py",
        "indicators": [m["iCode"] for m in indicators],
        "pillars": [a["iCode"] for a in aggregates if a["Level"] == "2"],
        "subIndexes": [a["iCode"] for a in aggregates if a["Level"] == "3"],
        "index": [a["iCode"] for a in aggregates if a["Level"] == "4"][0],
        "scores": {country: {code: text(value) for code, value in values.items()} for country, values in sorted(scores.items())},
    }
    (HERE / "asem-reference.json").write_text(json.dumps(output, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    ranked = sorted(((values["Index"], country) for country, values in scores.items()), reverse=True)
    print(f"wrote {HERE / 'asem-reference.json'}: {len(scores)} countries; top 3 by index: " + ", ".join(f"{country} {text(value)}" for value, country in ranked[:3]))


if __name__ == "__main__":
    main()

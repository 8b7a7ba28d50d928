"""How the category rules carry over to drafting they were not written from.

Each table row is one provision, `expected_categories<TAB>text` (`-` for none), written by a colleague
who never read the rules, from SPEC's definitions alone. Twelve tables are kept out of the tests and
must never be tuned on: `bench/data/policy_paraphrases_heldout_a.tsv` (90 rows, the kept-out half of
a set whose other half is `tests/core/provision_paraphrases.tsv`),
`bench/data/policy_paraphrases_heldout_b.tsv` (160 rows, written later, never looked at row by row)
`bench/data/policy_paraphrases_heldout_c.tsv` to `..._l.tsv` (80 rows each, the kept-out halves of a
third to twelfth set whose other halves are `tests/core/provision_paraphrases_c.tsv` to `_l.tsv`).

    .venv/bin/python bench/policy_paraphrases.py [TABLE ...] [--verbose]

For each table: rows read exactly right, micro precision and recall over category codes.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from entanglement.core.extract.provisions import find_provisions
from entanglement.core.taxonomy import CATEGORY_CODES

HERE = Path(__file__).parent
DEFAULT_TABLES = [
    HERE / "data" / "policy_paraphrases_heldout_a.tsv",
    HERE / "data" / "policy_paraphrases_heldout_b.tsv",
    HERE / "data" / "policy_paraphrases_heldout_c.tsv",
    HERE / "data" / "policy_paraphrases_heldout_d.tsv",
    HERE / "data" / "policy_paraphrases_heldout_e.tsv",
    HERE / "data" / "policy_paraphrases_heldout_f.tsv",
    HERE / "data" / "policy_paraphrases_heldout_g.tsv",
    HERE / "data" / "policy_paraphrases_heldout_h.tsv",
    HERE / "data" / "policy_paraphrases_heldout_i.tsv",
    HERE / "data" / "policy_paraphrases_heldout_j.tsv",
    HERE / "data" / "policy_paraphrases_heldout_k.tsv",
    HERE / "data" / "policy_paraphrases_heldout_l.tsv",
    HERE.parent / "tests" / "core" / "provision_paraphrases.tsv",
    HERE.parent / "tests" / "core" / "provision_paraphrases_c.tsv",
    HERE.parent / "tests" / "core" / "provision_paraphrases_d.tsv",
    HERE.parent / "tests" / "core" / "provision_paraphrases_e.tsv",
    HERE.parent / "tests" / "core" / "provision_paraphrases_f.tsv",
    HERE.parent / "tests" / "core" / "provision_paraphrases_g.tsv",
    HERE.parent / "tests" / "core" / "provision_paraphrases_h.tsv",
    HERE.parent / "tests" / "core" / "provision_paraphrases_i.tsv",
    HERE.parent / "tests" / "core" / "provision_paraphrases_j.tsv",
    HERE.parent / "tests" / "core" / "provision_paraphrases_k.tsv",
    HERE.parent / "tests" / "core" / "provision_paraphrases_l.tsv",
]


def read_table(path: Path) -> list[tuple[set[str], str]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        expected, text = line.split("\t")
        codes = set() if expected.strip() == "-" else {c.strip() for c in expected.split(",")}
        unknown = codes - set(CATEGORY_CODES)
        if unknown:
            raise SystemExit(f"{path}:{number}: unknown categories {sorted(unknown)}")
        rows.append((codes, text))
    return rows


def score(rows: list[tuple[set[str], str]], *, verbose: bool) -> tuple[int, int, int, int]:
    exact = tp = fp = fn = 0
    for expected, text in rows:
        found = {c for p in find_provisions(f"Section 2. {text}\n", assume_policy=True) for c in p.category_codes}
        exact += found == expected
        tp += len(found & expected)
        fp += len(found - expected)
        fn += len(expected - found)
        if verbose and found != expected:
            print(f"  -{sorted(expected - found)} +{sorted(found - expected)} | {text[:120]}")
    return exact, tp, fp, fn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tables", nargs="*", type=Path, default=DEFAULT_TABLES)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    print(f"{'table':48s} {'rows':>5s} {'exact':>6s} {'P':>6s} {'R':>6s} {'F1':>6s}")
    for path in args.tables:
        rows = read_table(path)
        exact, tp, fp, fn = score(rows, verbose=args.verbose)
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{path.name:48s} {len(rows):5d} {exact:6d} {p:6.3f} {r:6.3f} {f1:6.3f}")


if __name__ == "__main__":
    main()

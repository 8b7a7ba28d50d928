"""Quality of the policy analyzer against a gold folder (eval/SPEC.md format).

Runs `is_policy_text` + `find_provisions` on every gold document whose kind is scored for
categories (everything but news, press releases and statements) and prints micro/macro F1,
precision and recall, per-category figures, per-document errors and the time taken.

    .venv/bin/python bench/policy_quality.py [--gold DIR] [--json] [--verbose] [--speed] [--instructions]

`--instructions` (needs valgrind) counts instructions instead of seconds, which a loaded machine
does not disturb: start-up plus import, and each further pass over the gold texts.

`--speed` also measures the analyzer's cost: CPU seconds of one pass of is_policy_text +
find_provisions over every text of the gold folder (the "find_provisions" row of
bench/extract_speed.py; best of 7 passes), and, in fresh interpreters, the import time of
core/extract/provisions.py and the first call on a short policy text (when its patterns compile).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path

from entanglement.core.extract.provisions import find_provisions, is_policy_text
from entanglement.core.taxonomy import CATEGORY_CODES

NEWS_KINDS = {"news", "press_release", "statement"}
DEFAULT_GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"


def predict(text: str) -> tuple[bool, set[str]]:
    policy = is_policy_text(text)
    if not policy:
        return False, set()
    codes = {c for p in find_provisions(text, assume_policy=True) for c in p.category_codes}
    return True, codes


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(gold_dir: Path) -> dict[str, object]:
    per_cat = {c: {"tp": 0, "fp": 0, "fn": 0} for c in CATEGORY_CODES}
    errors: list[dict[str, object]] = []
    docs = 0
    elapsed = 0.0
    for ann in sorted(gold_dir.rglob("*.json")):
        txt = ann.with_suffix(".txt")
        if not txt.exists():
            continue
        gold = json.loads(ann.read_text(encoding="utf-8"))
        if gold.get("kind") in NEWS_KINDS:
            continue
        docs += 1
        text = txt.read_text(encoding="utf-8")
        t0 = time.process_time()
        policy, predicted = predict(text)
        elapsed += time.process_time() - t0
        wanted = {c for c in gold.get("categories") or [] if c in per_cat}
        predicted = {c for c in predicted if c in per_cat}
        for c in CATEGORY_CODES:
            if c in predicted and c in wanted:
                per_cat[c]["tp"] += 1
            elif c in predicted:
                per_cat[c]["fp"] += 1
            elif c in wanted:
                per_cat[c]["fn"] += 1
        if predicted != wanted:
            errors.append(
                {
                    "document": txt.name,
                    "kind": gold.get("kind"),
                    "policy": policy,
                    "false_positives": sorted(predicted - wanted),
                    "false_negatives": sorted(wanted - predicted),
                }
            )
    tp = sum(v["tp"] for v in per_cat.values())
    fp = sum(v["fp"] for v in per_cat.values())
    fn = sum(v["fn"] for v in per_cat.values())
    micro_p, micro_r, micro_f = _prf(tp, fp, fn)
    scored = {c: v for c, v in per_cat.items() if v["tp"] + v["fp"] + v["fn"]}
    table = {c: dict(zip(("precision", "recall", "f1"), _prf(v["tp"], v["fp"], v["fn"]), strict=True)) | v for c, v in scored.items()}
    macro_f = sum(row["f1"] for row in table.values()) / len(table) if table else 0.0
    return {
        "documents": docs,
        "micro": {"precision": micro_p, "recall": micro_r, "f1": micro_f, "tp": tp, "fp": fp, "fn": fn},
        "macro_f1": macro_f,
        "per_category": table,
        "errors": errors,
        "seconds": elapsed,
    }


SPEED_PASSES = 7
_IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \| entanglement\.core\.extract\.provisions$", re.M)
_FIRST_CALL = (
    "import time; t = time.process_time(); "
    "from entanglement.core.extract.provisions import find_provisions; "
    "i = time.process_time(); "
    "find_provisions('Section 1. The Sheriff shall not honor an immigration detainer.'); "
    "print(i - t, time.process_time() - i)"
)


def measure_speed(gold_dir: Path) -> dict[str, float]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(gold_dir.rglob("*.txt"))]
    best = float("inf")
    for _ in range(SPEED_PASSES):
        started = time.process_time()
        for text in texts:
            if is_policy_text(text):
                find_provisions(text)
        best = min(best, time.process_time() - started)
    imports = []
    first_calls = []
    for _ in range(5):
        out = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import entanglement.core.extract.provisions"],
            capture_output=True, text=True, check=True,
        )
        m = _IMPORT_LINE.search(out.stderr)
        if m:
            imports.append((int(m.group(1)) / 1e6, int(m.group(2)) / 1e6))
        out = subprocess.run([sys.executable, "-c", _FIRST_CALL], capture_output=True, text=True, check=True)
        first_calls.append(float(out.stdout.split()[1]))
    return {
        "texts": float(len(texts)),
        "megabytes": sum(len(t.encode()) for t in texts) / 1e6,
        "cpu_per_pass": best,
        "import_self": min(i[0] for i in imports) if imports else float("nan"),
        "import_cumulative": min(i[1] for i in imports) if imports else float("nan"),
        "first_call": min(first_calls),
    }


_PASSES = (
    "import sys; from pathlib import Path; "
    "from entanglement.core.extract.provisions import find_provisions, is_policy_text; "
    "texts = [p.read_text(encoding='utf-8') for p in sorted(Path(sys.argv[1]).rglob('*.txt'))]; "
    "[find_provisions(t) for _ in range(int(sys.argv[2])) for t in texts if is_policy_text(t)]"
)
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def count_instructions(gold_dir: Path, passes: int) -> int:
    """Instructions of a fresh interpreter that imports the analyzer and runs `passes` passes."""
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", _PASSES, str(gold_dir), str(passes)],
        capture_output=True, text=True, check=True,
    )
    m = _COLLECTED.search(out.stderr)
    if m is None:
        raise RuntimeError("valgrind printed no instruction count")
    return int(m.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold folder (default: ../shared/eval/dev)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--verbose", action="store_true", help="list every document with an error")
    parser.add_argument("--speed", action="store_true", help="also measure CPU per pass, import time and first call")
    parser.add_argument("--instructions", action="store_true", help="also count instructions under valgrind (minutes)")
    args = parser.parse_args(argv)
    if not args.gold.is_dir():
        print(f"policy_quality: no gold folder at {args.gold}", file=sys.stderr)
        return 1
    result = evaluate(args.gold)
    if args.speed:
        result["speed"] = measure_speed(args.gold)
    if args.instructions:
        start_up = count_instructions(args.gold, 0)
        two = count_instructions(args.gold, 2)
        result["instructions"] = {"start_up_and_import": start_up, "per_pass": (two - start_up) / 2}
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    micro = result["micro"]
    assert isinstance(micro, dict)
    print(f"documents scored for categories: {result['documents']}  (CPU time {result['seconds']:.3f} s)")
    print(
        f"micro  P={micro['precision']:.3f} R={micro['recall']:.3f} F1={micro['f1']:.3f}"
        f"  (tp={micro['tp']} fp={micro['fp']} fn={micro['fn']})"
    )
    print(f"macro  F1={result['macro_f1']:.3f}")
    print(f"{'category':32} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
    table = result["per_category"]
    assert isinstance(table, dict)
    for code, row in table.items():
        print(
            f"{code:32} {row['precision']:6.3f} {row['recall']:6.3f} {row['f1']:6.3f}"
            f" {row['tp']:4d} {row['fp']:4d} {row['fn']:4d}"
        )
    errors = result["errors"]
    assert isinstance(errors, list)
    print(f"documents with errors: {len(errors)}")
    for err in errors if args.verbose else errors[:20]:
        print(
            f"  {err['document']} ({err['kind']}, policy={err['policy']}):"
            f" FP {err['false_positives'] or '-'}  FN {err['false_negatives'] or '-'}"
        )
    counted = result.get("instructions")
    if isinstance(counted, dict):
        print(
            f"instructions: start-up + import {counted['start_up_and_import'] / 1e6:.0f} M;"
            f" one pass of is_policy_text + find_provisions over the gold texts {counted['per_pass'] / 1e6:.0f} M"
            " (mean of the first two passes, first-use compilation included)"
        )
    speed = result.get("speed")
    if isinstance(speed, dict):
        print(
            f"speed: is_policy_text + find_provisions over all {speed['texts']:.0f} texts ({speed['megabytes']:.2f} MB):"
            f" {speed['cpu_per_pass']:.3f} s CPU per pass (best of {SPEED_PASSES})"
        )
        print(
            f"speed: import provisions {speed['import_self']:.3f} s self, {speed['import_cumulative']:.3f} s with its imports;"
            f" first call on a short policy text {speed['first_call']:.3f} s CPU (best of 5 fresh interpreters)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

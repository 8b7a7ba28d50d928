"""Score the quote finder alone on a gold corpus (eval/SPEC.md format).

Usage: python bench/quotes_dev.py GOLD_DIR [OUT.jsonl] [SCORER]  (SCORER defaults to GOLD_DIR/../score.py)
Writes one prediction line per gold .txt with only `quotes` filled, then runs the corpus scorer
(GOLD_DIR/../score.py) on it. Speed: also prints the finder's time on the corpus repeated to 5 MB.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from entanglement.core.extract.quotes import find_quotes


def main() -> int:
    gold = Path(sys.argv[1])
    out = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/quotes_dev.jsonl")
    texts = {p: p.read_text(encoding="utf-8") for p in sorted(gold.rglob("*.txt"))}
    with out.open("w", encoding="utf-8") as fh:
        for path, text in texts.items():
            row = {
                "source": str(path),
                "quotes": [q.to_dict() for q in find_quotes(text)],
                "jurisdictions": [],
                "citations": [],
                "document_date": None,
                "categories": [],
            }
            fh.write(json.dumps(row) + "\n")
    scorer = Path(sys.argv[3]) if len(sys.argv) > 3 else gold.parent / "score.py"
    result = subprocess.run(
        [sys.executable, str(scorer), str(gold), str(out)], capture_output=True, text=True
    )
    print("\n".join(line for line in result.stdout.splitlines() if line.startswith("quotes")))
    blob = "\n\n".join(texts.values())
    big = blob * (5_000_000 // max(len(blob), 1) + 1)
    started = time.process_time()
    find_quotes(big)
    print(f"{len(big) / 1e6:.1f} MB in {time.process_time() - started:.2f} s CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

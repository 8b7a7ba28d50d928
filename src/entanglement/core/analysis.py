"""A policy text, analyzed: which levers each provision pulls, and how the text fares under § 1373.

`analyze_text` codes the provisions (core.extract.provisions) and builds:

- a summary: category -> the provisions that establish it;
- a review against 8 U.S.C. § 1373 and the other demands of the Justice Department's 2017-2018
  letters: which provisions restrict collecting, keeping or sharing citizenship or immigration-status
  information, whether a savings clause reaches each of them, and which provisions touch detainers,
  release notification and jail access.

`render_text` and `render_html` print it; the HTML is one self-contained page (inline CSS, no
external requests, every piece of document text escaped) laid out to print well.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from entanglement.core.extract.provisions import MAX_TEXT_CHARS, find_provisions, is_policy_text
from entanglement.core.models import CategoryEvidence, Provision
from entanglement.core.taxonomy import CATEGORIES, CATEGORY_CODES

__all__ = [
    "CategoryRow",
    "Coverage",
    "PolicyAnalysis",
    "Review1373",
    "TextTooLarge",
    "analyze_text",
    "render_html",
    "render_text",
]


class TextTooLarge(ValueError):
    """The text is longer than the analyzer reads (MAX_TEXT_CHARS)."""


@dataclass(frozen=True)
class CategoryRow:
    """One line of the summary table."""

    code: str
    provisions: tuple[str, ...]  # provision labels, in document order

    def to_dict(self) -> dict[str, Any]:
        category = CATEGORIES[self.code]
        return {
            "code": self.code,
            "label": category.label_en,
            "direction": category.direction,
            "provisions": list(self.provisions),
        }


@dataclass(frozen=True)
class Coverage:
    """Whether savings clauses reach one provision that restricts status information."""

    provision: str
    covered_by: tuple[str, ...]

    @property
    def covered(self) -> bool:
        return bool(self.covered_by)

    def to_dict(self) -> dict[str, Any]:
        return {"provision": self.provision, "covered": self.covered, "covered_by": list(self.covered_by)}


@dataclass(frozen=True)
class Review1373:
    """The text read the way the Justice Department's 2017-2018 letters read policies."""

    status_restrictions: tuple[str, ...]
    inquiry_restrictions: tuple[str, ...]
    savings_clauses: tuple[str, ...]
    coverage: tuple[Coverage, ...]
    detainers: tuple[str, ...]
    notification: tuple[str, ...]
    jail_access: tuple[str, ...]
    mandates: tuple[str, ...]
    verdict: str  # "not_implicated" | "covered" | "partly_covered" | "not_covered"
    finding: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "finding": self.finding,
            "status_restrictions": list(self.status_restrictions),
            "inquiry_restrictions": list(self.inquiry_restrictions),
            "savings_clauses": list(self.savings_clauses),
            "coverage": [c.to_dict() for c in self.coverage],
            "other_demands": {
                "detainers": list(self.detainers),
                "release_notification": list(self.notification),
                "jail_access": list(self.jail_access),
            },
            "cooperation_mandates": list(self.mandates),
        }


@dataclass(frozen=True)
class PolicyAnalysis:
    source: str
    text: str
    is_policy: bool
    provisions: tuple[Provision, ...]
    summary: tuple[CategoryRow, ...]
    review: Review1373

    @property
    def coded(self) -> tuple[Provision, ...]:
        return tuple(p for p in self.provisions if p.categories)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "text_length": len(self.text),
            "is_policy": self.is_policy,
            "categories": [row.code for row in self.summary],
            "summary": [row.to_dict() for row in self.summary],
            "review_1373": self.review.to_dict(),
            "provisions": [
                {
                    "label": label_of(p, i),
                    "number": p.number,
                    "heading": p.heading,
                    "role": p.role,
                    "span": p.span.to_dict(),
                    "text": p.text,
                    "categories": [
                        {"category": e.category, "span": e.span.to_dict(), "passage": e.passage} for e in p.categories
                    ],
                }
                for i, p in enumerate(self.provisions, 1)
            ],
        }


def label_of(provision: Provision, index: int) -> str:
    """How a report names a provision: its number, or its place in the text when it has none."""
    return provision.number or f"paragraph {index}"


def analyze_text(text: str, source: str = "<text>") -> PolicyAnalysis:
    """Analyze one text. Non-policy texts come back with `is_policy=False` and no categories."""
    if len(text) > MAX_TEXT_CHARS:
        raise TextTooLarge(f"{len(text):,} characters is over the analyzer's limit of {MAX_TEXT_CHARS:,}")
    policy = is_policy_text(text)
    provisions = tuple(find_provisions(text, assume_policy=policy))
    labels = {id(p): label_of(p, i) for i, p in enumerate(provisions, 1)}
    summary = tuple(
        CategoryRow(code, tuple(labels[id(p)] for p in provisions if code in p.category_codes))
        for code in CATEGORY_CODES
        if any(code in p.category_codes for p in provisions)
    )
    return PolicyAnalysis(source, text, policy, provisions, summary, _review(provisions, labels))


# --------------------------------------------------------------------------------------------------
# The § 1373 review
# --------------------------------------------------------------------------------------------------

_SECTION_SCOPE = re.compile(r"\b(?:this|the\s+foregoing)\s+(?:section|subsection|subdivision|paragraph|sub-section)\b", re.I)


def _top_section(label: str) -> str:
    return re.split(r"[(,]", label, maxsplit=1)[0].strip()


def _savings_scope(provision: Provision) -> str:
    """"section" when the clause speaks only of its own section, else "document"."""
    passages = " ".join(e.passage for e in provision.categories if e.category == "compliance_savings_clause")
    return "section" if _SECTION_SCOPE.search(passages) else "document"


def _review(provisions: tuple[Provision, ...], labels: dict[int, str]) -> Review1373:
    def having(code: str) -> tuple[Provision, ...]:
        return tuple(p for p in provisions if code in p.category_codes)

    restrictions = having("status_sharing_limits")
    savings = having("compliance_savings_clause")
    coverage: list[Coverage] = []
    for restriction in restrictions:
        home = _top_section(labels[id(restriction)])
        covering = tuple(
            labels[id(s)]
            for s in savings
            if _savings_scope(s) == "document" or _top_section(labels[id(s)]) == home
        )
        coverage.append(Coverage(labels[id(restriction)], covering))

    covered = sum(1 for c in coverage if c.covered)
    if not restrictions:
        verdict = "not_implicated"
        finding = (
            "No provision restricts sending, receiving or keeping citizenship or immigration-status "
            "information, so 8 U.S.C. § 1373 is not directly implicated"
        )
        finding += "; the text also states a savings clause." if savings else "."
    elif covered == len(coverage):
        verdict = "covered"
        finding = (
            f"{len(restrictions)} provision(s) restrict status information, and a savings clause reaches "
            "each of them: the text itself preserves the exchanges § 1373 protects."
        )
    elif covered:
        verdict = "partly_covered"
        finding = (
            f"{len(restrictions)} provision(s) restrict status information; a savings clause reaches only "
            f"{covered} of them. The others are where a § 1373 objection would be aimed."
        )
    else:
        verdict = "not_covered"
        finding = (
            f"{len(restrictions)} provision(s) restrict status information and no savings clause reaches "
            "them: this is the pattern the Justice Department's § 1373 letters objected to."
        )

    def names(items: tuple[Provision, ...]) -> tuple[str, ...]:
        return tuple(labels[id(p)] for p in items)

    return Review1373(
        status_restrictions=names(restrictions),
        inquiry_restrictions=names(having("status_inquiry_limits")),
        savings_clauses=names(savings),
        coverage=tuple(coverage),
        detainers=names(having("detainer_limits")),
        notification=names(having("notification_limits")),
        jail_access=names(having("ice_access_limits")),
        mandates=names(having("cooperation_mandate")),
        verdict=verdict,
        finding=finding,
    )


# --------------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------------


def _segments(provision: Provision) -> list[tuple[str, tuple[CategoryEvidence, ...]]]:
    """The provision's text cut into runs, each with the evidence that covers it."""
    start, end = provision.span.start, provision.span.end
    cuts = {start, end}
    for e in provision.categories:
        cuts.add(min(max(e.span.start, start), end))
        cuts.add(min(max(e.span.end, start), end))
    points = sorted(cuts)
    out: list[tuple[str, tuple[CategoryEvidence, ...]]] = []
    for a, b in zip(points, points[1:], strict=False):
        if a == b:
            continue
        covering = tuple(e for e in provision.categories if e.span.start <= a and b <= e.span.end)
        out.append((provision.text[a - start : b - start], covering))
    return out


def _list(items: tuple[str, ...]) -> str:
    return "; ".join(items) if items else "none"


def render_text(analysis: PolicyAnalysis) -> str:
    lines: list[str] = [f"Policy analysis: {analysis.source}", ""]
    if not analysis.is_policy:
        lines.append(
            "This does not read as a policy text (ordinance, statute, executive order or directive); "
            "no categories are assigned."
        )
        return "\n".join(lines) + "\n"
    lines.append(f"{len(analysis.provisions)} provisions, {len(analysis.coded)} coded.")
    lines += ["", "Summary", "-------"]
    if not analysis.summary:
        lines.append("No provision establishes any category.")
    width = max((len(CATEGORIES[r.code].label_en) for r in analysis.summary), default=0)
    for row in analysis.summary:
        lines.append(f"{CATEGORIES[row.code].label_en:<{width}}  {_list(row.provisions)}")
    review = analysis.review
    lines += ["", "Review under 8 U.S.C. § 1373", "----------------------------", review.finding]
    lines.append(f"Restrict status information: {_list(review.status_restrictions)}")
    for c in review.coverage:
        lines.append(f"  {c.provision}: " + (f"covered by {_list(c.covered_by)}" if c.covered else "not covered"))
    lines.append(f"Savings clauses: {_list(review.savings_clauses)}")
    lines.append(f"Limit asking people about status: {_list(review.inquiry_restrictions)}")
    lines.append("Other demands of the 2017-2018 letters:")
    lines.append(f"  detainers: {_list(review.detainers)}")
    lines.append(f"  release notification: {_list(review.notification)}")
    lines.append(f"  jail access: {_list(review.jail_access)}")
    lines.append(f"Cooperation mandates: {_list(review.mandates)}")
    lines += ["", "Coded provisions", "----------------"]
    for i, p in enumerate(analysis.provisions, 1):
        if not p.categories:
            continue
        title = label_of(p, i) + (f" ({p.heading})" if p.heading else "")
        lines.append(f"{title}: {', '.join(p.category_codes)}")
        text = "".join(f"[[{run}]]" if ev else run for run, ev in _segments(p))
        lines.append("    " + " ".join(text.split()))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


_CSS = """
body{font:15px/1.5 Georgia,'Times New Roman',serif;color:#111;max-width:52rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;border-bottom:1px solid #999;margin-top:2rem}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.25rem .5rem;border-bottom:1px solid #ddd}
.dir{font:12px/1.2 Helvetica,Arial,sans-serif;text-transform:uppercase;color:#555}
.prov{margin:1rem 0;padding:.5rem .75rem;border-left:4px solid #888;page-break-inside:avoid;break-inside:avoid}
.prov h3{font:600 14px/1.3 Helvetica,Arial,sans-serif;margin:0 0 .25rem}
.prov p{white-space:pre-wrap;margin:.25rem 0}
mark{background:#fde68a;padding:0 .1em}
.tag{display:inline-block;font:12px/1.4 Helvetica,Arial,sans-serif;border:1px solid #888;border-radius:3px;padding:0 .35em;margin-right:.25em}
.mandates{border-left-color:#b91c1c}.verdict{font-weight:600}
.muted{color:#555}
@media print{body{margin:0;max-width:none;font-size:11pt}mark{background:none;text-decoration:underline;font-weight:600}a{color:inherit}}
"""


def _h(s: str) -> str:
    return html.escape(s, quote=True)


def render_html(analysis: PolicyAnalysis) -> str:
    review = analysis.review
    parts: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Policy analysis: {_h(analysis.source)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>Policy analysis</h1><p class='muted'>{_h(analysis.source)}</p>",
    ]
    if not analysis.is_policy:
        parts.append(
            "<p>This does not read as a policy text (ordinance, statute, executive order or directive); "
            "no categories are assigned.</p></body></html>"
        )
        return "\n".join(parts) + "\n"
    parts.append(f"<p>{len(analysis.provisions)} provisions, {len(analysis.coded)} coded.</p>")
    parts.append("<h2>Summary</h2>")
    if analysis.summary:
        parts.append("<table><thead><tr><th>Category</th><th>Direction</th><th>Provisions</th></tr></thead><tbody>")
        for row in analysis.summary:
            category = CATEGORIES[row.code]
            parts.append(
                f"<tr><td title='{_h(category.definition_en)}'>{_h(category.label_en)}</td>"
                f"<td class='dir'>{_h(category.direction)}</td><td>{_h(_list(row.provisions))}</td></tr>"
            )
        parts.append("</tbody></table>")
    else:
        parts.append("<p>No provision establishes any category.</p>")

    parts.append("<h2>Review under 8 U.S.C. § 1373</h2>")
    parts.append(f"<p class='verdict'>{_h(review.finding)}</p><table><tbody>")
    rows = [
        ("Restrict status information", _list(review.status_restrictions)),
        (
            "Savings-clause coverage",
            "; ".join(
                f"{c.provision}: " + (f"covered by {_list(c.covered_by)}" if c.covered else "not covered")
                for c in review.coverage
            )
            or "nothing to cover",
        ),
        ("Savings clauses", _list(review.savings_clauses)),
        ("Limit asking people about status", _list(review.inquiry_restrictions)),
        ("Detainers", _list(review.detainers)),
        ("Release notification", _list(review.notification)),
        ("Jail access", _list(review.jail_access)),
        ("Cooperation mandates", _list(review.mandates)),
    ]
    for name, value in rows:
        parts.append(f"<tr><th>{_h(name)}</th><td>{_h(value)}</td></tr>")
    parts.append("</tbody></table>")

    parts.append("<h2>Coded provisions</h2>")
    for i, p in enumerate(analysis.provisions, 1):
        if not p.categories:
            continue
        mandates = any(CATEGORIES[c].direction == "mandates" for c in p.category_codes if c in CATEGORIES)
        title = label_of(p, i) + (f" — {p.heading}" if p.heading else "")
        tags = "".join(
            f"<span class='tag' title='{_h(CATEGORIES[c].definition_en)}'>{_h(CATEGORIES[c].label_en)}</span>"
            for c in p.category_codes
            if c in CATEGORIES
        )
        body = "".join(
            f"<mark title='{_h(', '.join(dict.fromkeys(e.category for e in ev)))}'>{_h(run)}</mark>" if ev else _h(run)
            for run, ev in _segments(p)
        )
        parts.append(
            f"<section class='prov{' mandates' if mandates else ''}'><h3>{_h(title)}</h3>"
            f"<div>{tags}</div><p>{body}</p></section>"
        )
    uncoded = [(label_of(p, i), p) for i, p in enumerate(analysis.provisions, 1) if not p.categories]
    if uncoded:
        parts.append("<h2>Other provisions</h2><table><tbody>")
        for name, p in uncoded:
            excerpt = " ".join(p.text.split())
            excerpt = excerpt[:160] + ("…" if len(excerpt) > 160 else "")
            parts.append(f"<tr><th>{_h(name)}</th><td class='dir'>{_h(p.role)}</td><td>{_h(excerpt)}</td></tr>")
        parts.append("</tbody></table>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"

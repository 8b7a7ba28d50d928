"""The policy analysis report and `entangle analyze`, on texts written for these tests."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from entanglement.cli import main
from entanglement.core.analysis import TextTooLarge, analyze_text, render_html, render_text

HEAD = "AN ORDINANCE concerning immigration.\n\nBE IT ORDAINED BY THE COUNCIL OF THE CITY OF EXAMPLE:\n\n"
SHARING_BAN = "No city employee shall disclose information regarding the immigration status of any person."
SAVINGS_DOC = (
    "Nothing in this ordinance prohibits any city employee from sending to, or receiving from, federal "
    "immigration authorities information regarding the citizenship or immigration status of any individual."
)
SAVINGS_SECTION = (
    "Nothing in this section prohibits any city employee from sending to federal immigration authorities "
    "information regarding the immigration status of any individual."
)


def policy(*sections: str) -> str:
    return HEAD + "\n\n".join(f"Section {i}. {s}" for i, s in enumerate(sections, 1)) + "\n"


def test_review_without_savings_clause_is_not_covered() -> None:
    analysis = analyze_text(policy(SHARING_BAN, "The Sheriff shall not honor immigration detainers."))
    review = analysis.review
    assert review.verdict == "not_covered"
    assert review.status_restrictions == ("Sec. 1",)
    assert [c.covered for c in review.coverage] == [False]
    assert review.detainers == ("Sec. 2",)


def test_review_with_document_wide_savings_clause_is_covered() -> None:
    analysis = analyze_text(policy(SHARING_BAN, SAVINGS_DOC))
    review = analysis.review
    assert review.verdict == "covered"
    assert review.savings_clauses == ("Sec. 2",)
    assert review.coverage[0].covered_by == ("Sec. 2",)


def test_section_savings_clause_reaches_only_its_own_section() -> None:
    text = policy(
        "Records.\n(a) " + SHARING_BAN + "\n(b) " + SAVINGS_SECTION,
        "Databases. No department shall share information about the citizenship status of residents.",
    )
    review = analyze_text(text).review
    assert review.verdict == "partly_covered"
    coverage = {c.provision: c.covered for c in review.coverage}
    assert coverage == {"Sec. 1(a)": True, "Sec. 2": False}


def test_no_status_restriction_means_not_implicated() -> None:
    review = analyze_text(
        policy("No officer shall inquire about a person's immigration status.", SAVINGS_DOC)
    ).review
    assert review.verdict == "not_implicated"
    assert review.inquiry_restrictions == ("Sec. 1",)
    assert "savings clause" in review.finding


def test_other_demands_of_the_letters_are_listed() -> None:
    text = policy(
        "The jail shall not provide ICE with the release date of any inmate.",
        "ICE agents shall not be given access to the county jail without a judicial warrant.",
        "The Sheriff shall honor all immigration detainers.",
    )
    review = analyze_text(text).review
    assert review.notification == ("Sec. 1",)
    assert review.jail_access == ("Sec. 2",)
    assert review.mandates == ("Sec. 3",)


def test_summary_maps_categories_to_provisions_in_taxonomy_order() -> None:
    analysis = analyze_text(policy(SAVINGS_DOC, SHARING_BAN))
    assert [(row.code, row.provisions) for row in analysis.summary] == [
        ("status_sharing_limits", ("Sec. 2",)),
        ("compliance_savings_clause", ("Sec. 1",)),
    ]


def test_text_report_highlights_the_passage() -> None:
    report = render_text(analyze_text(policy(SHARING_BAN)))
    assert f"[[{SHARING_BAN}]]" in report
    assert "Review under 8 U.S.C. § 1373" in report


def test_html_is_self_contained_escaped_and_printable() -> None:
    hostile = "<script>alert(1)</script> No employee shall ask about immigration status. <img src=x>"
    page = render_html(analyze_text(policy(hostile)))
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;" in page
    # No tag fetches anything: no src/href attributes, no CSS imports or urls.
    assert not re.search(r"""<[^>]*\s(?:src|href)\s*=|url\(|@import""", page)
    assert "@media print" in page
    assert "<mark" in page


def test_json_shape() -> None:
    data = analyze_text(policy(SHARING_BAN), source="x.txt").to_dict()
    assert data["is_policy"] is True
    assert data["categories"] == ["status_sharing_limits"]
    assert data["review_1373"]["verdict"] == "not_covered"
    coded = [p for p in data["provisions"] if p["categories"]]
    assert coded[0]["categories"][0]["passage"] == SHARING_BAN
    json.dumps(data)


def test_non_policy_text_is_reported_as_such() -> None:
    analysis = analyze_text("The council met on Tuesday. Mayor Doe said the vote would wait, she told reporters.")
    assert not analysis.is_policy
    assert analysis.summary == ()
    assert "does not read as a policy text" in render_text(analysis)
    assert "does not read as a policy text" in render_html(analysis)


def test_too_large_text_raises_a_clear_error() -> None:
    with pytest.raises(TextTooLarge, match="limit"):
        analyze_text("a" * 10_000_001)


# ---------------------------------------------------------------------------------------------
# The command
# ---------------------------------------------------------------------------------------------


def test_cli_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "ordinance.txt"
    source.write_text(policy(SHARING_BAN, SAVINGS_DOC), encoding="utf-8")
    assert main(["analyze", str(source)]) == 0
    assert "covered by Sec. 2" in capsys.readouterr().out
    assert main(["analyze", str(source), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["review_1373"]["verdict"] == "covered"
    out = tmp_path / "report.html"
    assert main(["analyze", str(source), "--format", "html", "--output", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "no text"),
        ("blank.txt", b"  \n\n ", "no text"),
        ("latin1.txt", "Secci\xf3n 1.".encode("latin-1"), "not UTF-8"),
        ("huge.txt", b"shall not " * 1_100_000, "limit"),
    ],
)
def test_cli_bad_input_exits_1_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert main(["analyze", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("entangle analyze:") and message in err


def test_cli_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(tmp_path / "absent.txt")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_cli_non_policy_prose_is_a_result_not_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.txt"
    path.write_text("It rained in the valley all week, and the river rose over the old bridge.", encoding="utf-8")
    assert main(["analyze", str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["is_policy"] is False and data["categories"] == []


def test_cli_reads_html_through_core_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "ordinance.html"
    body = "".join(f"<p>{line}</p>" for line in policy(SHARING_BAN).split("\n\n"))
    page.write_text(f"<html><head><title>Ordinance</title></head><body><article>{body}</article></body></html>", encoding="utf-8")
    assert main(["analyze", str(page), "--format", "json"]) == 0
    assert "status_sharing_limits" in json.loads(capsys.readouterr().out)["categories"]

"""Bill and agreement layouts a text layer damages: line numbers run into the text or glued to line
ends, sections run together, a scan's split "o f", and a Georgia-style title's "so as to require".
Texts written for these tests."""

from __future__ import annotations

from entanglement.core.extract.provisions import blank_line_numbers, find_provisions


def codes(text: str) -> set[str]:
    return {c for p in find_provisions(text, assume_policy=True) for c in p.category_codes}


# A printed bill whose lines were run together with their numbers: the intent section and the rule
# are one paragraph unless the numbers before "Sec. 2." and "A." become breaks again.
RUN_TOGETHER = (
    "SENATE BILL 404\n\nAN ACT\n\nRELATING TO LOCAL POLICING.\n\n"
    "1 Be it enacted by the Legislature of the State of Ardena: 2 Section 1. Intent 3 The legislature "
    "finds that local agencies should work together with 4 federal officers on every matter of public "
    "safety in this state and declares 5 that this act is meant to make that cooperation the rule for every "
    "agency 6 of the state. 7 Sec. 2. Title 9, chapter 4, Ardena Statutes, is amended by adding a 8 new "
    "section to read: 9 9-401. Cooperation with federal officers 10 A. NO AGENCY OR OFFICIAL OF THIS "
    "STATE OR OF ANY COUNTY OR CITY MAY LIMIT 11 OR RESTRICT THE ENFORCEMENT OF FEDERAL IMMIGRATION LAWS "
    "TO LESS THAN 12 THE FULL EXTENT PERMITTED BY FEDERAL LAW.\n"
)


def test_sections_run_together_are_split_at_their_line_numbers() -> None:
    blanked = blank_line_numbers(RUN_TOGETHER)
    assert len(blanked) == len(RUN_TOGETHER)
    assert "\n Sec. 2." in blanked and "\n  A. NO AGENCY" in blanked
    assert "cooperation_mandate" in codes(RUN_TOGETHER)
    # the passage still quotes the page as given
    ruling = [p for p in find_provisions(RUN_TOGETHER, assume_policy=True) if p.category_codes]
    assert ruling and all(RUN_TOGETHER[p.span.start : p.span.end] == p.text for p in ruling)


def test_numbers_inside_a_sentence_make_no_break() -> None:
    blanked = blank_line_numbers(RUN_TOGETHER)
    assert "\n federal officers" not in blanked
    assert "with   federal officers" in blanked


# Numbers glued to each line's last word, and "Chapter 4" inside a numbered line: the run of
# line numbers is the longer one, and the chapter's number stays.
GLUED = (
    "A BILL TO BE ENTITLED\nAN ACT\n"
    "To amend Chapter 12 of Title 8 of the Code of Ardena, relating to\n1\n"
    "general provisions applicable to counties and cities, so as to waive the immunity of2\n"
    "local governments for a violation of the prohibition on sanctuary policies; to amend3\n"
    "Article 1 of Chapter 4 of Title 9 of the Code of Ardena, relating to jails, so as to4\n"
    "require sheriffs and jailers to honor immigration detainer requests issued by the5\n"
    "Department of Homeland Security; to provide for related matters; to repeal conflicting6\n"
    "laws; and for other purposes.7\n"
    "BE IT ENACTED BY THE GENERAL ASSEMBLY OF ARDENA:8\n"
    "SECTION 1.9\n"
    "Chapter 12 of Title 8 is amended by adding a new subsection to read as follows:10\n"
)


def test_glued_line_numbers_are_blanked_and_a_chapter_number_kept() -> None:
    blanked = blank_line_numbers(GLUED)
    assert len(blanked) == len(GLUED)
    assert "immunity of \n" in blanked and "conflicting \n" in blanked
    assert "Chapter 4 of Title 9" in blanked
    assert "SECTION 1. \n" in blanked


def test_a_title_that_requires_so_as_to_honor_detainers() -> None:
    assert "cooperation_mandate" in codes(GLUED)


def test_a_title_so_as_to_require_reports_is_no_mandate() -> None:
    text = (
        "AN ACT\nTo amend Chapter 3 of Title 5 of the Code of Ardena, relating to budgets, so as to require "
        "counties to publish their annual budgets online; and for other purposes.\n"
    )
    assert "cooperation_mandate" not in codes(text)


def test_a_prose_paragraph_with_small_numbers_is_left_alone() -> None:
    text = "The council met 2 times in May and 3 times in June; 4 members voted yes and 5 voted no.\n"
    assert blank_line_numbers(text) == text


def test_a_scans_split_of_is_rejoined() -> None:
    text = (
        "MEMORANDUM OF AGREEMENT\n\nThis Memorandum o f Agreement constitutes an agreement between U.S. "
        "Immigration and Customs Enforcement and the Ridgeford County Sheriff's Office, pursuant to which ICE "
        "delegates selected deputies to perform certain functions o f an immigration officer.\n"
    )
    assert codes(text) == {"cooperation_mandate"}

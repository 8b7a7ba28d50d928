"""The last-resort reading: a full date standing in the text's opening lines, when no layout rule
knows the page. Texts written for this test."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # header-like lines no specific rule reads
        ("Docket sheet\nRecord 44-B  Filed 2021-03-09  Clerk: Ana Ruiz\n\nThe parties appeared.", "2021-03-09"),
        ("Keeping Our County Safe\nIssue 12 / Spring\nMarch 4, 2019\n\nThe commission met to weigh.", "2019-03-04"),
        ("CITY OF LAKEVIEW\nTransmittal 5/14/2018 Item 7\n\nThe committee recommends approval.", "2018-05-14"),
        ("Report on detainers\nBoard packet (June 2, 2020) – Clerk of the Board\n\nThe Sheriff reported.", "2020-06-02"),
        # running prose and other days' marks
        ("On October 3, 2019 the council voted to end the program.", None),
        ("Within ninety days after May 21, 2019, the sheriff must publish the policy.", None),
        ("Weekly summary\nRequests received Jan. 28 - Feb. 3, 2017\n\nThe office received nine.", None),
        ("Weekly summary\nRequests received Jan 28 Feb 3, 2017\n\nThe office received nine.", None),
        ("County news\nMay 5, 2016: Deputies open the new booking wing.\n\nThe wing holds forty.", None),
        ("Sheriff Ana Ruiz speaks to reporters on Monday, Feb. 6, 2017.\n\nThe county has 300 inmates.", None),
        ("Code of the Town\nRevised March 1, 2022\n\nSec. 1. Definitions.", None),
        ("Bill tracker\nLast action March 1, 2022 (8 months ago)\n\nSec. 1. Definitions.", None),
        ("Pictured: the jail on Oct. 6, 2016.\n\nThe jail holds 200 people.", None),
        ("Links\n- 8/14/2019 County ends its agreement\n- 9/1/2019 Other news", None),
        ("February 17, 2017, I was told by counsel that the practice had ended.", None),
        ("Pub. L. 91-538, Dec. 9, 1970, 84 Stat. 1397\n\nThe agreement on detainers.", None),
        # past the opening lines a date is no header
        ("Immigration enforcement\n\n" + "The policy limits detainers. " * 12 + "\nTransmittal 5/14/2018 Item 7", None),
    ],
)
def test_opening_date(text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected

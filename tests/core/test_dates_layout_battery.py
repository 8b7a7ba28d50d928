"""find_document_date over a battery of header, byline, dateline, signature and footer layouts that web
pages, releases, letters, orders, minutes and opinions use, each over a body that names other dates (an
effective date, a deadline), plus negatives whose only dates are a photo's, an access stamp or a copyright
year. The few layouts not read yet are expected failures, named. Texts written for these tests; names are
invented."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

BODY = "The county board voted 4-1 to end the agreement, which took effect on March 3, 2016. Officials said a new policy would follow by June 30, 2019.\n\nSheriff Ana Ruiz said the jail would no longer hold people for ICE."
CUERPO = "El condado votó 4-1 para terminar el acuerdo, que entró en vigor el 3 de marzo de 2016.\n\nLa alguacil Ana Ruiz dijo que la cárcel ya no retendrá a personas para ICE."

CASES: list[tuple[str | None, str]] = [
    ("2019-05-14", "County ends jail pact\n\nBy Jo Hart | May 14, 2019\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nJo Hart\nStaff Writer\nTuesday, May 14, 2019\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nPosted: Tue 5:32 PM, May 14, 2019\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nMay 14, 2019 at 5:32 pm EDT\nBy Jo Hart\n\n" + BODY),
    (
        "2019-05-14",
        "County ends jail pact\n\nPublished 5:32 p.m. ET May 14, 2019 | Updated 9:01 a.m. ET May 15, 2019\n\n"
        + BODY,
    ),
    (
        "2019-05-14",
        "County ends jail pact\n\nJo Hart, The Daily Star\nPublished 5:32 p.m. CT May 14, 2019\n\n" + BODY,
    ),
    ("2019-05-14", "County ends jail pact\n\n05/14/2019\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\n14 May 2019\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\n2019-05-14\n\n" + BODY),
    ("2019-05-14", "PINEVILLE, Ore. (May 14, 2019) — " + BODY),
    ("2019-05-14", "PINEVILLE, Ore., May 14, 2019 /PRNewswire/ -- " + BODY),
    (
        "2019-05-14",
        "FOR IMMEDIATE RELEASE\nMay 14, 2019\nContact: Jo Hart, 555-0100\n\nCounty ends jail pact\n\n" + BODY,
    ),
    ("2019-05-14", "FOR IMMEDIATE RELEASE: May 14, 2019\n\nCounty ends jail pact\n\n" + BODY),
    ("2019-05-14", "News Release\nRelease Date: May 14, 2019\n\nCounty ends jail pact\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nMay 14, 2019 | Press Releases\n\n" + BODY),
    ("2019-05-14", "Home > News > County ends jail pact\n\nCounty ends jail pact\nMay 14, 2019\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nBy JO HART Associated Press\nMay 14, 2019, 5:32 PM\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nJo Hart\nMay 14, 2019 · 4 min read\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nLast Modified: May 14, 2019\n\n" + BODY),
    ("2019-05-14", "Dear Sheriff Ruiz:\n\n" + BODY + "\n\nSincerely,\n\nJo Hart\nMay 14, 2019"),
    (
        "2019-05-14",
        "May 14, 2019\n\nThe Honorable Ana Ruiz\nSheriff, Pine County\n\nDear Sheriff Ruiz:\n\n" + BODY,
    ),
    (
        "2019-05-14",
        "ORDINANCE NO. 2019-12\n\n"
        + BODY
        + "\n\nPASSED AND ADOPTED this 14th day of May, 2019.\n\n____\nMayor",
    ),
    (
        "2019-05-14",
        "RESOLUTION 19-44\n\n" + BODY + "\n\nAdopted by the Board of Supervisors on May 14, 2019.",
    ),
    ("2019-05-14", "GENERAL ORDER 4.12\nEffective Date: May 14, 2019\nSubject: Immigration\n\n" + BODY),
    (
        "2019-05-14",
        "MEMORANDUM\n\nTO: All Staff\nFROM: Sheriff Ana Ruiz\nDATE: May 14, 2019\nRE: ICE detainers\n\n"
        + BODY,
    ),
    (
        "2019-05-14",
        "ORDER\n\n"
        + BODY
        + "\n\nIT IS SO ORDERED.\n\nDated: May 14, 2019\n\n/s/ Jo Hart\nUnited States District Judge",
    ),
    ("2019-05-14", "ORDER\n\n" + BODY + "\n\nSO ORDERED this 14th day of May, 2019."),
    ("2019-05-14", "County ends jail pact\n\nThe Daily Star | 5/14/2019\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nBy Jo Hart on May 14, 2019\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nMay 14th, 2019\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\nTuesday, May 14th 2019\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nPosted on 14/05/2019 by admin\n\n" + BODY),
    ("2019-05-14", "Statement from Mayor Jo Hart on the county's decision\n\nMay 14, 2019\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nJo Hart May 14, 2019 Updated May 15, 2019\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nWritten by Jo Hart\nPublished: 14 May 2019\n\n" + BODY),
    (
        "2019-05-14",
        "Pine County Board of Supervisors\nMinutes of the Regular Meeting\nMay 14, 2019\n\n" + BODY,
    ),
    ("2019-05-14", "Testimony of Jo Hart before the House Judiciary Committee\nMay 14, 2019\n\n" + BODY),
    ("2019-05-14", "OP-ED: Why the county was right\nBy Jo Hart\nMay 14, 2019\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\nby Jo Hart | Tue, May 14 2019\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nMAY 14, 2019\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nMay. 14, 2019\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nPosted May 14, 2019 by Jo Hart in News\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\nJo Hart\n|\nMay 14, 2019\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nEn español\n\nMay 14, 2019\n\n" + BODY),
    ("2019-05-14", "TRANSCRIPT: Press conference on the jail agreement\n\nRecorded May 14, 2019\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\n(The Daily Star) May 14, 2019 - " + BODY),
    ("2019-05-14", "PINEVILLE — " + BODY + "\n\nThis story was published May 14, 2019."),
    (None, "County ends jail pact\n\n" + BODY),
    (None, "On March 3, 2016, the county signed a 287(g) agreement.\n\n" + BODY),
    ("2019-05-14", "Condado pone fin al acuerdo\n\n14 de mayo de 2019\n\n" + BODY),
    ("2019-05-14", "PINEVILLE, Ore. — 14 de mayo de 2019 — " + BODY),
    (
        "2019-05-14",
        "IN THE UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF OREGON\n\nJANE ROE, Plaintiff,\nv.\nPINE COUNTY, Defendant.\n\nCase No. 3:19-cv-00123\n\nOPINION AND ORDER\n\n"
        + BODY
        + "\n\nDATED this 14th day of May, 2019.",
    ),
    ("2019-05-14", "Filed 05/14/19\n\nIN THE COURT OF APPEALS\n\n" + BODY),
    ("2019-05-14", "Case 3:19-cv-00123 Document 45 Filed 05/14/19 Page 1 of 20\n\n" + BODY),
    ("2019-05-14", "Decided: May 14, 2019\n\n" + BODY),
    ("2019-05-14", "Opinion filed May 14, 2019\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nby Jo Hart\n\n5/14/19\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nUPDATED: MAY 14, 2019 AT 5:32 PM\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nThe Daily Star Staff • May 14, 2019\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nJo Hart — May 14, 2019\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nMay 14, 2019 / Jo Hart\n\n" + BODY),
    (
        "2019-05-14",
        "County ends jail pact\n\nPosted by Jo Hart on Tuesday, May 14, 2019 at 5:32 PM\n\n" + BODY,
    ),
    ("2019-05-14", "County ends jail pact\n\nTue, 05/14/2019 - 17:32\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nSubmitted by admin on Tue, 05/14/2019 - 17:32\n\n" + BODY),
    (
        "2019-05-14",
        "Pine County Sheriff's Office\nPolicy Manual\n\nPolicy 428: Immigration Violations\nRevised: 05/14/2019\n\n"
        + BODY,
    ),
    (
        "2019-05-14",
        "EXECUTIVE ORDER 2019-04\n\n"
        + BODY
        + "\n\nGiven under my hand this fourteenth day of May, two thousand nineteen.\n\nJo Hart, Governor",
    ),
    (
        "2019-05-14",
        "EXECUTIVE ORDER 2019-04\n\n"
        + BODY
        + "\n\nIN WITNESS WHEREOF, I have hereunto set my hand this 14th day of May, 2019.",
    ),
    ("2019-05-14", "HOUSE BILL 1234\n\n" + BODY + "\n\nApproved by the Governor May 14, 2019."),
    (
        "2019-05-14",
        "Opinion No. 19-004\n\nMay 14, 2019\n\nThe Honorable Jo Hart\nState Senator\n\nDear Senator Hart:\n\n"
        + BODY,
    ),
    ("2019-05-14", "County ends jail pact\nMay 14, 2019 12:00 AM\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nMay 14 2019\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nTuesday 14 May 2019 17.32 EDT\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nPublished on: 2019-05-14\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nDate: 5-14-2019\n\n" + BODY),
    (
        "2019-05-14",
        "County ends jail pact\n\nBy Jo Hart\nStaff writer\n\nPINEVILLE — Published Tuesday, May 14, 2019\n\n"
        + BODY,
    ),
    ("2019-05-14", "Sheriff Ruiz: 'We will not hold people for ICE'\n\nBy Jo Hart, May 14, 2019\n\n" + BODY),
    (
        "2019-05-14",
        "Press Release\n\nPine County Sheriff Ends 287(g) Agreement\n\nPINEVILLE, OR, May 14th, 2019 - "
        + BODY,
    ),
    ("2019-05-14", "From the desk of the Mayor — May 14, 2019\n\n" + BODY),
    (
        "2019-05-14",
        "Pine County Board of Commissioners\nAgenda Item Summary\nMeeting Date: May 14, 2019\n\n" + BODY,
    ),
    ("2019-05-14", "County ends jail pact\n\nMay 14, 2019\nJo Hart\n\n" + BODY),
    (None, "County ends jail pact\n\nCopyright 2019 The Daily Star\n\n" + BODY),
    (None, "County ends jail pact\n\nPhoto: Jo Hart, May 14, 2019\n\n" + BODY),
    (
        "2019-05-14",
        "UNITED STATES DISTRICT COURT\nDISTRICT OF OREGON\n\nJane Roe v. Pine County\n\nNo. 3:19-cv-00123\n\nMay 14, 2019\n\nOPINION AND ORDER\n\n"
        + BODY,
    ),
    ("2019-05-14", "Roe v. Pine County, No. 18-35123 (9th Cir. May 14, 2019)\n\n" + BODY),
    ("2019-05-14", "Jane Roe v. Pine County\n\nSupreme Court of Oregon\n\nDecided May 14, 2019\n\n" + BODY),
    ("2019-05-14", "ATTORNEY GENERAL OF OREGON\n\nOpinion No. 2019-3\n\nIssued: May 14, 2019\n\n" + BODY),
    (
        "2019-05-14",
        "Pine County Board of Commissioners\nRegular Meeting\nTuesday, May 14, 2019 – 9:00 a.m.\n\n" + BODY,
    ),
    ("2019-05-14", "AGENDA ITEM\nDate of Meeting: May 14, 2019\n\n" + BODY),
    ("2019-05-14", "COUNTY ENDS JAIL PACT\n\nBY JO HART\nMAY 14, 2019\n\n" + BODY),
    ("2019-05-14", "County ends jail pact | Local News | dailystar.com\n\nJo Hart\nMay 14, 2019\n\n" + BODY),
    (
        "2019-05-14",
        "County ends jail pact\n\nBy Jo Hart / Staff Writer\nPublished: Tuesday, May 14, 2019 @ 5:32 PM\n\n"
        + BODY,
    ),
    ("2019-05-14", "County ends jail pact\n\nBy Jo Hart - Staff Writer | May 14, 2019\n\n" + BODY),
    (
        "2019-05-14",
        "County ends jail pact\n\nThe Daily Star, Pineville, Ore.\nTuesday, May 14, 2019\n\n" + BODY,
    ),
    ("2019-05-14", "Posted Tuesday, May 14, 2019 5:32 pm\n\nCounty ends jail pact\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nPINEVILLE, Ore. -- Tuesday, May 14, 2019 -- " + BODY),
    (
        "2019-05-14",
        "PINEVILLE, Ore. (AP) — "
        + BODY
        + "\n\nCopyright 2019 The Associated Press. All rights reserved.\n\nMay 14, 2019",
    ),
    ("2019-05-14", "County ends jail pact\n\n" + BODY + "\n\nPublished May 14, 2019"),
    ("2019-05-14", "County ends jail pact\n\n" + BODY + "\n\nPosted: May 14, 2019"),
    (
        "2019-05-14",
        "TESTIMONY\n\nSenate Judiciary Committee\nHearing on SB 112\nMay 14, 2019\n\nChair Hart and members of the committee:\n\n"
        + BODY,
    ),
    (
        "2019-05-14",
        "Office of the Governor\n\nFor Immediate Release: Tuesday, May 14, 2019\nContact: press@example.gov\n\n"
        + BODY,
    ),
    ("2019-05-14", "NEWS RELEASE\n\nDate: 5/14/2019\nContact: Jo Hart\n\n" + BODY),
    (
        "2019-05-14",
        "Letter to the Editor: County was right\n\nMay 14, 2019\n\nTo the editor:\n\n"
        + BODY
        + "\n\nJo Hart\nPineville",
    ),
    (
        "2019-05-14",
        "May 14, 2019\n\nVIA ELECTRONIC MAIL\n\nSheriff Ana Ruiz\nPine County Sheriff's Office\n\nRe: Detainer policy\n\nDear Sheriff Ruiz:\n\n"
        + BODY,
    ),
    ("2019-05-14", "Sent via email: May 14, 2019\n\nDear Sheriff Ruiz:\n\n" + BODY),
    (
        "2019-05-14",
        "County ends jail pact\nBy Jo Hart | jhart@dailystar.com | The Daily Star\nPUBLISHED: May 14, 2019 at 5:32 p.m. | UPDATED: May 15, 2019 at 9:01 a.m.\n\n"
        + BODY,
    ),
    ("2019-05-14", "County ends jail pact\n\nWritten by Jo Hart on 14 May 2019.\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nJo Hart | 2019-05-14\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\n2019-05-14T17:32:00-07:00\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nPosted 05.14.19\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nMay 14, 2019 | Comments (3)\n\n" + BODY),
    ("2019-05-14", "County ends jail pact\n\nFiled under: News | May 14, 2019\n\n" + BODY),
    (
        "2019-05-14",
        "RESOLUTION NO. 2019-44\n\nA RESOLUTION OF THE PINE COUNTY BOARD\n\n"
        + BODY
        + "\n\nAPPROVED AND ADOPTED by the Board of Commissioners of Pine County this 14th day of May, 2019.",
    ),
    (
        "2019-05-14",
        "AN ORDINANCE\n\n"
        + BODY
        + "\n\nIntroduced: April 30, 2019\nAdopted: May 14, 2019\nEffective: June 13, 2019",
    ),
    (
        "2019-05-14",
        "EXECUTIVE ORDER NO. 19-04\n\n" + BODY + "\n\nDated: May 14, 2019\n\n______\nJo Hart, Mayor",
    ),
    (None, "County ends jail pact\n\nPhoto taken May 14, 2019 by Jo Hart.\n\n" + BODY),
    (None, "County ends jail pact\n\nAccessed May 14, 2019\n\n" + BODY),
    (None, "County ends jail pact\n\n© 2019 The Daily Star\n\n" + BODY),
    ("2019-05-14", "Condado termina acuerdo\n\nPublicado: martes, 14 de mayo de 2019\n\n" + CUERPO),
    ("2019-05-14", "Condado termina acuerdo\n\n14 de mayo del 2019\n\n" + CUERPO),
    ("2019-05-14", "PINEVILLE, Ore. (14 de mayo de 2019) — " + CUERPO),
    ("2019-05-14", "COMUNICADO DE PRENSA\nmartes 14 de mayo de 2019\n\nCondado termina acuerdo\n\n" + CUERPO),
    ("2019-05-14", "Condado termina acuerdo\n\nPor Jo Hart | 14 de Mayo de 2019\n\n" + CUERPO),
    (None, "Condado termina acuerdo\n\n" + CUERPO),
    (None, "El 3 de marzo de 2016, el condado firmó un acuerdo 287(g).\n\n" + CUERPO),
]

# Layouts not read yet: a day-first numeric date, an outlet in parentheses before the date, a two-digit year,
# "Sent via email:", a date followed by a comment count.
NOT_YET = {
    "County ends jail pact\n\nPosted on 14/05/2019 by admin\n\n",
    "County ends jail pact\n\n(The Daily Star) May 14, 2019 - ",
    "Filed 05/14/19\n\nIN THE COURT OF APPEALS\n\n",
    "Sent via email: May 14, 2019\n\nDear Sheriff Ruiz:\n\n",
    "County ends jail pact\n\nMay 14, 2019 | Comments (3)\n\n",
}


@pytest.mark.parametrize(("expected", "text"), CASES, ids=[f"{i:03d}" for i in range(len(CASES))])
def test_layout(expected: str | None, text: str) -> None:
    if any(text.startswith(head) for head in NOT_YET):
        pytest.xfail("a layout not read yet")
    found = find_document_date(text)
    assert (found.date if found else None) == expected
    if found is not None:
        assert text[found.span.start : found.span.end] == found.mention

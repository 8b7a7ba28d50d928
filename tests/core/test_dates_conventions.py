"""find_document_date across the date conventions of each kind of document users ingest: press releases,
news bylines and datelines, letters, ordinances and resolutions, court opinions, executive orders,
police directives and policies, agreements and statutes. Each kind has positive forms (the text's own
date) and negative ones (a date in running text about another event, a date the text does not present
as its own issue). Texts written for these tests; names are invented."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

BODY = (
    "\n\nThe council voted to end the jail's contract with federal immigration authorities, officials said.\n"
)
TERMS = "\n\n" + "The parties agree to the terms set out below. " * 60 + "\n\n"

CASES: list[tuple[str, str, str | None]] = [
    # --- press releases
    (
        "pr-immediate-release",
        "FOR IMMEDIATE RELEASE\nMarch 3, 2017\n\nContact: Ana Vela, 555-0100\n\nMayor signs order." + BODY,
        "2017-03-03",
    ),
    (
        "pr-contact-then-date",
        "Office of the Mayor\nContact: Ana Vela\nMarch 3, 2017\n\nMayor signs order." + BODY,
        "2017-03-03",
    ),
    ("pr-posted-numeric", "Mayor signs order\nPosted on 03/03/2017\n" + BODY, "2017-03-03"),
    ("pr-published-time", "Mayor signs order\nPublished: Mar. 3, 2017 at 4:12 PM\n" + BODY, "2017-03-03"),
    (
        "pr-published-updated",
        "Mayor signs order\nPublished: Mar. 3, 2017 at 4:12 PM | Updated: Mar. 4, 2017 at 9:00 AM\n" + BODY,
        "2017-03-03",
    ),
    (
        "pr-updated-above-published",
        "Mayor signs order\nUpdated: Mar. 4, 2017\nPublished: Mar. 3, 2017\n" + BODY,
        "2017-03-03",
    ),
    (
        "pr-posted-weekday-time",
        "Mayor signs order\nPosted: Friday, March 3, 2017 4:12 pm\n" + BODY,
        "2017-03-03",
    ),
    ("pr-time-before-date", "Mayor signs order\nPublished 4:12 PM EST Mar 3, 2017\n" + BODY, "2017-03-03"),
    # --- news: bylines, datelines, date lines
    (
        "news-date-line-above-dateline",
        "Mayor signs order\nMarch 3, 2017\n\nCHICAGO (AP) \u2014 The council voted to end the contract.",
        "2017-03-03",
    ),
    ("news-byline-bar", "Mayor signs order\nBy Lena Osk | March 3, 2017\n" + BODY, "2017-03-03"),
    ("news-date-slash-time", "Mayor signs order\nMarch 3, 2017 / 5:00 AM\n" + BODY, "2017-03-03"),
    (
        "news-date-slash-time-updated",
        "Mayor signs order\nMarch 3, 2017 / 5:00 AM / Updated 2 hours ago\n" + BODY,
        "2017-03-03",
    ),
    ("news-iso", "Mayor signs order\n2017-03-03\n" + BODY, "2017-03-03"),
    ("news-iso-timestamp", "Mayor signs order\n2017-03-03T05:00:00Z\n" + BODY, "2017-03-03"),
    ("news-iso-timestamp-offset", "Mayor signs order\n2017-03-03T05:00:00-05:00\n" + BODY, "2017-03-03"),
    ("news-day-first", "Mayor signs order\n3 March 2017\n" + BODY, "2017-03-03"),
    ("news-date-comma-time-zone", "Mayor signs order\nMar 3, 2017, 4:12 PM EST\n" + BODY, "2017-03-03"),
    (
        "news-body-on-date",
        "Mayor signs order\n\nThe council met again on Tuesday.\n\nOn March 3, 2017, the council voted "
        "to end the contract.",
        None,
    ),
    (
        "news-body-paragraph-opening-date",
        "Mayor signs order\n\nThe council met again on Tuesday after a long debate "
        "about the jail contract and the budget, which has run a deficit for years, members said.\n\nMarch 3, 2017, the "
        "council voted to end the contract.",
        None,
    ),
    (
        "news-body-date-under-dateline",
        "Mayor signs order\nBy Lena Osk | June 1, 2018\n\nRIVERTON \u2014 On March 3, "
        "2017, the council voted to end the contract.",
        "2018-06-01",
    ),
    (
        "news-agreement-reported",
        "County signs jail deal\n\nThe agreement, entered into on March 3, 2017, requires the "
        "jail to hold detainees.",
        None,
    ),
    (
        "news-effective-reported",
        "County signs jail deal\n\nThe effective date of the agreement is March 3, 2017, officials said.",
        None,
    ),
    # --- letters
    (
        "letter-date-before-dear",
        "OFFICE OF THE SHERIFF\nPine County\n\nMarch 3, 2017\n\nMira Holt\nField Office "
        "Director\n\nDear Ms. Holt:\n\nThank you for your letter.",
        "2017-03-03",
    ),
    (
        "letter-your-letter-of",
        "Dear Ms. Holt:\n\nThank you for your letter of March 3, 2017 about detainers.\n\n"
        "Sincerely,\nOwen Pratt",
        None,
    ),
    (
        "letter-your-letter-no-year",
        "OFFICE OF THE SHERIFF\n\nDear Ms. Holt:\n\nThank you for your letter of March 3 "
        "about detainers. We wrote on April 5, 2017 as well.\n\nSincerely,\nOwen Pratt",
        None,
    ),
    ("letter-re-dated", "Dear Ms. Holt:\n\nRe: Your letter dated March 3, 2017\n\nThank you.", None),
    # --- ordinances and resolutions
    (
        "ord-passed-adopted-caps",
        "ORDINANCE NO. 2017-3\n\nAn ordinance on holds.\n\nSection 1. Text.\n\nPASSED AND "
        "ADOPTED this 3rd day of March, 2017, by the following vote:",
        "2017-03-03",
    ),
    (
        "ord-passed-adopted",
        "ORDINANCE NO. 2017-3\n\nSection 1. Text.\n\nPassed and adopted this 3rd day of March, 2017.",
        "2017-03-03",
    ),
    ("res-adopted-numeric", "RESOLUTION 17-3\n\nWHEREAS text.\n\nAdopted: 3/3/2017\n", "2017-03-03"),
    (
        "res-approved-by-board",
        "RESOLUTION 17-3\n\nWHEREAS text.\n\nApproved by the Board of Supervisors on March 3, 2017.\n",
        "2017-03-03",
    ),
    (
        "res-adopted-by-council",
        "RESOLUTION 17-3\n\nWHEREAS text.\n\nAdopted by the City Council of the City of "
        "Riverton on March 3, 2017.\n",
        "2017-03-03",
    ),
    (
        "ord-readings",
        "ORDINANCE 17-3\n\nSection 1. Text.\n\nFirst Reading: February 1, 2017\nSecond Reading and "
        "Adoption: March 3, 2017\n",
        "2017-03-03",
    ),
    (
        "ord-scheduled-adoption",
        "ORDINANCE 17-3\n\nSection 1. Text.\n\nScheduled for Adoption: March 3, 2017\n",
        None,
    ),
    (
        "ord-takes-effect",
        "ORDINANCE NO. 2017-3\n\nSection 1. Text.\n\nSection 2. This ordinance shall take effect on "
        "April 1, 2017.",
        None,
    ),
    (
        "ord-effective-date-label",
        "ORDINANCE NO. 2017-3\n\nSection 1. Text.\n\nEffective Date: April 1, 2017",
        None,
    ),
    (
        "ord-approved-as-to-form",
        "ORDINANCE 17-3\n\nSection 1. Text.\n\nAPPROVED AS TO FORM:\n\nMira Holt, City Attorney",
        None,
    ),
    # --- court opinions
    (
        "op-filed",
        "IN THE COURT OF APPEALS\n\nMira Holt v. Pine County\n\nFiled 03/03/2017\n\nOPINION\n\nText.",
        "2017-03-03",
    ),
    (
        "op-argued-decided",
        "SUPREME COURT OF WYOMING\n\nHolt v. Pratt\n\nArgued January 5, 2017\nDecided: March 3, "
        "2017\n\nText.",
        "2017-03-03",
    ),
    (
        "op-argued-decided-one-line",
        "SUPREME COURT OF WYOMING\n\nHolt v. Pratt\n\nArgued January 5, 2017 \u2014 Decided "
        "March 3, 2017\n\nText.",
        "2017-03-03",
    ),
    (
        "op-date-filed",
        "Holt v. Pratt\nDate Filed: 03/03/2017\nCourt: Wyoming Supreme Court\n\nText.",
        "2017-03-03",
    ),
    (
        "op-submitted-filed",
        "Holt v. Pratt\n\nSubmitted: January 5, 2017\nFiled: March 3, 2017\n\nText.",
        "2017-03-03",
    ),
    ("op-decided-and-filed", "Holt v. Pratt\n\nDecided and Filed: March 3, 2017\n\nText.", "2017-03-03"),
    ("op-filed-stamp", "Holt v. Pratt\n\nFILED\nMarch 3, 2017\n\nText.", "2017-03-03"),
    (
        "op-argued-submitted-then-filed",
        "HOLT V. PRATT\n\nArgued and Submitted January 5, 2017\nPasadena, California\n\n"
        "Filed March 3, 2017\n\nText.",
        "2017-03-03",
    ),
    # --- executive orders
    (
        "eo-signed",
        "EXECUTIVE ORDER 17-3\n\nWHEREAS text.\n\nSigned: March 3, 2017\n\nMira Holt, Governor",
        "2017-03-03",
    ),
    (
        "eo-dated-this",
        "EXECUTIVE ORDER 17-3\n\nWHEREAS text.\n\nDated this 3rd day of March, 2017.\n\nMira Holt, Governor",
        "2017-03-03",
    ),
    ("eo-issued", "EXECUTIVE ORDER 17-3\nIssued: March 3, 2017\n\nWHEREAS text.", "2017-03-03"),
    (
        "eo-issued-this",
        "EXECUTIVE ORDER 17-3\n\nWHEREAS text.\n\nIssued this 3rd day of March, 2017.\n",
        "2017-03-03",
    ),
    ("eo-date-signed", "EXECUTIVE ORDER 17-3\nDate Signed: 03/03/2017\n\nWHEREAS text.", "2017-03-03"),
    # --- police directives and policies: the header's issue date, else its effective date
    (
        "go-series-header-effective",
        "GENERAL ORDERS PINE CITY POLICE DEPARTMENT\n\nSUBJECT: FIELD OPERATIONS\n\n"
        "TITLE: HOLDS\n\nEFFECTIVE DATE: MAY 2, 2024\n\nREVISION DATE:\n\nAPPROVAL: CHIEF ANA LEE\n\nHOLDS\n\n1.1 PURPOSE"
        "\n\nText.",
        "2024-05-02",
    ),
    (
        "policy-number-effective",
        "Pine County Sheriff's Office\nPolicy 428\nEffective Date: 03/03/2017\n\nPurpose. Text.",
        "2017-03-03",
    ),
    (
        "policy-issue-over-effective",
        "Pine County Sheriff's Office\nPolicy 428\nEffective Date: 04/01/2017\n"
        "Issue Date: 03/03/2017\n\nPurpose. Text.",
        "2017-03-03",
    ),
    (
        "order-date-issued-over-effective",
        "Pine County Sheriff's Office\nGeneral Order 428\nEffective Date: 04/01/2017\n"
        "Date Issued: 03/03/2017\n\nPurpose. Text.",
        "2017-03-03",
    ),
    (
        "unit-order-effective",
        "PINE COUNTY SHERIFF\nUNIT ORDER 12\nEffective: 04/01/2017\n\nPurpose. Text.",
        "2017-04-01",
    ),
    (
        "policy-revision-date",
        "Policy 428\nEffective Date: 03/03/2017\nRevision Date: 05/05/2018\n\nText.",
        "2018-05-05",
    ),
    # a memo's "Effective:" may be a later day than the memo's own: read only under a directive's title
    (
        "memo-effective-only",
        "MEMORANDUM\nTo: All staff\nFrom: Sheriff\nEffective: April 1, 2017\n\nText.",
        None,
    ),
    # --- agreements: the preamble's day of making, a signature block's date, else the stated effective date
    (
        "agreement-effective-sentence",
        "SETTLEMENT AGREEMENT\n\nThis Settlement Agreement is entered into by and between "
        'Mira Holt and the City of Riverton. The effective date of this Agreement is March 3, 2017 (the "Effective '
        'Date"). WHEREAS, on May 4, 2015, plaintiffs filed a complaint.',
        "2017-03-03",
    ),
    (
        "agreement-made-this-day",
        "MEMORANDUM OF AGREEMENT\n\nThis Agreement is made and entered into this 3rd day of "
        "March, 2017, by and between the City of Riverton and Pine County.\n\nText.",
        "2017-03-03",
    ),
    (
        "agreement-as-of",
        "SERVICES AGREEMENT\n\nThis Agreement is entered into as of March 3, 2017 by and between the "
        "City of Riverton and Pine County.",
        "2017-03-03",
    ),
    (
        "mou-entered-on",
        "MEMORANDUM OF UNDERSTANDING\n\nThis Memorandum of Understanding is entered into on March 3, "
        "2017 by the Pine County Sheriff and the U.S. Marshals Service.",
        "2017-03-03",
    ),
    ("mou-dated-as-of", "MEMORANDUM OF UNDERSTANDING\n\nDated as of March 3, 2017\n\nText.", "2017-03-03"),
    (
        "agreement-becomes-effective",
        "INTERLOCAL AGREEMENT\n\nThis Interlocal Agreement shall be effective as of March 3, 2017.\n\nText.",
        "2017-03-03",
    ),
    (
        "agreement-signature-dated",
        "AGREEMENT" + TERMS + "Dated: March 3, 2017\n\nMira Holt\nCity Attorney",
        "2017-03-03",
    ),
    (
        "agreement-executed-on",
        "AGREEMENT\n\n1. Terms.\n\nExecuted on March 3, 2017, at Riverton, Wyoming.\n\nMira Holt",
        "2017-03-03",
    ),
    (
        "agreement-signature-date-lines",
        "AGREEMENT" + TERMS + "Mira Holt, Mayor\nDate: March 3, 2017\n\nOwen Pratt, "
        "Sheriff\nDate: March 4, 2017\n",
        "2017-03-03",
    ),
    (
        "agreement-signature-over-effective",
        "AGREEMENT\n\nThe effective date of this Agreement is April 1, 2017."
        + TERMS
        + "Dated: March 3, 2017\n",
        "2017-03-03",
    ),
    (
        "agreement-recital-date",
        "SETTLEMENT AGREEMENT\n\nThis Agreement is entered into by and between Mira Holt and "
        "the City of Riverton. WHEREAS, on May 4, 2015, plaintiffs filed a complaint.",
        None,
    ),
    (
        "agreement-effective-upon-signing",
        "MEMORANDUM OF AGREEMENT\n\nThis MOA shall be effective upon signing. On "
        "May 4, 2015, the county asked for it.",
        None,
    ),
    (
        "warrant-executed-in-text",
        "Deputies said the warrant was executed on March 3, 2017 at the jail.",
        None,
    ),
    # --- closing and caption forms
    ("release-date-label", "NEWS\nRelease Date: March 3, 2017\n" + BODY, "2017-03-03"),
    ("date-of-publication", "Mayor signs order\nDate of Publication: March 3, 2017\n" + BODY, "2017-03-03"),
    (
        "eo-witness-anno-domini",
        "EXECUTIVE ORDER 5\n\nText.\n\nIN WITNESS WHEREOF, I have set my hand this 3rd day "
        "of March, A.D. 2017.",
        "2017-03-03",
    ),
    (
        "res-duly-adopted",
        "RESOLUTION 5\n\nWHEREAS text.\n\nDuly adopted this 3rd day of March, 2017.",
        "2017-03-03",
    ),
    (
        "res-dated-at-place",
        "RESOLUTION 5\n\nWHEREAS text.\n\nDated at Riverton, Wyoming, this 3rd day of March, 2017.",
        "2017-03-03",
    ),
    ("order-entered", "ORDER\n\nText.\n\nENTERED: March 3, 2017\n", "2017-03-03"),
    ("opinion-issued-line", "Holt v. Pratt\n\nOpinion issued March 3, 2017\n\nText.", "2017-03-03"),
    (
        "duly-in-sentence",
        "The board said the policy was duly adopted on March 3, 2017 after a hearing.",
        None,
    ),
    ("entered-in-sentence", "The judge entered an order on March 3, 2017, the clerk said.", None),
    (
        "agreement-caps-abbreviation-then-recital",
        "AGREEMENT\n\nThis Agreement is made between the CITY OF "
        "RIVERTON, WY. WHEREAS on May 4, 2015 the county asked.",
        None,
    ),
    # --- statutes: a page's "Last updated" or a section's effective date is no enactment
    (
        "statute-last-updated",
        "Wyoming Statutes\n\n7-3-101. Holds.\n\nText of the section.\n\nLast updated: March 3, 2017",
        None,
    ),
    ("statute-effective", "7-3-101. Holds.\n\n(a) Text of the section.\n\nEffective: July 1, 2017", None),
    (
        "statute-effective-date-label",
        "Title 7 - Criminal Procedure\n\n7-3-101. Holds.\n\nEffective Date: July 1, 2017\n\n(a) Text.",
        None,
    ),
    (
        "statute-history-effective",
        "7-3-101. Holds.\n\n(a) Text.\n\nHistory: Laws 2017, ch. 5, \u00a7 1, eff. July 1, 2017.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[n for n, _, _ in CASES])
def test_document_date_conventions(text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected


def test_agreement_dates_say_what_they_are() -> None:
    made = find_document_date(CASES_BY_NAME["agreement-as-of"])
    effective = find_document_date(CASES_BY_NAME["agreement-effective-sentence"])
    assert made is not None and made.basis == "signed" and made.mention == "March 3, 2017"
    assert effective is not None and effective.basis == "effective"


CASES_BY_NAME = {name: text for name, text, _ in CASES}

"""find_document_date on texts taken from web pages as a reader sees them (navigation trimmed): the header
and byline layouts of federal agencies' press releases, governors' and attorneys general's offices, county
and city news pages, advocacy groups, news sites, municipal agendas and minutes, court dockets, letters and
blogs. Each layout has its positive form (the page's own date) and negatives: a page's "Last Modified",
"Accessed" or copyright stamp, a date in a related-stories list or in the story's body. Texts written for
these tests; names are invented."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

BODY = (
    "\n\nThe county board voted to end its agreement with federal immigration authorities, a spokesperson "
    "said. Members debated the measure for three hours before the vote.\n"
)
LONG_BODY = (
    "\n\nThe county board voted to end its agreement with federal immigration authorities after a long "
    "debate in which residents spoke for and against the measure, and members said the jail would no longer "
    "hold people past their release dates without a warrant signed by a judge.\n\n"
    "The sheriff said his office would follow the new policy, and that deputies would be trained on it before "
    "the end of the month.\n"
)
TITLE = "Sheriff Ends Detainer Holds\n"
RELATED = (
    "\n\nRelated Stories\n\nCouncil weighs jail contract\nFebruary 27, 2017\n\n"
    "Sheriff changes hold policy\nJanuary 30, 2017\n"
)

CASES: list[tuple[str, str, str | None]] = [
    # --- federal agencies' press releases
    (
        "doj-weekday-under-office",
        "Justice News\n\nDepartment of Justice\nOffice of Public Affairs\n\nFOR IMMEDIATE RELEASE\n"
        "Tuesday, March 3, 2017\n\nRiverton Man Sentenced for Wire Fraud"
        + BODY
        + "\nPress Release Number: 17-123\n\nUpdated March 6, 2017\n",
        "2017-03-03",
    ),
    (
        "doj-title-then-weekday",
        "Press Release\n\nRiverton Man Sentenced for Wire Fraud\n\nFriday, March 3, 2017\n\n"
        "For Immediate Release\n\nOffice of Public Affairs" + BODY + "\nUpdated March 6, 2017\n",
        "2017-03-03",
    ),
    (
        "doj-immediate-release-bar",
        "Riverton Man Sentenced for Wire Fraud\n\nFor Immediate Release | Office of Public Affairs\n"
        "Friday, March 3, 2017" + BODY + "\nPress Release Number: 17-123\n",
        "2017-03-03",
    ),
    (
        "doj-number-and-updated-only",
        "Riverton Man Sentenced for Wire Fraud"
        + LONG_BODY
        + "\nPress Release Number: 17-123\n\nUpdated March 6, 2017\n",
        "2017-03-06",
    ),
    (
        "ice-release-date-numeric",
        "ICE News Release\n\nRelease Date: 03/03/2017\n\nRiverton man removed to Peru\n\n"
        "RIVERTON, Wyo. \u2014 A man wanted abroad was removed Thursday." + BODY,
        "2017-03-03",
    ),
    (
        "ice-title-date-place",
        "News Releases\n\nRiverton man removed to Peru\n\nMarch 3, 2017\nRiverton, WY\n\n"
        "Enforcement and Removal Operations" + BODY,
        "2017-03-03",
    ),
    (
        "dhs-release-date-words",
        "Press Release\n\nStatement on Detainer Policy\n\nRelease Date: March 3, 2017\n\n"
        "For Immediate Release\nPress Office\nContact: 202-555-0100" + BODY,
        "2017-03-03",
    ),
    # --- governors and attorneys general
    ("gov-date-bar-tag", "Governor Signs Jail Bill\n\nMarch 3, 2017 | Press Release" + BODY, "2017-03-03"),
    ("gov-posted-numeric", "Governor Signs Jail Bill\nPosted: 3/3/2017" + BODY, "2017-03-03"),
    (
        "ag-contact-then-date-label",
        "Attorney General Joins Coalition\n\nContact: Ana Vela\nPhone: 555-0100\nDate: March 3, 2017" + BODY,
        "2017-03-03",
    ),
    (
        "ag-release-colon-date",
        "Attorney General Joins Coalition\n\nFor Immediate Release: March 3, 2017\nMedia Contact: Ana Vela"
        + BODY,
        "2017-03-03",
    ),
    (
        "gov-date-then-dateline",
        "Governor Signs Jail Bill\n\nMarch 3, 2017\n\nCHEYENNE \u2014 The governor signed the bill." + BODY,
        "2017-03-03",
    ),
    # --- county and city news pages
    (
        "county-news-flash",
        "News Flash\n\nSheriff's Office\n\nPosted on: May 24, 2017\n\nSheriff Ends Detainer Holds"
        + BODY
        + "\nTools\nRSS\nPrevious\nNext\n\nOther News in Sheriff's Office\n\nJail Tours Resume\n"
        "Posted on: April 2, 2017\n",
        "2017-05-24",
    ),
    ("city-published-on", "Sheriff Ends Detainer Holds\nPublished on March 03, 2017" + BODY, "2017-03-03"),
    ("city-last-modified-only", "Sheriff Ends Detainer Holds\nLast Modified: June 1, 2019" + BODY, "2019-06-01"),
    ("city-last-modified-on-only", "Sheriff Ends Detainer Holds\nLast Modified on June 1, 2019" + BODY, "2019-06-01"),
    (
        "city-posted-and-modified",
        "Sheriff Ends Detainer Holds\nPosted on: May 24, 2017\nLast Modified: June 1, 2019" + BODY,
        "2017-05-24",
    ),
    (
        "city-modified-above-posted",
        "Sheriff Ends Detainer Holds\nLast Modified: 06/01/2019\nPosted on: 05/24/2017" + BODY,
        "2017-05-24",
    ),
    # --- advocacy groups
    (
        "aclu-press-release-date",
        "Groups Sue Over Detainers\n\nPress Release\nMarch 3, 2017\n\nRIVERTON \u2014 Civil rights groups "
        "filed suit today." + BODY,
        "2017-03-03",
    ),
    (
        "advocacy-immediate-release-contact",
        "For Immediate Release\nMarch 3, 2017\nContact\nAna Vela (213) 555-0100\n\nGroups Sue Over Detainers"
        + BODY,
        "2017-03-03",
    ),
    (
        "advocacy-date-then-byline",
        "Groups Sue Over Detainers\nMarch 3, 2017\nBy: Lena Osk" + BODY,
        "2017-03-03",
    ),
    # --- news sites
    (
        "news-updated-only-header",
        "Sheriff Ends Detainer Holds\nThe county jail will no longer hold people for federal agents without a "
        "warrant, the sheriff announced.\nUpdated March 3, 2017" + LONG_BODY,
        "2017-03-03",
    ),
    (
        "ap-byline-updated-time-first",
        "Sheriff Ends Detainer Holds\n\nBy LENA OSK, Associated Press\n\nUpdated 4:12 PM EST, March 3, 2017"
        "\n\nRIVERTON, Wyo. (AP) \u2014 The sheriff said Friday." + BODY,
        "2017-03-03",
    ),
    (
        "news-published-time-first",
        "Sheriff Ends Detainer Holds\nPublished 4:12 PM EST, March 3, 2017" + BODY,
        "2017-03-03",
    ),
    (
        "news-published-updated-same-line",
        "Sheriff Ends Detainer Holds\nPublished March 3, 2017 at 4:12 pm | Updated March 4, 2017 at 9:00 am"
        + BODY,
        "2017-03-03",
    ),
    ("news-abbrev-time-zone", "Sheriff Ends Detainer Holds\nMar 3, 2017, 4:12pm EST" + BODY, "2017-03-03"),
    ("news-numeric-time", "Sheriff Ends Detainer Holds\n3/3/2017 5:00 AM" + BODY, "2017-03-03"),
    (
        "news-lead-dash",
        "Sheriff Ends Detainer Holds\n\nMarch 3, 2017 \u2014 The sheriff said Friday he would end holds."
        + BODY,
        "2017-03-03",
    ),
    (
        "news-posted-by-on",
        "Sheriff Ends Detainer Holds\nPosted by Lena Osk on 3 March 2017" + BODY,
        "2017-03-03",
    ),
    (
        "news-posted-by-on-month-first",
        "Sheriff Ends Detainer Holds\nPosted by Lena Osk on March 3, 2017 at 9:15 am" + BODY,
        "2017-03-03",
    ),
    ("news-by-dash", "Sheriff Ends Detainer Holds\nBy Lena Osk \u2014 March 3, 2017" + BODY, "2017-03-03"),
    (
        "news-staff-writer-bar",
        "Sheriff Ends Detainer Holds\nLena Osk, Staff Writer | March 3, 2017" + BODY,
        "2017-03-03",
    ),
    ("news-weekday-abbrev", "Sheriff Ends Detainer Holds\nFriday, Mar. 3, 2017" + BODY, "2017-03-03"),
    ("news-sept", "Sheriff Ends Detainer Holds\nSept. 3, 2017" + BODY, "2017-09-03"),
    ("news-day-first-words", "Sheriff Ends Detainer Holds\n14 March 2017" + BODY, "2017-03-14"),
    ("news-day-first-numeric", "Sheriff Ends Detainer Holds\nPosted 14/03/2017" + BODY, None),
    # --- municipal agendas and minutes
    (
        "agenda-meeting-date",
        "City of Riverton\nCity Council\nMeeting Date: 03/03/2017\nAgenda Item: 7\n\nSubject: Jail contract"
        + BODY,
        "2017-03-03",
    ),
    (
        "minutes-held-caps",
        "MINUTES OF THE REGULAR MEETING OF THE RIVERTON CITY COUNCIL HELD MARCH 3, 2017\n\n"
        "The meeting was called to order at 7:00 p.m." + BODY,
        "2017-03-03",
    ),
    (
        "minutes-held-on",
        "Minutes of the Regular Meeting of the Riverton City Council held on March 3, 2017\n\n"
        "The meeting was called to order at 7:00 p.m." + BODY,
        "2017-03-03",
    ),
    # --- court dockets
    (
        "ecf-stamp",
        "Case 1:17-cv-01234 Document 12 Filed 03/03/17 Page 1 of 20\n\nUNITED STATES DISTRICT COURT\n"
        "DISTRICT OF WYOMING" + BODY,
        "2017-03-03",
    ),
    # --- letters
    (
        "letter-date-alone",
        "OFFICE OF THE SHERIFF\nPine County\n\nMarch 3, 2017\n\nMira Holt\nField Office Director\n\n"
        "Dear Ms. Holt:\n\nThank you for your letter.",
        "2017-03-03",
    ),
    (
        "letter-via-email",
        "VIA EMAIL\nMarch 3, 2017\n\nMira Holt\nField Office Director\n\nDear Ms. Holt:\n\nWe write today.",
        "2017-03-03",
    ),
    # --- blogs
    ("blog-dotted", "Sheriff Ends Detainer Holds\n03.03.2017" + BODY, "2017-03-03"),
    ("blog-dotted-month-first", "Sheriff Ends Detainer Holds\n03.14.2017" + BODY, "2017-03-14"),
    ("blog-year-first-slashes", "Sheriff Ends Detainer Holds\n2017/03/03" + BODY, "2017-03-03"),
    (
        "blog-posted-year-first",
        "Sheriff Ends Detainer Holds\nPosted 2017/03/03 by Lena Osk" + BODY,
        "2017-03-03",
    ),
    # --- more web layouts: read-time and comment counts, categories, several tags, appeals stamps, print stamps
    ("medium-read-time", TITLE + "Lena Osk\nMar 3, 2017 \u00b7 4 min read" + BODY, "2017-03-03"),
    (
        "wp-comments-category",
        TITLE + "March 3, 2017 / 0 Comments / in News / by Lena Osk" + BODY,
        "2017-03-03",
    ),
    ("wp-date-in-category", TITLE + "March 3, 2017 in Press Releases" + BODY, "2017-03-03"),
    ("gov-two-tags", TITLE + "Mar 3, 2017 | News Release | Office of the Governor" + BODY, "2017-03-03"),
    ("date-of-release", TITLE + "Date of Release: March 3, 2017" + BODY, "2017-03-03"),
    (
        "posted-at-time-first",
        TITLE + "Posted at 4:12 PM, Mar 03, 2017\nand last updated 9:00 AM, Mar 04, 2017" + BODY,
        "2017-03-03",
    ),
    ("patch-posted-weekday", TITLE + "Posted Fri, Mar 3, 2017 at 4:12 pm ET" + BODY, "2017-03-03"),
    (
        "ca9-header",
        "Case: 17-35105, 03/03/2017, ID: 10342312, DktEntry: 12, Page 1 of 20\n\nUNITED STATES COURT OF APPEALS"
        + BODY,
        "2017-03-03",
    ),
    (
        "ca11-header",
        "USCA11 Case: 17-12345 Date Filed: 03/03/2017 Page: 1 of 20\n\nIN THE UNITED STATES COURT OF APPEALS"
        + BODY,
        "2017-03-03",
    ),
    (
        "ca10-header",
        "Appellate Case: 17-1234 Document: 010110123 Date Filed: 03/03/2017 Page: 1\n\nFILED\nUnited States Court of Appeals"
        + BODY,
        "2017-03-03",
    ),
    (
        "print-stamp-then-date",
        "6/1/2019 Sheriff Ends Detainer Holds | Riverton Ledger\n\n" + TITLE + "March 3, 2017" + BODY,
        "2017-03-03",
    ),
    (
        "print-stamp-only",
        "6/1/2019 Sheriff Ends Detainer Holds | Riverton Ledger\n\n" + TITLE + "By Lena Osk" + BODY,
        None,
    ),
    (
        "print-stamp-short-only",
        "6/1/19, 4:12 PM Sheriff Ends Detainer Holds - Riverton Ledger\n\n" + TITLE + BODY,
        None,
    ),
    ("print-stamp-alone-short", "6/1/19, 4:12 PM\n" + TITLE + BODY, None),
    ("page-last-reviewed", TITLE + "Page last reviewed: June 1, 2019" + BODY, None),
    ("content-last-reviewed", TITLE + "Content last reviewed June 1, 2019" + BODY, None),
    ("page-last-updated", TITLE + "Page Last Updated: 06/01/2019" + BODY, "2019-06-01"),
    ("last-updated-on", TITLE + "Last updated on June 1, 2019" + BODY, "2019-06-01"),
    ("date-posted-label", TITLE + "Date Posted: 3/3/2017" + BODY, "2017-03-03"),
    ("date-published-label", TITLE + "Date Published: March 3, 2017" + BODY, "2017-03-03"),
    ("politico-numeric-time", TITLE + "03/03/2017 04:12 PM EST" + BODY, "2017-03-03"),
    (
        "tv-posted-updated",
        TITLE + "Posted: Mar 03, 2017 4:12 PM EST\nUpdated: Mar 04, 2017 9:00 AM EST" + BODY,
        "2017-03-03",
    ),
    ("uk-weekday-no-comma", TITLE + "Friday 3 March 2017" + BODY, "2017-03-03"),
    (
        "agenda-date-line",
        "AGENDA\nREGULAR MEETING OF THE CITY COUNCIL\nTuesday, March 3, 2017\n7:00 p.m.\n\n1. Call to order"
        + BODY,
        "2017-03-03",
    ),
    (
        "minutes-title-dash",
        "Regular Meeting Minutes \u2013 March 3, 2017\n\nThe meeting was called to order." + BODY,
        "2017-03-03",
    ),
    ("breadcrumbs", "Home / News / Press Releases\n\n" + TITLE + "\nMarch 3, 2017" + BODY, "2017-03-03"),
    (
        "published-caps-updated",
        TITLE
        + "By Lena Osk | Staff Writer\nPUBLISHED: March 3, 2017 at 4:12 p.m. | UPDATED: March 4, 2017 at 9:00 a.m."
        + BODY,
        "2017-03-03",
    ),
    (
        "updated-then-published-line",
        TITLE + "Updated 9:00 AM EST, March 4, 2017\nPublished 4:12 PM EST, March 3, 2017" + BODY,
        "2017-03-03",
    ),
    (
        "copyright-full-date",
        TITLE
        + LONG_BODY
        + "\nCopyright \u00a9 2019 Riverton Ledger. All rights reserved. Updated June 1, 2019\n",
        "2019-06-01",
    ),
    ("footer-updated-colon", TITLE + LONG_BODY + "\nUpdated: June 1, 2019\n", "2019-06-01"),
    ("footer-last-modified-date-line", TITLE + LONG_BODY + "\nLast Modified\nJune 1, 2019\n", None),
    ("date-created", TITLE + "Date Created: 03/03/2017\nLast Modified: 06/01/2019" + BODY, "2017-03-03"),
    (
        "news-release-date-words",
        "NEWS RELEASE\nRiverton Police Department\nDATE: March 3, 2017\nCONTACT: Sgt. Ana Vela" + BODY,
        "2017-03-03",
    ),
    (
        "related-colon-inline",
        "Related: Sheriff changes hold policy (Jan. 30, 2017)\n\n"
        + TITLE
        + "By Lena Osk | March 3, 2017"
        + BODY,
        "2017-03-03",
    ),
    # --- content systems' bylines, meeting headings, media advisories, other events' labels, sidebars
    ("drupal-submitted", TITLE + "Submitted by Lena Osk on Fri, 03/03/2017 - 16:12" + BODY, "2017-03-03"),
    ("drupal-weekday-numeric-dash-time", TITLE + "Fri 03/03/2017 - 16:12" + BODY, "2017-03-03"),
    ("iso-space-seconds", TITLE + "2017-03-03 16:12:00" + BODY, "2017-03-03"),
    ("publication-date-label", TITLE + "Publication date: 3 March 2017" + BODY, "2017-03-03"),
    (
        "legistar-one-line",
        "City of Riverton\nMeeting Minutes\nCity Council\n\nTuesday, March 3, 2017 7:00 PM Council Chambers\n\nCall to Order"
        + BODY,
        "2017-03-03",
    ),
    (
        "legistar-lines",
        "City of Riverton\nMeeting Agenda\nCity Council\n\nTuesday, March 3, 2017\n7:00 PM\nCouncil Chambers"
        + BODY,
        "2017-03-03",
    ),
    (
        "advisory-when",
        "MEDIA ADVISORY\nMarch 1, 2017\n\nWHAT: Town hall on detainers\nWHEN: Thursday, March 9, 2017, 6 p.m.\nWHERE: City Hall"
        + BODY,
        "2017-03-01",
    ),
    (
        "advisory-when-only",
        "MEDIA ADVISORY\n\nWHAT: Town hall on detainers\nWHEN: Thursday, March 9, 2017, 6 p.m.\nWHERE: City Hall"
        + BODY,
        None,
    ),
    ("event-date-label", TITLE + LONG_BODY + "\nEvent Date: March 9, 2017\nLocation: City Hall\n", None),
    ("election-date-label", TITLE + "Election Date: November 7, 2017" + BODY, None),
    ("by-pipe-after", TITLE + "Mar 03, 2017 | By Lena Osk" + BODY, "2017-03-03"),
    (
        "pr-published-topics",
        "Press Release\nPublished: March 3, 2017\nTopics: Immigration" + BODY,
        "2017-03-03",
    ),
    (
        "sent-via",
        "Sent via electronic mail\nMarch 3, 2017\n\nMira Holt\n\nDear Ms. Holt:\n\nWe write.",
        "2017-03-03",
    ),
    (
        "filed-stamp-clerk",
        "FILED\nMar 03 2017\nCLERK, U.S. DISTRICT COURT\n\nHolt v. Pratt" + BODY,
        "2017-03-03",
    ),
    (
        "news-time-first-no-comma",
        TITLE + "By Lena Osk\nPublished 9:14 am CST Mar 3, 2017" + BODY,
        "2017-03-03",
    ),
    (
        "nav-upcoming-events-above",
        "Upcoming Events\nMarch 10, 2017\nTown hall on detainers\n\n" + TITLE + "March 3, 2017" + BODY,
        "2017-03-03",
    ),
    (
        "date-then-title-then-body-date",
        "March 3, 2017\n\n" + TITLE + "\nOn March 1, 2017, the board met." + BODY,
        "2017-03-03",
    ),
    (
        "statement-on-date",
        "Statement of Mayor Ana Vela on the Jail Contract\n\nMarch 3, 2017\n" + BODY,
        "2017-03-03",
    ),
    ("posted-in-category-on", TITLE + "Posted in News on March 3, 2017" + BODY, "2017-03-03"),
    ("filed-under", TITLE + "Filed under: Immigration\nMarch 3, 2017" + BODY, "2017-03-03"),
    ("news-date-ordinal-at", TITLE + "March 3rd, 2017 at 4:12 pm" + BODY, "2017-03-03"),
    ("day-month-abbrev", TITLE + "03 Mar 2017" + BODY, "2017-03-03"),
    ("uk-news-time-after", TITLE + "Friday 3 March 2017 16.12 GMT" + BODY, "2017-03-03"),
    (
        "dateline-en-dash-city",
        "RIVERTON, Wyo. \u2013 March 3, 2017 \u2013 The sheriff said." + BODY,
        "2017-03-03",
    ),
    (
        "ice-newer-header",
        "News Release\n\nRiverton man removed to Peru\n\nMarch 3, 2017\n\nRIVERTON, Wyo. \u2014 A man was removed."
        + BODY,
        "2017-03-03",
    ),
    (
        "doj-usao-header",
        "U.S. Attorney's Office\nDistrict of Wyoming\n\nFOR IMMEDIATE RELEASE\n\nFriday, March 3, 2017\n\n"
        + TITLE
        + BODY,
        "2017-03-03",
    ),
    # --- bylines with a verb, date badges, embeds and credits, memos, print stamps
    ("written-by-on", TITLE + "Written by Lena Osk on March 3, 2017" + BODY, "2017-03-03"),
    ("posted-by-bar", TITLE + "Posted by Lena Osk | March 3, 2017" + BODY, "2017-03-03"),
    ("written-by-dash", TITLE + "Written by Lena Osk \u2014 Mar. 3, 2017" + BODY, "2017-03-03"),
    ("date-badge-mdy", "Mar\n3\n2017\n\n" + TITLE + BODY, "2017-03-03"),
    ("date-badge-dmy", TITLE + "03\nMar\n2017\n" + BODY, "2017-03-03"),
    (
        "tweet-embed-body",
        TITLE
        + LONG_BODY
        + "\nWe will keep our community safe. pic.twitter.com/x1y2z3\n\u2014 Ana Vela (@anavela) March 2, 2017\n",
        None,
    ),
    ("photo-credit", TITLE + "(Photo by Lena Osk, March 2, 2017)" + LONG_BODY, None),
    ("label-line-then-date", TITLE + "Posted:\nMarch 3, 2017" + BODY, "2017-03-03"),
    ("updated-label-line-only", TITLE + "Last Updated\nMarch 4, 2017" + BODY, None),
    (
        "fed-register-publication",
        "Federal Register\nVol. 82, No. 41\nPublication Date: 03/03/2017\nAgencies: Homeland Security Department"
        + BODY,
        "2017-03-03",
    ),
    (
        "fr-dates-section",
        "Federal Register\nRule\n\nDATES: This rule is effective April 3, 2017." + BODY,
        None,
    ),
    (
        "memo-caps",
        "MEMORANDUM\n\nTO: Board\nFROM: Chief Ana Vela\nDATE: March 3, 2017\nSUBJECT: Detainers" + BODY,
        "2017-03-03",
    ),
    (
        "memo-short-year",
        "MEMORANDUM\n\nTO: Board\nFROM: Chief Ana Vela\nDATE: 3/3/17\nSUBJECT: Detainers" + BODY,
        "2017-03-03",
    ),
    (
        "url-print-stamp",
        "https://www.example.com/news/sheriff-ends-holds 6/1/2019\n\n" + TITLE + "By Lena Osk" + BODY,
        None,
    ),
    (
        "first-line-site-title",
        "Sheriff Ends Detainer Holds | Riverton Ledger\n\nHome \u00bb News \u00bb Local\n\nSheriff Ends Detainer Holds\n\nLena Osk\nMarch 3, 2017\nShare\nTweet"
        + BODY,
        "2017-03-03",
    ),
    ("month-year-only", TITLE + "March 2017" + BODY, None),
    # --- social posts, alerts, wires, dotted dates (month first, as slashed ones), times beside dates
    (
        "social-trailing-dot",
        "Riverton Police Department\nMarch 3, 2017 at 4:12 PM \u00b7\n\n" + TITLE + BODY,
        "2017-03-03",
    ),
    ("social-no-year", "Riverton Police Department\nMarch 3 at 4:12 PM \u00b7\n\n" + TITLE + BODY, None),
    (
        "alert-double-colon",
        "Riverton Police Department\nFriday March 3rd, 2017 :: 04:12 p.m. MST" + BODY,
        "2017-03-03",
    ),
    ("wire-time-words", TITLE + "March 03, 2017 04:12 PM Eastern Standard Time" + BODY, "2017-03-03"),
    ("wire-source-tag", TITLE + "March 03, 2017 16:12 ET | Source: Riverton Coalition" + BODY, "2017-03-03"),
    (
        "wire-dateline",
        TITLE + "\nRIVERTON, Wyo., March 3, 2017 /PRNewswire/ -- The coalition said." + BODY,
        "2017-03-03",
    ),
    ("dotted-short-year", "Press Releases\n03.03.17\n" + TITLE + BODY, "2017-03-03"),
    ("dotted-month-first", TITLE + "03.04.2017" + BODY, "2017-03-04"),
    ("dotted-day-first-only", TITLE + "14.03.2017" + BODY, None),
    (
        "tweet-time-first",
        "Ana Vela\n@anavela\nWe will not hold people for ICE without a warrant.\n4:12 PM \u00b7 Mar 3, 2017",
        "2017-03-03",
    ),
    ("date-label-dotted", TITLE + "Date: 03.03.2017" + BODY, "2017-03-03"),
    (
        "blox-posted-updated",
        TITLE + "Posted: Friday, March 3, 2017 4:12 pm | Updated: 9:00 am, Sat Mar 4, 2017." + BODY,
        "2017-03-03",
    ),
    (
        "gannett-published-time-zone",
        TITLE
        + "Lena Osk\nRiverton Ledger\nPublished 4:12 p.m. MT March 3, 2017 | Updated 9:00 a.m. MT March 4, 2017"
        + BODY,
        "2017-03-03",
    ),
    ("npr-dot-time", TITLE + "March 3, 2017 \u00b7 4:12 PM ET" + BODY, "2017-03-03"),
    ("hill-short-year-time", TITLE + "03/03/17 04:12 PM EST" + BODY, "2017-03-03"),
    ("cnn-updated-time-weekday", TITLE + "Updated 4:12 PM ET, Fri March 3, 2017" + BODY, "2017-03-03"),
    ("cnn-published-time-weekday", TITLE + "Published 4:12 PM EST, Fri March 3, 2017" + BODY, "2017-03-03"),
    ("wsj-updated", TITLE + "Updated March 3, 2017 4:12 p.m. ET" + BODY, "2017-03-03"),
    ("post-date-label-time", TITLE + "Post Date: 03/03/2017 4:12 PM" + BODY, "2017-03-03"),
    # --- blog footers, case-law pages, footers beside a header date
    (
        "wp-entry-footer",
        TITLE
        + LONG_BODY
        + "\nThis entry was posted on Friday, March 3rd, 2017 at 4:12 pm and is filed under News.\n",
        "2017-03-03",
    ),
    (
        "wp-entry-footer-long",
        TITLE
        + LONG_BODY * 12
        + "\nThis entry was posted on Friday, March 3rd, 2017 at 4:12 pm and is filed under News.\n",
        "2017-03-03",
    ),
    ("leagle-heading", "HOLT v. PRATT\nNo. 17-123.\nMarch 3, 2017.\n\nOPINION" + BODY, "2017-03-03"),
    (
        "justia-decided",
        "Holt v. Pratt\n\nAnnotate this Case\n\nDecided: March 3, 2017\n\nOpinion" + BODY,
        "2017-03-03",
    ),
    (
        "body-posted-sentence",
        TITLE + LONG_BODY + "\nThe notice was posted on March 9, 2017 at the jail.\n",
        None,
    ),
    (
        "header-date-then-footer-updated",
        TITLE + "March 3, 2017" + LONG_BODY + "\nPage updated: June 1, 2019\n",
        "2017-03-03",
    ),
    ("footer-copyright-date-range", TITLE + LONG_BODY + "\n\u00a9 2017\u20132019 Riverton Ledger\n", None),
    ("bare-timestamp-weekday-dot", TITLE + "Fri., March 3, 2017" + BODY, "2017-03-03"),
    ("caps-month-abbrev", TITLE + "MAR 3, 2017" + BODY, "2017-03-03"),
    ("date-first-line-then-nav", "March 3, 2017\nHome | News | Contact\n\n" + TITLE + BODY, "2017-03-03"),
    # --- release numbers beside the date, court filing stamps (federal and state, e-filed)
    ("release-number-bar", TITLE + "Press Release No. 2017-12 | March 3, 2017" + BODY, "2017-03-03"),
    ("release-number-line", "News Release 17-045\nMarch 3, 2017\n\n" + TITLE + BODY, "2017-03-03"),
    ("story-posted", TITLE + "Story Posted: 03/03/2017 4:12 PM" + BODY, "2017-03-03"),
    (
        "introduced-adopted-line",
        "Resolution 2017-12\nIntroduced: 2/1/2017 Adopted: 3/3/2017" + BODY,
        "2017-03-03",
    ),
    (
        "ecf-entered-docket",
        "Case 1:17-cv-20123-KMW Document 12 Entered on FLSD Docket 03/03/2017 Page 1 of 20\n\nUNITED STATES DISTRICT COURT"
        + BODY,
        "2017-03-03",
    ),
    (
        "state-efiling-stamp",
        "FILED: NEW YORK COUNTY CLERK 03/03/2017 04:12 PM INDEX NO. 123456/2017\nNYSCEF DOC. NO. 12 RECEIVED NYSCEF: 03/03/2017\n\nSUPREME COURT OF THE STATE OF NEW YORK"
        + BODY,
        "2017-03-03",
    ),
    (
        "electronically-filed",
        "Electronically Filed\n3/3/2017 4:12 PM\nAna Vela\nCLERK OF THE COURT\n\nORDER" + BODY,
        "2017-03-03",
    ),
    (
        "electronically-filed-one-line",
        "Electronically Filed 3/3/2017 4:12 PM Ana Vela CLERK OF THE COURT\n\nORDER" + BODY,
        "2017-03-03",
    ),
    ("efiled-bar", "E-FILED | 3/3/2017 4:12 PM\n\nORDER" + BODY, "2017-03-03"),
    (
        "issued-effective-line",
        "Directive 17-3\nIssued: March 3, 2017 | Effective: April 1, 2017" + BODY,
        "2017-03-03",
    ),
    (
        "body-filed-sentence",
        TITLE + LONG_BODY + "\nThe county filed its response on March 9, 2017 in federal court.\n",
        None,
    ),
    # --- code publishers' adoption notes, record fields, letters
    (
        "ecode-bracket-adopted",
        "Chapter 12. Immigration Enforcement\n[Adopted 3-3-2017 by L.L. No. 2-2017]\n\n\u00a7 12-1. Purpose."
        + BODY,
        "2017-03-03",
    ),
    (
        "ecode-history",
        "Chapter 12. Immigration Enforcement\n\n[HISTORY: Adopted by the Board of Trustees of the Village of Pine 3-3-2017 by L.L. No. 2-2017. Amendments noted where applicable.]\n\n\u00a7 12-1. Purpose."
        + BODY,
        "2017-03-03",
    ),
    (
        "enactment-date",
        "File #: R-17-12\nEnactment date: 3/3/2017\nTitle: A resolution on detainers" + BODY,
        "2017-03-03",
    ),
    (
        "action-adopted",
        "Resolution 17-12\nCouncil Action: Adopted 3/3/2017\n\nWHEREAS, text." + BODY,
        "2017-03-03",
    ),
    (
        "status-approved",
        "Ordinance 17-12\nStatus: Approved March 3, 2017\n\nSection 1. Text." + BODY,
        "2017-03-03",
    ),
    (
        "in-reply-refer",
        "U.S. Department of Homeland Security\nIn Reply Refer To:\nMarch 3, 2017\n\nSheriff Ana Vela\n\nDear Sheriff Vela:\n\nWe write.",
        "2017-03-03",
    ),
    (
        "note-adopted-sentence",
        TITLE
        + LONG_BODY
        + "\nNote: the council adopted a similar measure on March 9, 2015 that was later repealed.\n",
        None,
    ),
    # --- transcripts, releases whose header columns ran together, remarks
    (
        "transcript-aired",
        "Transcripts\n\nEVENING NEWS\n\nAired March 3, 2017 - 20:00 ET\n\nTHIS IS A RUSH TRANSCRIPT." + BODY,
        "2017-03-03",
    ),
    (
        "pdf-columns-phone",
        "NEWS RELEASE\nFOR IMMEDIATE RELEASE CONTACT: Ana Vela\nMarch 3, 2017 (555) 010-0100\n\n"
        + TITLE
        + BODY,
        "2017-03-03",
    ),
    (
        "pdf-columns-contact",
        "NEWS RELEASE\nMarch 3, 2017 Contact: Ana Vela, 555-010-0100\n\n" + TITLE + BODY,
        "2017-03-03",
    ),
    (
        "pdf-release-contact-same-line",
        "FOR IMMEDIATE RELEASE: March 3, 2017 CONTACT: Ana Vela\n\n" + TITLE + BODY,
        "2017-03-03",
    ),
    (
        "remarks-prepared",
        "Remarks as Prepared for Delivery\nMayor Ana Vela\nMarch 3, 2017\n\nThank you all for coming." + BODY,
        "2017-03-03",
    ),
    (
        "body-phone-date-line",
        TITLE + LONG_BODY + "\nCall the hotline at (555) 010-0100 before March 9, 2017.\n",
        None,
    ),
    # --- negatives: page stamps, related lists, dates in the body
    ("last-updated-only", "Sheriff Ends Detainer Holds\nLast updated: June 1, 2019" + BODY, "2019-06-01"),
    ("neg-accessed", "Sheriff Ends Detainer Holds" + BODY + "\nAccessed June 1, 2019\n", None),
    ("neg-accessed-colon", "Sheriff Ends Detainer Holds\nAccessed: June 1, 2019" + BODY, None),
    ("neg-retrieved", "Sheriff Ends Detainer Holds\nRetrieved June 1, 2019" + BODY, None),
    ("neg-copyright", "Sheriff Ends Detainer Holds" + BODY + "\nCopyright 2019 Riverton Ledger\n", None),
    ("neg-related-list", "Sheriff Ends Detainer Holds" + LONG_BODY + RELATED, None),
    (
        "neg-related-list-after-byline",
        "Sheriff Ends Detainer Holds\nBy Lena Osk | March 3, 2017" + LONG_BODY + RELATED,
        "2017-03-03",
    ),
    (
        "neg-body-date",
        "Sheriff Ends Detainer Holds\n\nThe board voted on March 3, 2017 to end the agreement." + BODY,
        None,
    ),
    (
        "neg-news-meeting-date",
        "Sheriff Ends Detainer Holds\n\nBy Lena Osk"
        + LONG_BODY
        + "\nThe board takes up the measure again at its meeting on Thursday, March 9, 2017.\n",
        None,
    ),
    (
        "neg-news-hearing-line",
        "Sheriff Ends Detainer Holds\n\nBy Lena Osk"
        + LONG_BODY
        + "\nPublic hearing: March 9, 2017, 6 p.m.\n",
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_web_layouts(text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected

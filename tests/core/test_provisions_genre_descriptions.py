"""Genre: documents that describe policies against the policies themselves.

A story, a press release, an explainer, a letter and a court order each restate rules in "shall"
language; an executive order, a jail memo, a resolution, a statute and a policy manual set them. A
court order is told by its caption ("UNITED STATES DISTRICT COURT" on a line of its own) and its
capitalised parties ("Plaintiff", "Defendant"). All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions, is_policy_text

D = {
"news1": (False, """DENVER — The City Council voted 10-2 on Monday night to approve an ordinance that bars city employees from asking residents about their immigration status.

"This is a proud day for our city," said Council member Ana Ruiz, who sponsored the measure.

The ordinance also prohibits the Denver Sheriff Department from honoring ICE detainers unless they are accompanied by a warrant signed by a judge. Jail staff may not give ICE advance notice of an inmate's release.

Opponents said the measure would put the public at risk. "We are tying the hands of our deputies," said Council member Tom Hale.
"""),
"pr1": (False, """FOR IMMEDIATE RELEASE
March 3, 2019

Governor Signs Keep Families Together Act

SALEM — Governor Maria Lopez today signed House Bill 2015, which prohibits state and local police from using public resources to enforce federal immigration law.

Under the new law, officers shall not ask about a person's immigration status, and jails may not hold anyone on an ICE detainer without a judicial warrant.

"Oregon is a place where everyone should feel safe calling the police," Governor Lopez said.
"""),
"eo": (True, """EXECUTIVE ORDER NO. 2017-02

WHEREAS, the City of Springfield values the contributions of all its residents; and

WHEREAS, public safety depends on the trust of every community;

NOW, THEREFORE, I, Jane Doe, Mayor of the City of Springfield, by virtue of the authority vested in me, hereby order as follows:

1. No City agency or employee shall inquire about the immigration status of any person, except as required by law.

2. No City resources shall be used to assist in the enforcement of federal civil immigration law.

3. This Order shall take effect immediately.
"""),
"memo": (True, """MEMORANDUM

TO: All Jail Staff
FROM: Sheriff Robert King
DATE: June 12, 2014
SUBJECT: ICE Detainers

Effective immediately, the Lane County Jail will no longer hold any inmate solely on the basis of an ICE detainer. Inmates who are otherwise eligible for release will be released.

Staff will continue to notify ICE when an inmate with a detainer is booked, but will not hold the inmate past his or her release date.
"""),
"resolution": (True, """RESOLUTION NO. 2018-45

A RESOLUTION OF THE BOARD OF SUPERVISORS OF SAN MATEO COUNTY AFFIRMING ITS COMMITMENT TO ALL RESIDENTS

WHEREAS, immigrants make up a third of the County's population; and

WHEREAS, the Board wishes to make clear the limits of the County's involvement in immigration enforcement;

NOW, THEREFORE, BE IT RESOLVED that the Board of Supervisors directs that no County department shall use County funds or personnel to enforce federal immigration law; and

BE IT FURTHER RESOLVED that the County shall not enter into any agreement under 8 U.S.C. 1357(g).
"""),
"statute": (True, """Section 1. Definitions. As used in this act:
(a) "Immigration detainer" means a request by ICE to hold a person.
(b) "Law enforcement agency" means any state or local police agency.

Section 2. A law enforcement agency shall not detain any individual on the basis of an immigration detainer after the individual becomes eligible for release.

Section 3. A law enforcement agency shall not provide ICE with information about the release date of any individual, except as required by federal law.
"""),
"blog": (False, """What does the new Trust Act do?

The Trust Act, which took effect on January 1, says that local police shall not hold people on ICE detainers unless the person has been convicted of a serious crime. It also says that jails shall not tell ICE when someone will be released, with some exceptions.

Advocates say the law will rebuild trust. "People will call the police again," said Maria Gomez of the Immigrant Rights Coalition.
"""),
"letter": (False, """U.S. Department of Justice
Office of Justice Programs

Washington, D.C. 20531

November 15, 2017

The Honorable Jane Smith
Mayor of Springfield

Dear Mayor Smith:

The Department has reviewed your jurisdiction's ordinance, which provides that no city employee shall share information about immigration status with federal authorities. This provision appears to violate 8 U.S.C. 1373. Please respond by December 8, 2017, explaining whether you will rescind it.

Sincerely,
Alan Hanson
Acting Assistant Attorney General
"""),
"opinion": (False, """UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

COUNTY OF SANTA CLARA, Plaintiff,
v.
DONALD J. TRUMP, Defendant.

ORDER GRANTING MOTION FOR PRELIMINARY INJUNCTION

The County's policy provides that the Sheriff shall not honor civil immigration detainers unless the County is reimbursed, and that County employees shall not share information about a person's immigration status. The Executive Order threatens to withhold federal funds from jurisdictions with such policies. For the reasons below, the motion is GRANTED.
"""),
"policy_manual": (True, """428.1 PURPOSE AND SCOPE
This policy provides guidance to members of the Office on immigration matters.

428.2 POLICY
It is the policy of the Office that all members make personal and professional commitments to equal enforcement of the law regardless of immigration status.

428.3 IMMIGRATION DETAINERS
Members shall not honor an ICE detainer request unless it is accompanied by a judicial warrant.

428.4 NOTIFICATIONS
Members shall not notify ICE of an inmate's release date except as permitted by Government Code section 7282.5.
"""),
# Harder: stories quoting a section, a sheriff's release, a staff report, an agreement, an AG opinion, an FAQ.
"news_quoting_section": (False, """AUSTIN, Texas (AP) — Texas Gov. Greg Abbott signed a bill Sunday that punishes sheriffs who refuse to cooperate with federal immigration agents.

The law says a local entity "may not adopt, enforce, or endorse a policy under which the entity prohibits or materially limits the enforcement of immigration laws." It also says jails "shall comply with, honor, and fulfill" detainer requests.

Sheriffs who violate the law could face removal from office and jail time. "This is about public safety," Abbott said in a Facebook Live broadcast.

Critics vowed to sue. "We will see the governor in court," said state Rep. Ramon Romero.
"""),
"sheriff_release": (False, """NEWS RELEASE
Office of the Sheriff, Marion County
January 9, 2017

Sheriff Announces Change to Detainer Policy

Sheriff John Miller announced today that the jail will no longer hold inmates on ICE detainers without a warrant signed by a judge.

"We will follow the Constitution," Sheriff Miller said. "Our deputies are not immigration agents."

Under the new policy, jail staff shall not hold any person past his or her release date on the basis of an ICE detainer alone.

Media contact: Lt. Ann Cole, 555-0100
"""),
"staff_report": (False, """CITY COUNCIL AGENDA REPORT
Meeting Date: March 14, 2017
To: Honorable Mayor and City Council
From: City Manager
Subject: Consideration of a Welcoming City Ordinance

RECOMMENDATION
Staff recommends that the City Council introduce and waive the first reading of the attached ordinance.

BACKGROUND
At its February meeting the Council directed staff to prepare an ordinance limiting the use of City resources for immigration enforcement. The draft ordinance would provide that City employees shall not inquire about immigration status and that no City funds shall be used to enforce federal immigration law.

FISCAL IMPACT
None.
"""),
"ordinance_long_preamble": (True, """ORDINANCE NO. 17-0412

AN ORDINANCE OF THE CITY OF SANTA FE ESTABLISHING PROTECTIONS FOR IMMIGRANT RESIDENTS

WHEREAS, the City has long welcomed immigrants; and

WHEREAS, the Police Department relies on the cooperation of all residents; and

WHEREAS, federal law does not require local police to enforce civil immigration law; and

WHEREAS, the Council finds that trust between police and residents is essential;

NOW, THEREFORE, BE IT ORDAINED BY THE GOVERNING BODY OF THE CITY OF SANTA FE:

Section 1. No City officer or employee shall use City funds or resources to assist in the enforcement of federal immigration law.

Section 2. This ordinance shall take effect thirty days after publication.
"""),
"moa": (True, """MEMORANDUM OF AGREEMENT

This Memorandum of Agreement constitutes an agreement between U.S. Immigration and Customs Enforcement (ICE) and the Collier County Sheriff's Office, pursuant to which ICE delegates nominated, trained and certified personnel of the Sheriff's Office to perform certain immigration enforcement functions.

I. PURPOSE
The purpose of this MOA is to set forth the terms under which selected LEA personnel will be nominated, trained, and thereafter perform certain functions of an immigration officer under section 287(g) of the Immigration and Nationality Act.

II. AUTHORITY
Section 287(g) of the INA, codified at 8 U.S.C. 1357(g), authorizes the Secretary to enter into written agreements with a State or political subdivision.

III. POLICY
The LEA shall participate in the 287(g) program in its jail.
"""),
"ag_opinion": (False, """OFFICE OF THE ATTORNEY GENERAL
STATE OF ARIZONA

Opinion No. I17-004

To: The Honorable Bob Jones, Arizona State Senate

Questions Presented
You have asked whether a city may adopt a policy that prohibits its officers from inquiring about immigration status.

Summary Answer
No. A.R.S. § 11-1051 provides that no official or agency of this state may limit or restrict the enforcement of federal immigration laws to less than the full extent permitted by federal law.

Analysis
We conclude that such a policy would conflict with state law.
"""),
"faq": (False, """Frequently Asked Questions: The Illinois TRUST Act

Q: Can police ask me about my immigration status?
A: Under the TRUST Act, police may not stop, arrest, search or detain you based on your immigration status.

Q: Will the jail hold me for ICE?
A: No. Law enforcement agencies in Illinois shall not detain anyone based on an immigration detainer unless ICE presents a judicial warrant.

This FAQ is provided for general information only and is not legal advice. Contact the Illinois Coalition for Immigrant and Refugee Rights for help.
"""),
"directive_plain": (True, """Springfield Police Department
General Order 5.22
Effective Date: April 1, 2018
Subject: Immigration Status

I. Purpose
To set out the Department's rules for contacts involving immigration status.

II. Procedure
A. Officers shall not initiate police action based solely on a person's immigration status.
B. Officers shall not ask about immigration status of victims or witnesses.
C. Officers shall not arrest any person for a civil immigration violation.
"""),
}


@pytest.mark.parametrize("name", sorted(D))
def test_genre(name: str) -> None:
    expected, text = D[name]
    assert is_policy_text(text) is expected


@pytest.mark.parametrize("name", sorted(k for k, (policy, _) in D.items() if not policy))
def test_texts_that_describe_policies_set_no_categories(name: str) -> None:
    _, text = D[name]
    assert not [p for p in find_provisions(text) if p.category_codes]

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
}


@pytest.mark.parametrize("name", sorted(D))
def test_genre(name: str) -> None:
    expected, text = D[name]
    assert is_policy_text(text) is expected


@pytest.mark.parametrize("name", sorted(k for k, (policy, _) in D.items() if not policy))
def test_texts_that_describe_policies_set_no_categories(name: str) -> None:
    _, text = D[name]
    assert not [p for p in find_provisions(text) if p.category_codes]

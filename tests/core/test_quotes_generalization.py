"""Quote finder on unseen styles: wire stories, local TV pages, press releases, op-eds, court opinions.

Each case names an error class rather than a document; every text is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_cases import check_quotes

from entanglement.core.extract.quotes import find_quotes

Q = "“"
E = "”"

# (id, text, expected [(speaker, first words of the quotation)])
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- pronouns: the latest named subject of matching gender, not the most quoted person ---
    (
        "pronoun-latest-subject-not-frequent-speaker",
        f"{Q}We will fight this in every courtroom we can find,{E} said Mayor Tina Vale.\n\n"
        f"{Q}Our police are not immigration agents and never will be,{E} Vale said.\n\n"
        "Sen. Ann Roe backed the mayor on Tuesday.\n\n"
        f"{Q}The city is within its rights under the Constitution,{E} she said.",
        [
            ("Tina Vale", "We will fight this in"),
            ("Tina Vale", "Our police are not immigration"),
            ("Ann Roe", "The city is within its"),
        ],
    ),
    (
        "pronoun-gender-skips-nearer-person",
        "Gov. Mark Ellis signed the bill after Rep. Linda Park pressed for it.\n\n"
        f"{Q}This is a promise kept to the people of our state,{E} he said.",
        [("Mark Ellis", "This is a promise kept")],
    ),
    (
        "pronoun-title-before-name",
        "Critics say the program sows distrust between immigrants and the police.\n\n"
        "ICE's acting director Tom Hale said the criticism is misplaced.\n\n"
        '"We are doing the job Congress gave us," he said. "Nothing more and nothing less than that."',
        [("Tom Hale", "We are doing the job"), ("Tom Hale", "Nothing more and nothing less")],
    ),
    (
        "pronoun-after-supporting-sentence",
        f"{Q}The order protects every resident of this county,{E} said County Executive Paul Greer.\n\n"
        "Senator Dan Ortiz (D-Ore.) supported Greer's statement on Wednesday.\n\n"
        f"{Q}We cannot let fear decide who calls the police,{E} he said.",
        [("Paul Greer", "The order protects every resident"), ("Dan Ortiz", "We cannot let fear decide")],
    ),
    # --- written words ---
    (
        "read-a-letter-from",
        f"{Q}Based on the records you sent, the county is in compliance with federal law,{E} read a "
        "letter sent from Deputy Attorney General Bo Lin to county officials. "
        f"{Q}Compliance is an ongoing duty that this office will keep reviewing.{E}",
        [
            ("Bo Lin", "Based on the records you sent"),
            ("Bo Lin", "Compliance is an ongoing duty that"),
        ],
    ),
    (
        "wrote-name-in-a-letter",
        f"{Q}Your jurisdiction has failed to honor hundreds of detainer requests,{E} wrote Acting "
        "Director Sam Pruitt in a letter to the sheriff.",
        [("Sam Pruitt", "Your jurisdiction has failed to honor")],
    ),
    (
        "name-wrote-that",
        "In a letter to the council, Police Chief Nora Banks wrote that the department "
        f"{Q}will not spend a single hour of patrol time on civil immigration matters.{E}",
        [("Nora Banks", "will not spend a single hour")],
    ),
    (
        "op-ed-byline-wrote",
        "Former Gov. Ray Dunn wrote in an op-ed published Sunday: "
        f"{Q}Cities that shield criminals put their own residents in danger every day.{E}",
        [("Ray Dunn", "Cities that shield criminals put")],
    ),
    (
        "tweet-posted",
        "Rep. Carla Nuñez posted on social media Friday night: "
        f"{Q}Families in our district deserve better than midnight raids.{E}",
        [("Carla Nuñez", "Families in our district deserve better")],
    ),
    # --- court opinions ---
    (
        "judge-x-wrote",
        "U.S. District Judge William Ortega wrote that the conditions "
        f"{Q}exceed the authority Congress delegated to the executive branch.{E}",
        [("William Ortega", "exceed the authority Congress delegated")],
    ),
    (
        "the-judge-wrote-resolved",
        "The case was assigned to Judge Helen Marsh of the Northern District.\n\n"
        f"{Q}The government has not shown that the county's policy conflicts with any statute,{E} "
        "the judge wrote.",
        [("Helen Marsh", "The government has not shown that")],
    ),
    (
        "judge-surname-wrote-in-opinion",
        "Circuit Judge Amy Tran wrote for a unanimous panel. Tran wrote: "
        f"{Q}Nothing in the statute compels a state to enlist its officers in federal work.{E}",
        [("Amy Tran", "Nothing in the statute compels a")],
    ),
    (
        "dissent-wrote",
        f"In dissent, Judge Carl Booth wrote that the majority {Q}reads the statute to mean "
        f"something Congress never said.{E}",
        [("Carl Booth", "reads the statute to mean something")],
    ),
    (
        "opinion-quotes-statute-not-judge",
        "Judge Rita Gomez noted that the statute requires officials to "
        f"{Q}send to, or receive from, federal immigration authorities information{E} about status.",
        [],
    ),
    # --- long lead-ins ---
    (
        "lead-in-of-place-who-told",
        "Among the critics was state Rep. Al Day of Elmwood, some 90 miles north of Capitol City, who "
        f"told reporters that {Q}no sheriff should be forced to choose between safety and the law.{E}",
        [("Al Day", "no sheriff should be forced to")],
    ),
    (
        "lead-in-of-place-apposition",
        "Rep. Al Day of Elmwood, who sits on the judiciary panel, told reporters that "
        f"{Q}the bill will cost counties millions they do not have.{E}",
        [("Al Day", "the bill will cost counties millions")],
    ),
    (
        "said-that-although-intervening",
        "José Marín, a public defender in the county, said that although the jail has cut back on "
        "holds (it honored 12 last year), "
        f"{Q}the damage to trust in our community has already been done.{E}",
        [("José Marín", "the damage to trust in our")],
    ),
    (
        "said-in-an-interview-then-colon",
        "Sheriff Dale Pruett said in an interview on Monday with a local radio station that he was "
        f"tired of the debate: {Q}My job is to run a jail, not an immigration office.{E}",
        [("Dale Pruett", "My job is to run a")],
    ),
    # --- documents quoted inside a person's sentence ---
    (
        "document-quote-bill-that-would-require",
        "Supervisor Kim Dahl noted that lawmakers have not acted on a bill that would require "
        f"sheriffs to {Q}check the immigration status of every person booked into a jail.{E}",
        [],
    ),
    (
        "document-quote-ordinance-bars",
        "Council Member Ed Voss pointed to the ordinance, which bars city workers from "
        f"{Q}assisting federal agents in any civil immigration enforcement action.{E}",
        [],
    ),
    (
        "document-quote-policy-states",
        "Chief Lena Ford said the department's policy states that officers "
        f"{Q}shall not stop, detain or question any person about immigration status.{E}",
        [],
    ),
    (
        "person-quote-about-bill-is-kept",
        f"Mayor Greg Olsen said the bill would {Q}destroy years of trust between police and neighbors.{E}",
        [("Greg Olsen", "destroy years of trust between police")],
    ),
    # --- a sentence naming the person, no speech verb ---
    (
        "name-was-blunt",
        f"Sheriff Lou Grant was blunt. {Q}If you commit a crime here, we will hold you accountable.{E}",
        [("Lou Grant", "If you commit a crime here")],
    ),
    (
        "name-disagreed-own-paragraph",
        "State Sen. Maya Reyes disagreed.\n\n"
        f"{Q}This bill turns every traffic stop into a deportation hearing.{E}",
        [("Maya Reyes", "This bill turns every traffic stop")],
    ),
    (
        "no-speaker-after-event-sentence",
        "Officers arrested Tom Brandt on Friday after a traffic stop in the county.\n\n"
        f"{Q}The detainer program has been a failure for public safety in every county.{E}",
        [],
    ),
    # --- press releases and statements ---
    (
        "press-release-following-statement",
        "WASHINGTON — Attorney General Pam Rowe issued the following statement on the ruling:\n\n"
        "Today's decision confirms that states may set their own policing priorities and we will "
        "keep defending them.",
        [("Pam Rowe", "Today's decision confirms that states may")],
    ),
    (
        "press-release-name-colon-block",
        "Mayor Joan Hill: The city will continue to welcome immigrants and refugees as it always has.",
        [("Joan Hill", "The city will continue to welcome")],
    ),
    (
        "press-release-quote-then-title",
        f"{Q}Public safety depends on trust, and trust depends on keeping our word,{E} said Lt. Gov. "
        "Ruth Abbott. \u201cWe intend to keep it.\u201d",
        [("Ruth Abbott", "Public safety depends on trust, and"), ("Ruth Abbott", "We intend to keep it.")],
    ),
    (
        "unnamed-spokesperson-dropped",
        f"{Q}The department will review the ruling and consider its options,{E} a spokeswoman for the "
        "agency said.",
        [],
    ),
    (
        "office-dropped",
        f"{Q}We are reviewing the complaint and will respond in court,{E} the governor's office said "
        "in a statement.",
        [],
    ),
    # --- wire and TV styles ---
    (
        "wire-split-quotation",
        f"{Q}We are not going to arrest people for who they are,{E} Chief Omar Haddad told reporters, "
        f"{Q}and we are not going to start now.{E}",
        [("Omar Haddad", "We are not going to arrest"), ("Omar Haddad", "and we are not going to")],
    ),
    (
        "multi-paragraph-quotation",
        f"Commissioner Beth Lund read a prepared statement.\n\n{Q}The county will not enter into this "
        f"agreement this year.\n\n{Q}We owe our residents an explanation and we will give one.{E}",
        [("Beth Lund", "The county will not enter into")],
    ),
    (
        "tv-said-name-apposition",
        '"We have families who are scared to send their kids to school," said Rosa Paz, who runs a '
        "food pantry in the neighborhood.",
        [("Rosa Paz", "We have families who are scared")],
    ),
    (
        "according-to-name",
        f"The sheriff's office will stop honoring the holds, according to Sheriff Mike Tate, who "
        f"said {Q}our deputies will no longer hold people past their release date.{E}",
        [("Mike Tate", "our deputies will no longer hold")],
    ),
    (
        "scare-quote-and-term-left-out",
        f"Gov. Nate Hurd signed the {Q}sanctuary{E} ban and called critics {Q}dead wrong{E} on Monday.",
        [],
    ),
    (
        "told-outlet",
        "Sheriff Ana Kerr told the Ledger on Thursday that the deal "
        f"{Q}was never about immigration; it was about jail beds.{E}",
        [("Ana Kerr", "was never about immigration; it was")],
    ),
    (
        "surname-said-earlier-full-name",
        "Immigration attorney Victor Lam represents several of the detained workers.\n\n"
        f"{Q}They were picked up on their way to work and held for days,{E} Lam said.",
        [("Victor Lam", "They were picked up on their")],
    ),
    (
        "question-mark-attribution",
        f"{Q}Why would anyone call the police if it means losing their family?{E} asked Pastor Eli Moss.",
        [("Eli Moss", "Why would anyone call the police")],
    ),
    (
        "group-plural-not-a-person",
        "Opponents say the measure will make communities less safe.\n\n"
        f"{Q}It forces local police to do work that belongs to Washington,{E} they said.",
        [],
    ),
    (
        "op-ed-author-byline-first-person",
        "Councilwoman Ida Flores, in remarks at the hearing, put it simply: "
        f"{Q}Our city will not be a partner in family separation.{E}",
        [("Ida Flores", "Our city will not be a")],
    ),
    # --- second round: salience of titled subjects, court opinions, unnamed documents ---
    (
        "title-leadin-salience",
        f"Mayor Jane Cole opened the meeting.\n\nThe county's longtime sheriff Bob Marks said the plan is wrong.\n\n{Q}We will not hold anyone without a warrant,{E} he said.",
        [("Bob Marks", "We will not hold anyone")],
    ),
    (
        "she-after-he",
        f"Gov. Ron Platt vetoed the measure. Assemblywoman Dee Carr, who wrote it, vowed to try again.\n\n{Q}This fight is far from over for us,{E} she said.",
        [("Dee Carr", "This fight is far from")],
    ),
    (
        "unknown-gender-latest-subject",
        f"{Q}The county is safer today than it was a year ago,{E} said Sheriff Kim Alder.\n\nCommissioner Jordan Pike backed the sheriff at the hearing.\n\n{Q}Nobody here wants to go back to the old way,{E} Pike said.",
        [("Kim Alder", "The county is safer today"), ("Jordan Pike", "Nobody here wants to go")],
    ),
    (
        "judge-wrote-court-opinion",
        "UNITED STATES DISTRICT COURT\n\nORDER GRANTING PRELIMINARY INJUNCTION\n\nJudge Maria Chen, presiding.\n\nThe government argues that the conditions are authorized. The Court disagrees. As the Ninth Circuit has explained, the Spending Clause \u201crequires that conditions be stated unambiguously.\u201d",
        [],
    ),
    (
        "justice-wrote-for-majority",
        f"Justice Neil Harmon wrote for the majority that the provision {Q}is not a valid preemption provision under the Constitution.{E}",
        [("Neil Harmon", "is not a valid preemption")],
    ),
    (
        "the-court-wrote-unnamed",
        f"The appeals court wrote that the city {Q}may decline to assist federal agents in civil matters.{E}",
        [],
    ),
    (
        "wrote-judge-after",
        f"{Q}The Executive Order is unconstitutional on its face,{E} wrote U.S. District Judge Tom Ridley.",
        [("Tom Ridley", "The Executive Order is unconstitutional")],
    ),
    (
        "op-ed-first-person-byline",
        f"By Gov. Lisa Hart\n\nOur state has a choice to make. {Q}Sanctuary{E} is not a crime.",
        [],
    ),
    (
        "statement-block-name-title-colon",
        "Statement from Sheriff Ray Ochoa\n\nThe sheriff's office will continue to follow state law, which bars us from holding people on civil detainers.",
        [("Ray Ochoa", "The sheriff's office will continue")],
    ),
    (
        "release-quote-two-paragraph-intro",
        f"LANSING — Attorney General Dana Wells today joined a coalition of states suing over the rule.\n\n{Q}This rule is unlawful and it will hurt families across our state,{E} said Wells.",
        [("Dana Wells", "This rule is unlawful and")],
    ),
    (
        "said-of-place-apposition",
        f"Sen. Al Day of Elmwood, a Republican, said Tuesday that {Q}sheriffs need the tools to do their jobs.{E}",
        [("Al Day", "sheriffs need the tools to")],
    ),
    (
        "document-letter-unnamed",
        f"The letter, which was obtained by reporters, warns that the city {Q}may lose all of its federal grant funding.{E}",
        [],
    ),
    (
        "named-letter-author-says",
        f"The letter, signed by Deputy Director Kay Moss, says the county {Q}must comply within thirty days or lose funding.{E}",
        [("Kay Moss", "must comply within thirty days")],
    ),
    (
        "the-mayor-said",
        f"Springfield Mayor Ken Ito held a news conference Monday.\n\n{Q}We are a welcoming city and we always will be,{E} the mayor said.",
        [("Ken Ito", "We are a welcoming city")],
    ),
    (
        "tv-colon-name",
        f"Sheriff Roy Bean told 5 News: {Q}We are going to keep working with ICE on this.{E}",
        [("Roy Bean", "We are going to keep")],
    ),
    (
        "name-continued-paragraph",
        f"Luis Ortega, an organizer with the coalition, said the raids left families terrified.\n\n{Q}People are afraid to go to work or to church,{E} Ortega said. {Q}Kids are afraid to go to school.{E}",
        [("Luis Ortega", "People are afraid to go"), ("Luis Ortega", "Kids are afraid to go")],
    ),
    (
        "order-quote-in-person-sentence",
        f"Gov. Sam Price signed an executive order directing state agencies to {Q}cooperate fully with federal immigration authorities.{E}",
        [],
    ),
    (
        "he-after-two-men-subject",
        f"Rep. Jim Dole criticized Sheriff Mark Lane at the hearing. {Q}The sheriff is ignoring the law of this state,{E} he said.",
        [("Jim Dole", "The sheriff is ignoring the")],
    ),
    # --- third round: appositions, suffixes, lowercase modifiers, colon clauses, unnamed sources ---
    (
        "age-apposition",
        f"{Q}I have lived here for twenty years and paid my taxes,{E} said Juan Pérez, 45, a construction worker.",
        [("Juan Pérez", "I have lived here for")],
    ),
    (
        "in-a-statement-colon",
        f"In a statement, Gov. Carla Ruiz said: {Q}Our state will not be bullied by Washington.{E}",
        [("Carla Ruiz", "Our state will not be")],
    ),
    (
        "speaking-at-rally",
        f"Rep. Tim Ross, speaking at a rally on the capitol steps, said {Q}this law makes every one of us less safe.{E}",
        [("Tim Ross", "this law makes every one")],
    ),
    (
        "told-ap",
        f"{Q}We will keep honoring every detainer we receive from ICE,{E} Sheriff Al Grady told The Associated Press.",
        [("Al Grady", "We will keep honoring every")],
    ),
    (
        "suffix-jr",
        f"{Q}The county has a duty to protect every resident here,{E} said Commissioner Robert Hayes Jr.",
        [("Robert Hayes Jr.", "The county has a duty")],
    ),
    (
        "the-judge-wrote-iii",
        f"U.S. District Judge William Barr III issued the injunction Friday.\n\n{Q}The conditions are not authorized by any statute Congress passed,{E} the judge wrote.",
        [("William Barr III", "The conditions are not authorized")],
    ),
    (
        "party-label-d-city",
        f"{Q}This bill is cruel and it is unnecessary for public safety,{E} said state Sen. Jane Diaz, D-Austin.",
        [("Jane Diaz", "This bill is cruel and")],
    ),
    (
        "continuation-same-para",
        f"{Q}We followed the law,{E} Sheriff Ned Cole said. {Q}We will keep following it no matter what.{E}",
        [("Ned Cole", "We followed the law,"), ("Ned Cole", "We will keep following it")],
    ),
    (
        "named-spokesman-counts",
        f"ICE spokesman Bryan Fox said in an email that the agency {Q}will continue to enforce immigration law in every state.{E}",
        [("Bryan Fox", "will continue to enforce immigration")],
    ),
    (
        "statement-from-office-unnamed",
        f"{Q}The mayor has been clear about where the city stands,{E} said a statement from the mayor's office.",
        [],
    ),
    (
        "ruling-states-unnamed",
        f"{Q}The city may not be compelled to enforce federal law,{E} the ruling states.",
        [],
    ),
    (
        "has-said-that",
        f"Doe, the county's top prosecutor, has said that the policy {Q}protects victims who would otherwise stay silent.{E}\n\nJane Doe was elected in 2018.",
        [("Jane Doe", "protects victims who would otherwise")],
    ),
    (
        "says-present",
        f"{Q}Nobody should be afraid to report a crime in this city,{E} says Chief Mia Lowe.",
        [("Mia Lowe", "Nobody should be afraid to")],
    ),
    (
        "speaker-change-colon",
        f"Mayor Ben Ross defended the policy. Council Member Ada Kim disagreed: {Q}The policy leaves our residents exposed.{E}",
        [("Ada Kim", "The policy leaves our residents")],
    ),
    (
        "inverted-said-colon",
        f"Said Sheriff Lee Ames: {Q}My deputies are not immigration officers and never will be.{E}",
        [("Lee Ames", "My deputies are not immigration")],
    ),
    (
        "as-court-explained",
        f"As the Supreme Court explained, states may not be {Q}commandeered into administering a federal program.{E}",
        [],
    ),
    (
        "as-judge-explained",
        f"As Judge Ann Wolfe explained in her opinion, the statute {Q}does not reach the information the city withholds.{E}",
        [("Ann Wolfe", "does not reach the information")],
    ),
    (
        "complaint-alleges",
        f"The complaint, filed by Attorney General Ted Marsh, alleges that the law {Q}intrudes on an area reserved to the federal government.{E}",
        [],
    ),
    (
        "two-surname-hispanic",
        f"{Q}Nuestras familias merecen vivir sin miedo en esta ciudad,{E} said María Elena Salinas Rodríguez, a community organizer.",
        [("María Elena Salinas Rodríguez", "Nuestras familias merecen vivir sin")],
    ),
    (
        "tweeted",
        f"President Donald Trump tweeted Saturday that sanctuary cities are {Q}a disgrace and a danger to our country.{E}",
        [("Donald Trump", "a disgrace and a danger")],
    ),
    (
        "according-to-court-docs",
        f"According to court documents, the man {Q}was held for three days past his release date.{E}",
        [],
    ),
    (
        "added-that",
        f"Sheriff Tom Ruiz said the jail is full. He added that the county {Q}cannot keep holding people for ICE without pay.{E}",
        [("Tom Ruiz", "cannot keep holding people for")],
    ),
    (
        "quote-before-named-later-sentence",
        f"{Q}We are done waiting for Congress to act on this issue,{E} said Gov. Pat Quinn. {Q}Today we act ourselves.{E}",
        [("Pat Quinn", "We are done waiting for"), ("Pat Quinn", "Today we act ourselves.")],
    ),
    (
        "letter-to-editor-signed",
        "To the editor:\n\nOur city council made the right call on Tuesday and should stand by it.\n\n— Mary Lou Banks, Springfield",
        [],
    ),
    (
        "the-governor-said-before-name",
        f"{Q}This is a sad day for our state and its people,{E} the governor said. Gov. Ed Rhodes signed the bill hours later.",
        [("Ed Rhodes", "This is a sad day")],
    ),
    # --- fourth round: court opinions, parties' arguments, headlines, speaker changes ---
    (
        "court-opinion-quoting-precedent-named-judge",
        f"In Printz, Justice Antonin Scalia wrote that the federal government {Q}may not command the States' officers{E} to administer a federal program.",
        [("Antonin Scalia", "may not command the States'")],
    ),
    (
        "court-opinion-plaintiffs-argue",
        f"Plaintiffs argue that the conditions {Q}coerce the city into abandoning its policies.{E}",
        [],
    ),
    (
        "court-opinion-defendants-contend",
        f"The Government contends that Section 1373 {Q}merely prohibits restrictions on sharing information.{E}",
        [],
    ),
    (
        "court-opinion-id-cite",
        f"The statute was meant to {Q}give state and local officials the authority to communicate with ICE.{E} H.R. Rep. No. 104-725, at 383 (1996).",
        [],
    ),
    (
        "court-opinion-judge-x-dissenting",
        f"Judge Ray Holt, dissenting, would have held that the city {Q}forfeited any claim to the grant funds.{E}",
        [("Ray Holt", "forfeited any claim to the")],
    ),
    (
        "press-release-ag-said-long",
        "\u201cThe Trump Administration's attempt to force local police to do the work of federal immigration agents is unlawful,\u201d said Attorney General Xavier Becerra. \u201cWe will see them in court.\u201d",
        [
            ("Xavier Becerra", "The Trump Administration's attempt to"),
            ("Xavier Becerra", "We will see them in"),
        ],
    ),
    (
        "two-speakers-one-para",
        f"{Q}It was the right decision for the county,{E} said Commissioner Joe Bell, while Commissioner Amy Dean said the vote {Q}sends the wrong message to our residents.{E}",
        [("Joe Bell", "It was the right decision"), ("Amy Dean", "sends the wrong message to")],
    ),
    (
        "quote-then-name-next-para-said",
        f"Immigrant advocates cheered the vote.\n\n{Q}This is a win for every family in the county,{E} said Rosa Lima, director of the Immigrant Justice Center.",
        [("Rosa Lima", "This is a win for")],
    ),
    (
        "he-resolves-to-later-sentence-subject",
        f"Mayor Eric Dunn met with Sheriff Paul Voss on Monday. Voss said the jail would comply.\n\n{Q}I do not have a choice under state law,{E} he said.",
        [("Paul Voss", "I do not have a choice")],
    ),
    (
        "she-later-para-with-intervening-male-object",
        f"Attorney General Maura Healy sued the administration on Tuesday, naming Secretary John Kelly as a defendant.\n\n{Q}This policy is cruel and it is illegal,{E} she said.",
        [("Maura Healy", "This policy is cruel and")],
    ),
    (
        "spokesperson-named-after",
        f"{Q}We do not comment on pending litigation in any form,{E} said Justice Department spokesman Devin Ogle.",
        [("Devin Ogle", "We do not comment on")],
    ),
    (
        "they-said-dropped",
        f"Council members Ana Ruiz and Tom Bell voted no. {Q}This ordinance goes too far for our city,{E} they said.",
        [],
    ),
    (
        "headline-single-quotes",
        "Mayor Dunn: 'We will not comply with this order'\n\nThe mayor spoke Monday.",
        [],
    ),
    (
        "posted-on-x",
        f"Sen. Ted Cruz posted on X: {Q}Sanctuary cities are lawless and dangerous.{E}",
        [("Ted Cruz", "Sanctuary cities are lawless and")],
    ),
    (
        "interview-name-q",
        f"Sheriff Lou Diaz shook his head. {Q}Not while I am the sheriff of this county.{E}",
        [("Lou Diaz", "Not while I am the")],
    ),
    (
        "statement-quoted-para-after-issued",
        f"Gov. Kate Brown issued a statement Tuesday night.\n\n{Q}Oregon will not use state resources to help separate families.{E}",
        [("Kate Brown", "Oregon will not use state")],
    ),
    (
        "quote-ending-question-then-pronoun",
        f"Sheriff Ann Cho took questions after the vote. {Q}Why would we spend county money on a federal job?{E} she asked.",
        [("Ann Cho", "Why would we spend county")],
    ),
    # --- fifth round: op-eds, pronouns against the most frequent speaker, courts as institutions ---
    (
        "once-told-me",
        f"As Houston Police Chief Art Acevedo once told me, {Q}the moment immigrants stop trusting us, we all lose.{E}",
        [("Art Acevedo", "the moment immigrants stop trusting")],
    ),
    (
        "i-op-ed-author",
        f"I have served as sheriff for twelve years. {Q}Sanctuary{E} is a word that gets thrown around far too easily.",
        [],
    ),
    (
        "pronoun-frequent-vs-latest",
        f"{Q}We will not comply with this order,{E} said Mayor Ted Wheeler.\n\n{Q}Our city will stand by its values,{E} Wheeler said.\n\n{Q}We are ready for a fight in court,{E} Wheeler added.\n\nRep. Earl Blum praised Wheeler's stance on Monday.\n\n{Q}The mayor is doing exactly what our residents want,{E} he said.",
        [
            ("Ted Wheeler", "We will not comply with"),
            ("Ted Wheeler", "Our city will stand by"),
            ("Ted Wheeler", "We are ready for a"),
            ("Earl Blum", "The mayor is doing exactly"),
        ],
    ),
    (
        "pronoun-stays-with-speaker-after-object-mention",
        f"Sheriff Joe Dunn said he spoke with Gov. Bill Lee about the request.\n\n{Q}I told him we would follow the law, nothing more,{E} he said.",
        [("Joe Dunn", "I told him we would")],
    ),
    (
        "she-said-after-male-intervening-quote-para",
        f"Mayor Lisa Grant spoke first.\n\n{Q}We are a city of immigrants and always have been,{E} she said.\n\nCouncil Member Ron Tate disagreed with the mayor.\n\n{Q}This puts our officers in an impossible spot,{E} he said.\n\n{Q}Nobody is asking officers to break the law here,{E} she said.",
        [
            ("Lisa Grant", "We are a city of"),
            ("Ron Tate", "This puts our officers in"),
            ("Lisa Grant", "Nobody is asking officers to"),
        ],
    ),
    (
        "the-court-wrote-is-an-institution",
        f"Judge Nina Park granted the injunction. {Q}The conditions violate the separation of powers,{E} the court wrote.",
        [],
    ),
    # --- sixth round: first names that are nouns, nicknames, possessives, partial quotations ---
    (
        "called-it-partial",
        f"Councilman Joe Ruiz called the policy {Q}a betrayal of everything this city stands for.{E}",
        [("Joe Ruiz", "a betrayal of everything this")],
    ),
    (
        "was-disappointed-partial",
        f"Gov. Amy Tran said she was {Q}disappointed but not surprised{E} by the vote.",
        [("Amy Tran", "disappointed but not surprised")],
    ),
    (
        "nickname-straight-quotes",
        'Robert "Bob" Smith, the county sheriff, said "we will follow the law as it is written."',
        [("Robert Bob Smith", "we will follow the law")],
    ),
    (
        "in-an-email",
        f"In an email Tuesday, Commissioner Ava Stone said {Q}the county has no plans to renew the agreement.{E}",
        [("Ava Stone", "the county has no plans")],
    ),
    (
        "only-title-surname",
        f"{Q}My deputies will not ask anyone about their papers,{E} Sheriff Gonzalez said.",
        [("Gonzalez", "My deputies will not ask")],
    ),
    (
        "trump-tweeted-colon",
        f"President Trump tweeted Sunday: {Q}Sanctuary cities are a disgrace to our great country!{E}",
        [("Trump", "Sanctuary cities are a disgrace")],
    ),
    (
        "multi-para-with-said-middle",
        f"{Q}We have been clear from the start,{E} Mayor Jo Bell said. {Q}The city will not help with raids.\n\n{Q}That has not changed and it will not change.{E}",
        [("Jo Bell", "We have been clear from"), ("Jo Bell", "The city will not help")],
    ),
    (
        "straight-quote-said-pronoun",
        'Atty. Gen. Luis Vega filed the suit Monday. "This is about the rule of law and nothing else," he said.',
        [("Luis Vega", "This is about the rule")],
    ),
    (
        "apostrophe-heavy-straight",
        "Sheriff Tom Kane's deputies won't ask. \"We don't ask people where they're from, period,\" Kane said.",
        [("Tom Kane", "We don't ask people where")],
    ),
    (
        "quote-attributed-to-org-named-person-later",
        f"{Q}The ruling is a victory for every immigrant in this state,{E} the ACLU said in a statement. Lawyer Ana Cruz argued the case.",
        [],
    ),
    (
        "said-that-with-comma-clause",
        f"Mayor Bill Ortiz said that, given the budget, {Q}we cannot afford to hold people for the federal government.{E}",
        [("Bill Ortiz", "we cannot afford to hold")],
    ),
    (
        "colon-list-of-speakers-second",
        f"Two council members spoke against it. Council Member Rae Lind said {Q}this is not our job to do.{E} Council Member Sal Ito said {Q}we should let the courts decide this one.{E}",
        [("Rae Lind", "this is not our job"), ("Sal Ito", "we should let the courts")],
    ),
    # --- seventh round: people who did not speak, named and unnamed spokespeople ---
    (
        "declined-to-comment-then-unattributed",
        f"Sheriff Al Diaz declined to comment.\n\n{Q}We have not received any request from ICE this year.{E}",
        [],
    ),
    (
        "spokeswoman-named-after",
        f"{Q}The mayor will review the order with the city attorney,{E} said Jane Roe, a spokeswoman for the mayor.",
        [("Jane Roe", "The mayor will review the")],
    ),
    (
        "spokeswoman-comma-name",
        f"A spokeswoman, Jane Roe, said the county {Q}has always followed state and federal law.{E}",
        [("Jane Roe", "has always followed state and")],
    ),
    (
        "possessive-spokesman-unnamed",
        f"{Q}The governor stands by every word of the order,{E} Gov. Ed Hill's spokesman said.",
        [],
    ),
    (
        "possessive-office-unnamed",
        f"Gov. Ed Hill's office said the order {Q}will remain in place until the courts rule.{E}",
        [],
    ),
    (
        "could-not-be-reached",
        f"Mayor Ann Cole could not be reached Monday.\n\n{Q}The city has no plans to change its policy at all.{E}",
        [],
    ),
    (
        "statement-block-after-name-said-in-statement-colon",
        f"Attorney General Kim Lee said in a statement:\n\n{Q}No one is above the law, including the federal government.{E}",
        [("Kim Lee", "No one is above the law")],
    ),
    (
        "quote-then-second-sentence-attribution-mispunct",
        f"{Q}We will not be intimidated by threats from Washington.{E} Mayor Bo Park said Monday.",
        [("Bo Park", "We will not be intimidated")],
    ),
    (
        "he-in-second-para-of-split",
        f"{Q}This is a terrible bill,{E} said Sen. Tom Reyes. {Q}It hurts families,{E} he added, {Q}and it will not make anyone safer in this state.{E}",
        [("Tom Reyes", "This is a terrible bill,"), ("Tom Reyes", "and it will not make")],
    ),
    # --- eighth round: local TV present tense, name shapes ---
    (
        "tells-station",
        f"Sheriff Dana Cruz tells 5 On Your Side the jail {Q}has never held anyone past their release date for ICE.{E}",
        [("Dana Cruz", "has never held anyone past")],
    ),
    (
        "says-present-before",
        f"Mayor Tim Ruiz says {Q}the city will keep its doors open to everyone who lives here.{E}",
        [("Tim Ruiz", "the city will keep its")],
    ),
    (
        "says-name-present-after",
        f"{Q}We just want to be treated like everybody else in this town,{E} says Maria Gomez, a mother of three.",
        [("Maria Gomez", "We just want to be")],
    ),
    (
        "pronoun-she-says",
        f"Rosa Vega has lived in the county for 20 years. She says the raids changed everything.\n\n{Q}My kids are afraid to leave the house in the morning,{E} she says.",
        [("Rosa Vega", "My kids are afraid to")],
    ),
    (
        "quote-with-ellipsis-start",
        f"{Q}...we will not allow our officers to be used as immigration agents,{E} Chief Ray Ortiz said.",
        [("Ray Ortiz", "...we will not allow our")],
    ),
    (
        "bracket-insertion",
        f"{Q}[The policy] has made our community safer, not less safe,{E} said Commissioner Lea Park.",
        [("Lea Park", "[The policy] has made our")],
    ),
    (
        "lowercase-role-before-name-said",
        f"{Q}The county cannot afford another lawsuit over this,{E} county attorney Mark Voss said.",
        [("Mark Voss", "The county cannot afford another")],
    ),
    (
        "organization-leader-title",
        f"{Q}These raids are tearing families apart across the state,{E} said Ana Lopez, executive director of the Immigrant Rights Coalition.",
        [("Ana Lopez", "These raids are tearing families")],
    ),
    (
        "name-with-hyphen",
        f"{Q}This law will hurt the very people it claims to protect,{E} said Rep. Mary Smith-Jones.",
        [("Mary Smith-Jones", "This law will hurt the")],
    ),
    (
        "name-with-accent-particle",
        f"{Q}We will defend our residents in every court in the land,{E} said Mayor Luis de la Cruz.",
        [("Luis de la Cruz", "We will defend our residents")],
    ),
    (
        "irish-name",
        f"{Q}No one in this county should live in fear of their own police,{E} said Sheriff Pat O'Brien.",
        [("Pat O'Brien", "No one in this county")],
    ),
    # --- ninth round: unquoted statement blocks ---
    (
        "attributed-to-block",
        "The following statement can be attributed to Sheriff Ken Moss:\n\nThe sheriff's office has never entered into a 287(g) agreement and has no plans to do so.",
        [("Ken Moss", "The sheriff's office has never")],
    ),
    (
        "statement-heading-multi-para",
        "Statement from Mayor Ana Diaz on the Federal Ruling\n\nToday's ruling is a victory for our city and for every family that calls it home.\n\nWe will keep working to protect our residents.",
        [("Ana Diaz", "Today's ruling is a victory")],
    ),
    (
        "released-following-statement-quoted",
        f"Sen. Joe Park released the following statement Tuesday:\n\n{Q}This bill will make our state less safe, and I will vote against it.{E}",
        [("Joe Park", "This bill will make our")],
    ),
    (
        "office-statement-block-unnamed",
        "The Mayor's Office issued the following statement:\n\nThe city will continue to comply with all applicable laws.",
        [],
    ),
    (
        "colon-name-title-comma",
        "Jane Roe, President, Springfield Immigrant Council: This decision protects thousands of families in our region.",
        [("Jane Roe", "This decision protects thousands of")],
    ),
    # --- tenth round: a pronoun after an object named by an impersonal subject, a pronoun chain ---
    (
        "object-female-after-unknown-subject",
        f"Council Member Jordan Hill opened the hearing.\n\nThe council then heard from Maria Lopez, a teacher at the high school.\n\n{Q}My students are afraid to come to class every morning,{E} she said.",
        [("Maria Lopez", "My students are afraid to")],
    ),
    (
        "pronoun-chain-skips-object",
        f"Sheriff Joe Dunn met reporters on Monday. He criticized Gov. Bill Lee's decision to sign the bill.\n\n{Q}Nobody in Nashville asked the sheriffs what we need,{E} he said.",
        [("Joe Dunn", "Nobody in Nashville asked the")],
    ),
    (
        "declarant",
        f"Plaintiffs' declarant, Police Chief Jane Roe, states that {Q}reports of domestic violence by immigrants dropped sharply after the announcement.{E}",
        [("Jane Roe", "reports of domestic violence by")],
    ),
    # --- eleventh round: judges in news about rulings; courts, filings and precedents unnamed ---
    (
        "writing-for-majority",
        f"Judge Ilana Rovner, writing for the panel, said the conditions {Q}usurp the power of Congress to set conditions on funds.{E}",
        [("Ilana Rovner", "usurp the power of Congress")],
    ),
    (
        "in-her-ruling",
        f"In her ruling, U.S. District Judge Susan Illston said the administration {Q}cannot rewrite the statute to suit its policy goals.{E}",
        [("Susan Illston", "cannot rewrite the statute to")],
    ),
    (
        "possessive-ruling-said",
        f"Judge Tom Lin's ruling said the city {Q}acted well within its authority under state law.{E}",
        [("Tom Lin", "acted well within its authority")],
    ),
    (
        "cited-precedent-that-found",
        f"Judge Dee Wu cited a 2012 decision that found the law {Q}stands as an obstacle to the full purposes of Congress.{E}",
        [],
    ),
    (
        "the-justices-wrote-unnamed",
        f"The justices wrote that Arizona {Q}may not pursue policies that undermine federal law.{E}",
        [],
    ),
    (
        "the-opinion-states",
        f"The opinion states that the city {Q}has not shown a likelihood of success on the merits.{E}",
        [],
    ),
    (
        "judge-quote-then-wrote",
        f"{Q}The Tenth Amendment does not permit this kind of conscription of local officers,{E} Judge Harry Leinenweber wrote.",
        [("Harry Leinenweber", "The Tenth Amendment does not")],
    ),
    (
        "in-a-court-filing-lawyers-wrote",
        f"Lawyers for the county wrote in a court filing that the policy {Q}has been applied evenly to every inmate.{E}",
        [],
    ),
    # --- twelfth round: web-page debris (captions, RELATED lines), straight multi-paragraph quotes ---
    (
        "multi-para-straight",
        'Mayor Lena Ortiz read a statement at the meeting.\n\n"The city will not renew this agreement.\n\n"We owe our residents better than this, and we will deliver it."\n\nThe council voted 5-2.',
        [("Lena Ortiz", "The city will not renew")],
    ),
    (
        "caption-no-quote",
        'Sheriff Joe Dunn speaks at a news conference in Nashville on Monday. (AP Photo/Mark Humphrey)\n\nThe sheriff said the jail "will keep honoring detainers from federal agents."',
        [("Joe Dunn", "will keep honoring detainers from")],
    ),
    (
        "related-line",
        'RELATED: Mayor vows to "fight this in every court we can find"\n\nThe mayor spoke Monday.',
        [],
    ),
    (
        "according-to-the-post",
        '"We did not know any of this was happening in our jail," Commissioner Ava Price said, according to the Post.',
        [("Ava Price", "We did not know any")],
    ),
    # --- thirteenth round: role nouns standing for formal titles ---
    (
        "the-lawmaker",
        f"State Rep. Dan Cole filed the bill in January.\n\n{Q}Our sheriffs need to know the state has their backs,{E} the lawmaker said.",
        [("Dan Cole", "Our sheriffs need to know")],
    ),
    (
        "the-prosecutor",
        f"District Attorney Rachael Rollins has refused to prosecute some low-level offenses.\n\n{Q}We will not be a pipeline to deportation for minor offenses,{E} the prosecutor said.",
        [("Rachael Rollins", "We will not be a")],
    ),
    (
        "the-police-chief",
        f"Police Chief Art Lee met with immigrant leaders on Sunday.\n\n{Q}Our officers are here to protect everyone in this city,{E} the police chief said.",
        [("Art Lee", "Our officers are here to")],
    ),
    (
        "the-attorney-general",
        f"Attorney General Bob Ferguson filed the suit Monday.\n\n{Q}No one is above the law, not even the president,{E} the attorney general said.",
        [("Bob Ferguson", "No one is above the")],
    ),
    (
        "the-congresswoman",
        f"Rep. Pramila Jayapal toured the detention center on Saturday.\n\n{Q}What I saw inside was a disgrace to this country,{E} the congresswoman said.",
        [("Pramila Jayapal", "What I saw inside was")],
    ),
    (
        "the-legislator",
        f"Sen. Ana Ruiz wrote the amendment.\n\n{Q}This language protects victims who come forward to police,{E} the legislator said.",
        [("Ana Ruiz", "This language protects victims who")],
    ),
    # --- fourteenth round: party labels before a colon, headlines, Q&A, asides ---
    (
        "name-party-colon",
        "Sen. Tammy Duckworth (D-Ill.): The administration's threats will not make Illinois any safer for anyone.",
        [("Tammy Duckworth", "The administration's threats will not")],
    ),
    (
        "headline-single-quote-after-colon",
        "Sheriff: 'We will not honor ICE detainers without warrants'\n\nBy Staff\n\nThe sheriff announced the change Monday.",
        [],
    ),
    (
        "qa-not-quotes",
        "Q: Will the county keep honoring detainers from ICE?\n\nA: We will follow whatever the court decides on this.",
        [],
    ),
    (
        "quote-in-parens-aside",
        f"The measure (which Gov. Jay Inslee called {Q}a betrayal of our values{E}) passed 30-19.",
        [("Jay Inslee", "a betrayal of our values")],
    ),
    # --- fifteenth round: honorifics, speakers alternating ---
    (
        "nyt-honorific",
        f"Linda Sarsour, an organizer, joined the protest.\n\n{Q}We are not going anywhere, and neither are our neighbors,{E} Ms. Sarsour said.",
        [("Linda Sarsour", "We are not going anywhere")],
    ),
    (
        "she-added-after-other-speaker",
        f"Mayor Ana Roe said the city would sue. {Q}We will see them in court very soon,{E} she said.\n\n{Q}The city has no legal leg to stand on here,{E} said Tom Blake, a lawyer for the state.\n\n{Q}We are confident in our position and in the law,{E} Roe added.",
        [
            ("Ana Roe", "We will see them in"),
            ("Tom Blake", "The city has no legal"),
            ("Ana Roe", "We are confident in our"),
        ],
    ),
    (
        "dr-title",
        f"{Q}Fear of deportation keeps sick people away from clinics,{E} said Dr. Leana Wen, the city's health commissioner.",
        [("Leana Wen", "Fear of deportation keeps sick")],
    ),
    # --- sixteenth round: long appositions between the name and the verb ---
    (
        "long-apposition-parens",
        f"Jane Roe, executive director of the Immigrant Legal Resource Center (ILRC), a nonprofit in San Francisco, said {Q}this ruling protects millions of families across the country.{E}",
        [("Jane Roe", "this ruling protects millions of")],
    ),
    (
        "age-apposition-before",
        f"Roberto Diaz, 52, a day laborer, said {Q}we only want to work and feed our children.{E}",
        [("Roberto Diaz", "we only want to work")],
    ),
    (
        "said-in-statement-after-name-apposition",
        f"{Q}Today's vote sends a message to every immigrant family in this state,{E} said Jane Roe, executive director of the ILRC, in a statement.",
        [("Jane Roe", "Today's vote sends a message")],
    ),
    (
        "dash-apposition",
        f"Sheriff Tom Hale — who has run the jail for 16 years — said {Q}nothing about our practices will change next year.{E}",
        [("Tom Hale", "nothing about our practices will")],
    ),
    # --- a law's content versus a speaker's characterization of it ---
    (
        "characterizing-verb-kept",
        f"Advocate Rosa Lin said the bill forces {Q}families into the shadows and out of our hospitals.{E}",
        [("Rosa Lin", "families into the shadows and")],
    ),
    (
        "content-verb-dropped",
        f"Rosa Lin said the order directs officers to {Q}cooperate with federal agents in every case.{E}",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES])
def test_find_quotes_generalizes(text: str, expected: list[tuple[str, str]]) -> None:
    check_quotes(text, expected)


TV_STORY = f"""Protesters rally outside county jail over ICE contract

By Sam Lee | Published Oct. 3, 2019

RIVERTON, Ore. (KXYZ) — Dozens of protesters gathered outside the Riverton County Jail on Saturday holding signs reading {Q}No human is illegal here in Riverton{E} and chanting {Q}ICE out of our county now.{E}

The rally came days after the county board voted 3-2 to renew its contract with U.S. Immigration and Customs Enforcement.

{Q}We're here because our neighbors are disappearing,{E} said Lucia Méndez, 34, who organized the protest. {Q}People are scared to drive to work.{E}

Board Chair Dan Whitaker, who voted for the contract, defended the decision in an interview Friday.

{Q}This contract brings in nearly $2 million a year to the county,{E} Whitaker said. {Q}Without it, we would have to lay off deputies.{E}

The Sheriff's Office said in a statement that it {Q}does not ask about immigration status during routine patrols.{E}

A report released last year by the group, titled {Q}Locked Up: Immigration Detention in Rural Oregon Counties,{E} found that detainees were held an average of 41 days.

Commissioner Alicia Fong, who voted against the contract, called it {Q}blood money{E} in a Facebook post.

{Q}I ran on a promise to get the county out of the detention business and I intend to keep it,{E} Fong wrote.

KXYZ reached out to ICE for comment. An agency spokesperson said ICE {Q}values its partnerships with local law enforcement across the country.{E}

Copyright 2019 KXYZ. All rights reserved.
"""

TV_STORY_QUOTES = [
    ("Lucia Méndez", "We're here because our neighbors"),
    ("Lucia Méndez", "People are scared to drive to work."),
    ("Dan Whitaker", "This contract brings in nearly"),
    ("Dan Whitaker", "Without it, we would have"),
    ("Alicia Fong", "I ran on a promise"),
]


def test_a_local_tv_story() -> None:
    """Signs, chants, a report title, a two-word term, the office and the spokesperson are left out."""
    got = [(q.speaker, q.text) for q in find_quotes(TV_STORY)]
    assert len(got) == len(TV_STORY_QUOTES), got
    for (speaker, quoted), (want_speaker, want_start) in zip(got, TV_STORY_QUOTES, strict=True):
        assert speaker == want_speaker
        assert quoted.startswith(want_start)


PRESS_RELEASE = """FOR IMMEDIATE RELEASE
Contact: Jen Park, 555-0100

Governor Alvarez Signs Law Protecting Immigrant Families

SANTA FE, N.M. — Governor Rita Alvarez today signed Senate Bill 12, which bars state and local agencies from using public resources for federal civil immigration enforcement.

"New Mexico is stronger when every family feels safe calling for help," Governor Alvarez said. "This law makes that promise real."

Senate Majority Leader Pete Gallo, the bill's sponsor, said the law "draws a clear line between local policing and federal immigration enforcement."

The law requires agencies to "decline any request to detain a person solely on the basis of an immigration detainer."

Quotes from supporters:

Maria Ortiz, Executive Director, New Mexico Immigrant Law Center: "Today our state chose dignity over fear. We thank the Governor and the Legislature."

Sheriff Tony Baca, Doña Ana County: "Our deputies can focus on the work our residents pay them to do."

###
"""

PRESS_RELEASE_QUOTES = [
    ("Rita Alvarez", "New Mexico is stronger when"),
    ("Rita Alvarez", "This law makes that promise real."),
    ("Pete Gallo", "draws a clear line between"),
    ("Maria Ortiz", "Today our state chose dignity"),
    ("Tony Baca", "Our deputies can focus on"),
]


def test_a_press_release() -> None:
    """Name-colon statement blocks count; the law's own words do not."""
    got = [(q.speaker, q.text) for q in find_quotes(PRESS_RELEASE)]
    assert len(got) == len(PRESS_RELEASE_QUOTES), got
    for (speaker, quoted), (want_speaker, want_start) in zip(got, PRESS_RELEASE_QUOTES, strict=True):
        assert speaker == want_speaker
        assert quoted.startswith(want_start)


def test_a_signed_letter_quotes_nobody() -> None:
    letter = "Dear Mayor Chen:\n\nI write regarding the City's compliance with federal law.\n\nSincerely,\nAlan Rivera\n"
    assert find_quotes(letter) == []


WIRE_STORY = """Judge blocks state's "sanctuary" ban in part

AUSTIN, Texas (AP) - A federal judge on Wednesday blocked parts of a Texas law that would punish so-called "sanctuary cities," handing a win to the state's largest cities.

U.S. District Judge Orlando Garcia wrote in his 94-page ruling that the law's ban on officials "endorsing" policies that limit enforcement "is vague and violates the First Amendment rights of local officials."

Gov. Greg Abbott said he would appeal immediately. "Today's ruling makes Texas' communities less safe," Abbott said in a statement. "I am confident the law will be upheld."

Houston Police Chief Art Acevedo praised the decision.

"This is a victory for every crime victim in our city, regardless of where they were born," he said.

The law, known as SB4, requires jails to "comply with, honor, and fulfill" federal detainer requests.

Attorney General Ken Paxton, whose office defended the law, said the judge "got it wrong on the facts and on the law."

Lawmakers who backed the bill said they expected the ruling. State Sen. Charles Perry, who wrote the measure, called it "a temporary setback for public safety in Texas."

"We'll keep fighting," Perry said.
"""

WIRE_STORY_QUOTES = [
    ("Orlando Garcia", "is vague and violates the"),
    ("Greg Abbott", "Today's ruling makes Texas'"),
    ("Greg Abbott", "I am confident the law"),
    ("Art Acevedo", "This is a victory for"),
    ("Ken Paxton", "got it wrong on the"),
    ("Charles Perry", "a temporary setback for public"),
]


def test_a_wire_story_in_straight_quotes() -> None:
    """A judge's ruling quoted in part, a pronoun after a one-line paragraph, the law's own words
    and a three-word quotation left out."""
    got = [(q.speaker, q.text) for q in find_quotes(WIRE_STORY)]
    assert len(got) == len(WIRE_STORY_QUOTES), got
    for (speaker, quoted), (want_speaker, want_start) in zip(got, WIRE_STORY_QUOTES, strict=True):
        assert speaker == want_speaker
        assert quoted.startswith(want_start)


OPINION = f"""UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

CITY OF SPRINGFIELD, Plaintiff,
v.
JEFFERSON B. SESSIONS III, et al., Defendants.

ORDER GRANTING MOTION FOR PRELIMINARY INJUNCTION

WILLIAM H. ORRICK, United States District Judge:

The City challenges three conditions that the Attorney General attached to the grant. The Government argues that the conditions are {Q}authorized by the statute that created the program.{E} Dkt. No. 25 at 4. I disagree.

The Supreme Court has long held that the federal government {Q}may not compel the States to enact or administer a federal regulatory program.{E} New York v. United States, 505 U.S. 144, 188 (1992). As Justice Scalia explained, the Framers {Q}explicitly chose a Constitution that confers upon Congress the power to regulate individuals, not States.{E} Printz v. United States, 521 U.S. 898, 920 (1997).

Attorney General Sessions stated in a press release that jurisdictions {Q}that refuse to cooperate with federal authorities make their communities less safe.{E} Decl. of Jane Roe, Ex. 3.

Section 1373 provides that a local government {Q}may not prohibit, or in any way restrict, any government entity or official from sending{E} information to ICE. 8 U.S.C. § 1373(a).

The Mayor testified that the policy {Q}has increased reporting of crimes by immigrant victims across the city.{E} Tr. at 45.
"""


def test_a_court_opinion_excerpt() -> None:
    """Only named people's words count: a named justice and a named official, not the parties, the
    Court, the statute or an unnamed mayor."""
    got = [(q.speaker, q.text) for q in find_quotes(OPINION)]
    assert [speaker for speaker, _ in got] == ["Scalia", "Sessions"], got
    assert got[0][1].startswith("explicitly chose a Constitution")
    assert got[1][1].startswith("that refuse to cooperate")

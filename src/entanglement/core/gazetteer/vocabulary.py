"""Words that surround place names in running text, and what each tells the jurisdictions finder.

Kept apart from the finder so the rules read as rules. Every set holds lower-case, folded words
(`names.fold_token`); each is built from a plain space-separated list.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Titles and offices that precede a person's name: "Gov. Greg Abbott", "Mayor Jackson".
TITLES = _words(
    """
    acting adm agent alderman alderwoman ambassador assemblyman assemblymember assemblywoman attorney
    auditor brother candidate capt chair chairman chairwoman chief clerk col commissioner comptroller
    controller councilman councilmember councilwoman del delegate deputy det director dr father former
    gen general gov governor interim judge justice lt mayor minister mr mrs ms officer pastor president
    prof professor rep representative rev secretary sen senator sgt sheriff sister speaker
    superintendent supervisor treasurer trustee u.s. us
    """
)

# Capitalized words that precede a place without making it a person's surname.
NOT_GIVEN_NAMES = _words(
    """
    a about according aclu across administration after against agents all already also although
    among an and another april are around article as at attorneys august be because been before
    between beyond biden blue borough both bush but by can capitol cbp central chapter cities city
    citywide coastal congress conservative could counties county countywide court dear december
    democrat democratic department dhs did district do does doj downtown dr during each earlier east
    eastern either elsewhere even every fbi february federal first for friday from governor greater
    had has have her here hereby his homeland house how however ice if immigrant immigrants
    immigration in including indeed inside instead into is its january judge july june just justice
    last later lawmakers leaders liberal like lower many march may mayors meanwhile metro
    metropolitan mid midtown might monday most mr mrs ms must my nationwide near nearby neighboring
    neither new next no nor north northeast northeastern northern northwest northwestern not
    notwithstanding november now obama october of officials old on only onto or other our outside
    over overall parish part per police president progressive provided re red rep republican
    residents rural said sanctuary saturday says second section sen senate september sheriffs should
    since so some south southeast southeastern southern southwest southwestern st state states
    statewide still suburban sunday than that the their then there therefore these third this those
    though through throughout thursday thus title to today together told tomorrow town trump tuesday
    under unlike until upper uptown urban via village was wednesday were west western what when
    where whereas whether which while white who why will with without would yesterday yet your
    """
)

# Words after a place that make the run an agency or a government body: the place counts.
GOVERNMENT_WORDS = _words(
    """
    act acts administration administrative agencies agency alderman aldermen alderwoman area assembly
    assessor attorney attorneys auditor authority board budget bureau charter chief city city's clerk
    code codes commission commissioner commissioners comptroller congressional congressman congresswoman
    constitution constitutional
    constable controller cops correctional corrections council council's councilman councilmember
    councilwoman counsel county county's court courts da delegation department dept deputies detention
    district division education election elections employees executive family fire general government
    governor health house housing human inspector jail jail's jails labor law lawmakers laws leaders
    legislative legislators legislature magistrate manager marshal mayor mayor's mayors metro
    metropolitan municipal office officer officers official officials ombudsman ordinance ordinances pd
    penal police police's police-community probate prosecutor prosecutors public recorder region
    regulations representatives residents resolution resolutions revised rules sanctuary school schools
    select selectboard selectman selectmen selectwoman
    senate senators services sheriff sheriff's sheriffs solicitor state suburbs superior supervisor
    supervisors supreme taxpayers transit transportation treasurer trust unified values vehicle voters
    welcoming welfare workers
    """
)

# Words after a capitalized name that make it a town's or city's own government ("PAGE POLICE"): in
# all-capital text, where any word may look like a name, the strongest of the government words.
LOCAL_GOVERNMENT_WORDS = _words(
    """
    aldermen alderman city council mayor mayor's municipal pd police selectboard selectmen sheriff
    sheriff's town township village
    """
)

# Words before a state's name that make it a region of the state ("North Texas", "central Oregon").
# Before a city's name they name a part of the city, and the city counts ("North Minneapolis").
REGION_WORDS = _words(
    """
    central downstate east eastern midstate north northeast northeastern northern northwest
    northwestern south southeast southeastern southern southwest southwestern upstate west western
    """
)

# Words after a place that make the run a newspaper, team or private organization: the place does not count.
ORGANIZATION_WORDS = _words(
    """
    49ers 76ers advance advertiser advocate aid airlines airport alliance angels archdiocese argus association
    avalanche bank bar beacon bears bee blackhawks blazers broncos bruins bulletin bulls capital-journal capital-star
    celtics center centre chamber chapter chargers chronicle church citizen civil clippers co coalition
    college company corp corporation courant courier cubs currents daily defenders democrat-gazette
    democrats diocese dispatch dodgers dsa eagles enquirer examiner federation flyers foundation free
    fund gazette giants globe guardian herald illuminator immigrant immigrants immigration inc
    independent inquirer institute jets journal journal-constitution kings knicks lakers lantern
    law-center ledger legal llc lookout magazine mariners matters media mercury mets mirror monitor nets network
    news niners nuggets observer oregonian patch patriots pelicans phillies picayune pioneer plain post
    press project public-radio radio raiders rangers reader recorder red reflector reformer register reporter
    republic republicans review rights saints seahawks sentinel
    sixers society sounders sox standard star star-ledger star-tribune statesman sun sun-times telegraph
    timberwolves times times-picayune today trail tribune tv twins union-tribune university vikings warriors
    weekly wild yankees
    """
)

# Words after a name that make it a street, a natural feature or a landmark.
FEATURE_WORDS = _words(
    """
    arena ave avenue avenue's basin bay blvd boulevard bridge building canyon coast desert drive
    expressway freeway gulf harbor hotel lake lakes lane mall mountain mountains park parkway
    peninsula plateau plaza rd river rivers road sound square stadium strait street street's tower
    tunnel turnpike valley way zoo
    """
)

# Words that end the name of a private organization wherever they stand in it ("Texas Public Policy Foundation").
ORGANIZATION_KINDS = _words(
    """
    accreditation alliance association center centre chronicle coalition college company corp daily examiner
    federation foundation fund gazette globe herald inc inquirer institute journal llc
    magazine monthly network observer post project society times tribune university weekly
    """
)

# Organization words before "of X": "University of Texas", "Chamber of Commerce".
ORGANIZATION_BEFORE_OF = _words(
    """
    affiliate alliance archdiocese association bank bar center chamber chapter charities church club
    coalition college diocese federation foundation institute league museum society university voice
    """
)

# Nouns that describe a person in an appositive: "Lincoln, a retired deputy, said".
PERSON_NOUNS = _words(
    """
    activist advocate agent analyst attorney candidate chef clerk counselor deputy detective director
    doctor farmer father firefighter graduate immigrant janitor journalist lawyer lawmaker man member
    mother nurse officer organizer owner pastor plaintiff professor prosecutor resident spokesman
    spokesperson spokeswoman student teacher trooper veteran volunteer woman worker
    """
)

# Lower-case nouns after "Washington" that make it the state: its people and its institutions. Not
# the federal government's words ("Washington officials", "Washington insiders").
STATE_PEOPLE_NOUNS = _words(
    """
    agencies businesses cities communities counties courts dairies deputies employers families
    farmers farmworkers growers hospitals immigrants jail jails judges law legislators municipalities
    orchards police prosecutors ranchers residents schools sheriff sheriffs students taxpayers
    teachers towns tribes troopers voters wineries workers
    """
)

# Verbs after a bare name that make it a person ("Denver said" is rare; "Jackson said" is not).
SPEECH_VERBS = _words(
    """
    acknowledged added argued asked contended countered explained insisted noted recalled replied
    responded said says stated testified told tweeted urged warned wrote
    """
)

# Common English words and foreign names that are also names of sizable U.S. places: never read bare.
BARE_NEVER = _words(
    """
    alamo corona imperial highland walnut cypress manor canyon early converse humble mercedes
    alberta aleppo athens bagdad baghdad barcelona belgium bend berlin birmingham brazil buckeye cairo
    calgary cambridge canada canton carmel carthage china columbia commerce cuba damascus deal delhi
    denmark dublin eagle edmonton egypt england enterprise federal florence freedom friendship geneva
    guatemala halifax havana holland hollywood homestead honduras hope independence jamaica jerusalem
    jordan justice kabul lebanon liberty lima london madrid manchester mexico milan mission mobile
    montreal moscow naples nation nazareth normal norway ontario orange ottawa oxford palestine panama
    paradise paramount paris peru plantation poland quebec reading regina revere rome russia salvador
    santiago scotland security sparta sunrise surprise temple toronto tripoli troy union valencia
    vancouver venezuela venice victoria vienna wales warsaw wellington winnipeg
    """
)

# Well-known foreign cities whose U.S. namesakes are small towns: "fled Mecca for Medina" is no town
# of a state the text names. Read bare only as a namesake of a state the text names that is big, or
# whose own government is named ("Medina police", "the Medina City Council").
FOREIGN_CITIES = _words(
    """
    amsterdam antwerp belfast bogota brussels cologne copenhagen dresden edinburgh hamburg hebron
    jericho lisbon manila marseilles mecca medina munich prague stockholm versailles zurich
    """
)

# Words that number the parts of a document. A letter after one ("Appendix E. Gilbert, Ariz.") is a
# label, not a person's initial; one that is also a place's name is the part when a number follows
# ("Page 3").
ENUMERATED_PARTS = _words(
    """
    addendum annex appendix article attachment chapter enclosure exhibit figure footnote item line
    note page paragraph part schedule section step tab table volume
    """
)

# Determiners that make a capitalized word after them a common noun ("on Next Page", "each Page"),
# unless the word modifies a noun ("every Chicago officer"). Not "that", which is as often "said that".
DETERMINERS = _words(
    """
    another any each every following next no preceding previous same this
    """
)

# Short words that follow a noun without being one: after "Next Page", "for" leaves "Page" a noun.
FUNCTION_WORDS = _words(
    """
    a an and are as at by for from has have in is of on or than that the to was were which will with
    """
)

# Broadcasters whose local stations carry a city's name ("NBC New York").
BROADCASTERS = _words(
    """
    abc cbs cnn fox nbc npr pbs spectrum telemundo univision wnyc
    """
)

"""find_courts: the alias index over courts-db resolves how texts name courts."""

from __future__ import annotations

import json
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entanglement.core.extract.courts import find_courts

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("district-abbrev", "Chicago v. Sessions, 264 F. Supp. 3d 933 (N.D. Ill. 2017)", [("ilnd", "N.D. Ill.")]),
    ("district-name", "a judge in the Northern District of Illinois ruled", [("ilnd", "Northern District of Illinois")]),
    ("district-full", "the U.S. District Court for the Northern District of Illinois ruled",
     [("ilnd", "U.S. District Court for the Northern District of Illinois")]),
    ("district-single", "The District of Oregon and (D. Or. 2014) agreed.", [("ord", "District of Oregon"), ("ord", "D. Or.")]),
    ("district-run-together", "(E.D.N.Y. 2019); (D.N.J. 2017); (D. Md. 2018)", [("nyed", "E.D.N.Y."), ("njd", "D.N.J."), ("mdd", "D. Md.")]),
    ("circuit-word", "The Seventh Circuit affirmed.", [("ca7", "Seventh Circuit")]),
    ("circuit-abbrev", "888 F.3d 272 (7th Cir. 2018) and (9th Cir. 2019)", [("ca7", "7th Cir."), ("ca9", "9th Cir.")]),
    ("circuit-court-of-appeals", "the Ninth Circuit Court of Appeals heard it", [("ca9", "Ninth Circuit Court of Appeals")]),
    ("circuit-long", "the U.S. Court of Appeals for the Fifth Circuit", [("ca5", "U.S. Court of Appeals for the Fifth Circuit")]),
    ("circuit-dc", "The D.C. Circuit disagreed.", [("cadc", "D.C. Circuit")]),
    ("supreme-bare", "The case may reach the Supreme Court next year.", [("scotus", "the Supreme Court")]),
    ("supreme-us", "The U.S. Supreme Court and SCOTUS watchers", [("scotus", "U.S. Supreme Court"), ("scotus", "SCOTUS")]),
    ("supreme-long", "the Supreme Court of the United States", [("scotus", "Supreme Court of the United States")]),
    ("state-supreme", "The California Supreme Court and the Supreme Court of Texas",
     [("cal", "California Supreme Court"), ("tex", "Supreme Court of Texas")]),
    ("bare-after-state-court", "The Illinois Supreme Court ruled. The Supreme Court's order stands.",
     [("ill", "Illinois Supreme Court"), ("ill", "The Supreme Court")]),
    ("ny-court-of-appeals", "The New York Court of Appeals ruled.", [("ny", "New York Court of Appeals")]),
    # --- the AP's style puts "U.S." inside a circuit's name
    ("circuit-ap-style", "the 9th U.S. Circuit Court of Appeals in San Francisco ruled",
     [("ca9", "9th U.S. Circuit Court of Appeals")]),
    ("circuit-ap-style-short", "The 7th U.S. Circuit agreed.", [("ca7", "7th U.S. Circuit")]),
    # --- states' appellate courts by their names
    ("state-criminal-appeals", "The Texas Court of Criminal Appeals and the Court of Criminal Appeals of Oklahoma",
     [("texcrimapp", "Texas Court of Criminal Appeals"), ("oklacrimapp", "Court of Criminal Appeals of Oklahoma")]),
    ("state-intermediate", "the California Court of Appeal and the Michigan Court of Appeals and the Appellate Court of Illinois",
     [("calctapp", "California Court of Appeal"), ("michctapp", "Michigan Court of Appeals"),
      ("illappct", "Appellate Court of Illinois")]),
    ("state-intermediate-reversed", "the Illinois Appellate Court and the Oregon Court of Appeals",
     [("illappct", "Illinois Appellate Court"), ("orctapp", "Oregon Court of Appeals")]),
    ("supreme-judicial-court", "the Massachusetts Supreme Judicial Court ruled, and the Massachusetts Appeals Court",
     [("mass", "Massachusetts Supreme Judicial Court"), ("massappct", "Massachusetts Appeals Court")]),
    # --- a district court named by a state that has only one district
    ("district-court-in-state", "She sued in the U.S. District Court in Maryland and a federal district court in Oregon.",
     [("mdd", "U.S. District Court in Maryland"), ("ord", "federal district court in Oregon")]),
    ("district-court-in-divided-state", "the U.S. District Court in Texas", []),
    ("district-court-of-state", "a judge for the US District Court of Oregon found", [("ord", "US District Court of Oregon")]),
    ("district-abbreviation-state-spelled", "United States District Court, E.D. Pennsylvania.\n\nNov 15, 2017",
     [("paed", "E.D. Pennsylvania")]),
    ("district-abbreviation-state-spelled-two-words", "(S.D. New York 2019)", [("nysd", "S.D. New York")]),
    ("district-court-in-city-of-state", "the U.S. District Court in Washington, D.C.",
     [("dcd", "U.S. District Court in Washington, D.C.")]),
    # --- a district court named by the city it sits in; a name several districts' cities share names none
    ("district-court-in-city", "She sued in the U.S. District Court in San Francisco, and he in federal district court "
     "in Houston.", [("cand", "U.S. District Court in San Francisco"), ("txsd", "federal district court in Houston")]),
    ("district-court-in-city-one-district", "A U.S. District Court in Boston and a federal district court at St. Paul",
     [("mad", "U.S. District Court in Boston"), ("mnd", "federal district court at St. Paul")]),
    ("district-court-downtown", "the federal district court in downtown Los Angeles", [("cacd", "federal district court in downtown Los Angeles")]),
    ("district-court-city-and-state", "the U.S. District Court in Richmond, Virginia", [("vaed", "U.S. District Court in Richmond, Virginia")]),
    ("district-court-shared-city-name", "the U.S. District Court in Portland and in Springfield and in Richmond", []),
    ("district-court-lowercase-only", "a federal district court in Seattle ruled", [("wawd", "federal district court in Seattle")]),
    ("district-court-city-area", "a U.S. District Court in Chicago-area suburbs", []),
    # --- a caption in capitals
    ("caption-district", "UNITED STATES DISTRICT COURT FOR THE NORTHERN DISTRICT OF CALIFORNIA\nCity v. Roe",
     [("cand", "UNITED STATES DISTRICT COURT FOR THE NORTHERN DISTRICT OF CALIFORNIA")]),
    ("caption-circuit", "IN THE UNITED STATES COURT OF APPEALS FOR THE FIFTH CIRCUIT\nNo. 17-50762",
     [("ca5", "UNITED STATES COURT OF APPEALS FOR THE FIFTH CIRCUIT")]),
    ("caption-supreme", "IN THE SUPREME COURT OF THE STATE OF IOWA\nNo. 19-1", [("iowa", "SUPREME COURT OF THE STATE OF IOWA")]),
    # --- not courts, or not ones the words name
    ("state-court-of-appeals-unknown", "The Court of Appeals of Atlantis ruled.", []),
    ("capitals-in-running-text", "WE WILL TAKE THIS TO THE NINTH CIRCUIT, HE SAID", [("ca9", "NINTH CIRCUIT")]),
    ("dc-place", "The District of Columbia passed a law.", []),
    ("state-supreme-unnamed", "The state Supreme Court declined.", []),
    ("ny-trial-supreme", "The New York Supreme Court is a trial court.", []),
    ("judicial-circuit", "the Eleventh Judicial Circuit of Florida", []),
    ("initial", "John D. Smith spoke to the press.", []),
    ("abbreviation-needs-its-period", "Plan D. Ill-advised, said Wade D. Henderson in Washington, D.C.", []),
    ("unabbreviated-state", "Doe v. Roe (D. Utah 2019)", [("utd", "D. Utah")]),
    ("empty", "", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_find_courts(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_courts(text)
    assert [(c.court_id, c.mention) for c in found] == expected
    for c in found:
        assert c.span.slice(text) == c.mention
        assert c.name


def test_index_builds_fast() -> None:
    from entanglement.core.extract import courts

    courts._index.cache_clear()
    start = time.perf_counter()
    courts._index()
    assert time.perf_counter() - start < 1.0  # generous: the machine is shared


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(), st.lists(st.sampled_from(
    ["N.D. Ill.", "D. ", "Or.", "Northern ", "District of ", "Illinois", "Columbia", "Seventh ", "Circuit", "9th Cir.",
     "Supreme Court", "the ", "state ", "Texas", " ", "\n", "(", "E.D.N.Y."]), max_size=30).map("".join)))
def test_any_text(text: str) -> None:
    for c in find_courts(text):
        assert c.span.slice(text) == c.mention
        assert c.court_id
        json.dumps(c.to_dict())

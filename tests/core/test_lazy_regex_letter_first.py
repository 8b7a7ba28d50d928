"""letter_first matches exactly where a word-boundary alternation does."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entanglement.core.extract.citations import _STATE_ABBR
from entanglement.core.extract.lazy_regex import letter_first

ALTERNATIVES = r"Ala|Alaska|Ark|Cal|Calif|D\.C|N\.\s?Y|N\.\s?J|Neb|Nev|Wash|W\.\s?Va"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("AlaskCifD.NYJebvWshV rk_9é")), max_size=40))
def test_same_matches_as_the_boundary_form(text: str) -> None:
    for alternatives in (ALTERNATIVES, _STATE_ABBR):
        plain = re.compile(rf"\b(?:{alternatives})(?P<rest>\.?\s*\w*)")
        hoisted = re.compile(rf"{letter_first(alternatives)}(?P<rest>\.?\s*\w*)")
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in hoisted.finditer(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # the first alternative that matches wins, as in the boundary form: "Cal" before "Calif"
        ("See Cal. Gov. Code and Calif. law", ["Cal", "Cal"]),
        ("Racal and Decal are no states; Alaska is", ["Ala"]),
        ("under N.Y. law and N. J. rules", ["N.Y", "N. J"]),
        ("_Ala is glued to an underscore", []),
    ],
)
def test_reads_abbreviations_only_at_a_word_start(text: str, expected: list[str]) -> None:
    pattern = re.compile(letter_first(ALTERNATIVES))
    assert [m.group() for m in pattern.finditer(text)] == expected


def test_an_alternative_opening_with_no_letter_is_refused() -> None:
    with pytest.raises(ValueError):
        letter_first(r"Ala|\d+")
    with pytest.raises(ValueError):
        letter_first(r"Ala|[Cc]al")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("L.A SFNYC-/&xé")), max_size=30))
def test_another_class_before_the_letter(text: str) -> None:
    alternatives = r"L\.\s?A\.|S\.\s?F\.|N\.Y\.C\."
    plain = re.compile(rf"(?<![\w.\-/&])(?:{alternatives})")
    hoisted = re.compile(letter_first(alternatives, not_before=r"[\w.\-/&]"))
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in hoisted.finditer(text)]


def test_nested_groups_stay_whole() -> None:
    pattern = re.compile(letter_first(r"Rep\.|Representative|Assembly(?:man|woman|member)|Delegate"))
    text = "Assemblywoman Ruiz and Rep. Lee, Representative Diaz, Delegate Fox; noRep."
    assert [m.group() for m in pattern.finditer(text)] == ["Assemblywoman", "Rep.", "Representative", "Delegate"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["immigra", "-", " ", "\n", "\t", "tion", "and", "or", "x", "A", "é", "--"]), max_size=12).map("".join))
def test_a_wrapped_hyphen_found_from_the_hyphen_matches_its_lookbehind_form(text: str) -> None:
    from entanglement.core.extract.provisions import _WRAP_HYPHEN

    old = re.compile(
        r"(?<=[A-Za-z])-[ \t]*\n[ \t]*(?=[A-Za-z])|(?<=[a-z]{2})- (?!(?:and|or|nor|to|as|through|versus|vs)\b)(?=[a-z]{2})"
    )
    assert [m.span() for m in _WRAP_HYPHEN.finditer(text)] == [m.span() for m in old.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \t\n\r\u00a0\u2003.")), max_size=30))
def test_collapsed_whitespace_opening_with_one_space_matches_its_old_form(text: str) -> None:
    from entanglement.core.extract.provisions import _COLLAPSE

    old = re.compile(r"\s{2,}|[^\S ]")
    assert [m.span() for m in _COLLAPSE.finditer(text)] == [m.span() for m in old.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Sec", "U.S.C", "approx", "etc", "No", "a", "b", "The", "X", "9", ". ", " ", "Co", "al"]), max_size=14).map("".join))
def test_sentences_cut_where_the_whole_head_was_searched(text: str) -> None:
    from entanglement.core.extract import provisions as P

    view = P._View(text, (0,), (0,))
    cuts = []
    start = 0
    for m in re.finditer(r"[.!?][\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9§])", text):
        head = text[start : m.start()]
        if P._ABBREV.search(head) and not re.search(r"\b[A-Z]{2,}$", head):
            continue
        if m.start() - start < 3:
            continue
        cuts.append((start, m.start() + 1))
        start = m.end()
    if start < len(text) and text[start:].strip():
        cuts.append((start, len(text)))
    assert P._sentences(view) == P._split_at_clause_openers(text, cuts)


def test_ignore_case_classes_hold_every_character_ignorecase_matches() -> None:
    from entanglement.core.extract.lazy_regex import _case_class

    assert _case_class("s") == "[Ssſ]"
    assert set(_case_class("i")[1:-1]) == {"I", "i", "İ", "ı"}
    assert set(_case_class("k")[1:-1]) == {"K", "k", "\u212a"}
    # every ASCII letter, against a scan of the whole basic plane
    for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
        scanned = {chr(c) for c in range(0x10000) if re.fullmatch(letter, chr(c), re.IGNORECASE)}
        assert set(re.sub(r"\\(.)", r"\1", _case_class(letter)[1:-1])) == scanned, letter


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("shallSHALLſmustMwWinotNOT prohibitedİıare_x\n")), max_size=40))
def test_shall_counted_letter_first_matches_its_boundary_form(text: str) -> None:
    from entanglement.core.extract.provisions import _SHALL

    old = re.compile(r"\b(?:shall|must|(?:may|will)\s+not|will\s+no\s+longer|(?:is|are)\s+prohibited)\b", re.I)
    assert [m.span() for m in _SHALL.finditer(text)] == [m.span() for m in old.finditer(text)]
    assert not _SHALL.search("marshall mustard") and _SHALL.search("ſhall")


GENRE_BOUNDARY_FORMS = {
    "read as follows": (r"\b(?:is|are) (?:hereby )?(?:amended|added|repealed)\b|\bto read as follows\b", re.I),
    "ORDERED": (
        r"\b[Pp]laintiffs?\b|\b[Dd]efendants?\b|\b(?:the|this) Court\b|\bIT IS SO ORDERED\b|\bMEMORANDUM (?:OPINION|AND ORDER)\b"
        r"|\bmotion to dismiss\b|\b(?:preliminary injunction|PRELIMINARY INJUNCTION)\b|\b[Pp]etitioners?\b|\b[Aa]ppellants?\b"
        r"|\b[Aa]ppellees?\b",
        0,
    ),
    "WL": (r"\b\d{1,4} (?:F\.(?: Supp\.)? ?[234]?d?|U\.S\.|S\. ?Ct\.) \d{1,4}\b|\b\d{4} WL \d+", 0),
    "(?:e)|": (r"\b(?:we|our|us)\b", re.I),
}
GENRE_PIECES = [
    "is ", "are ", "hereby ", "amended", "to read as follows", "Plaintiff", "plaintiffs", "Defendant", "the Court",
    "this Court", "IT IS SO ORDERED", "Appellee", "appellants", "12 ", "888 ", "2019 ", "F.3d ", "U.S. ", "S. Ct. ",
    "WL ", "45", "We", "our", "US", "us", "x", "_", " ", ".", "\n", "ı",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(GENRE_PIECES), max_size=16).map("".join))
def test_genre_cues_written_letter_first_match_their_boundary_forms(text: str) -> None:
    from entanglement.core.extract import provisions as P

    cues = [c for cue, _ in P._POLICY_CUES for c in (cue if isinstance(cue, tuple) else (cue,))]
    cues += [c for c, _ in P._NON_POLICY_CUES]
    for marker, (old, flags) in GENRE_BOUNDARY_FORMS.items():
        (new,) = [c for c in cues if marker in c.pattern]
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in re.compile(old, flags).finditer(text)], marker


IMM_PIECES = ["immigration", "IMMIGRATION", "ICE", "ice", "DHS", "dhs", "INS", "I.C.E.", "i.c.e.", "homeland security",
              "Deportation", "removal proceedings", "alien", "aliens", "noncitizen", "undocumented", "detainer",
              "287(g)", "287 (g)", "hold requests", "x", "_", " ", "İ", "nonimmigrant", "9"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(IMM_PIECES), max_size=10).map("".join))
def test_immigration_mention_written_letter_first_starts_where_the_boundary_form_does(text: str) -> None:
    from entanglement.core.extract import provisions as P

    old = re.compile(P._IMM, re.I)
    assert [m.start() for m in P._IMM_RE.finditer(text)] == [m.start() for m in old.finditer(text)]

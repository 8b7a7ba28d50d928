"""The Spanish catalog: complete, not fuzzy, its committed .mo compiled from the current .po, and
covering every string the templates and views mark. Needs no GNU gettext: the .po is read here."""

from __future__ import annotations

import ast
import gettext
import re
from pathlib import Path

import pytest

import entanglement.web

WEB = Path(entanglement.web.__file__).parent
PO = WEB / "locale" / "es" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")
TEMPLATES = WEB / "templates"

Key = str | tuple[str, int]


class Entry:
    def __init__(self) -> None:
        self.flags: set[str] = set()
        self.fields: dict[str, str] = {}

    @property
    def msgid(self) -> str:
        return self.fields.get("msgid", "")

    @property
    def msgstrs(self) -> dict[str, str]:
        return {k: v for k, v in self.fields.items() if k.startswith("msgstr")}


def read_po(text: str) -> list[Entry]:
    """The entries of a .po file: flags, msgctxt, msgid, msgid_plural, msgstr / msgstr[N]."""
    entries: list[Entry] = []
    entry, field = Entry(), ""
    for line in [*text.splitlines(), ""]:
        line = line.strip()
        if not line:
            if entry.fields:
                entries.append(entry)
            entry, field = Entry(), ""
        elif line.startswith("#,"):
            entry.flags |= {flag.strip() for flag in line[2:].split(",")}
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            entry.fields[field] += ast.literal_eval(line)
        else:
            field, _, rest = line.partition(" ")
            entry.fields[field] = ast.literal_eval(rest)
    return entries


def catalog_of(entries: list[Entry]) -> dict[Key, str]:
    """What the .po means, keyed as Python's gettext keys a compiled catalog."""
    catalog: dict[Key, str] = {}
    for e in entries:
        msgid = e.msgid if "msgctxt" not in e.fields else f"{e.fields['msgctxt']}\x04{e.msgid}"
        if "msgid_plural" in e.fields:
            for name, text in e.msgstrs.items():
                catalog[(msgid, int(name[len("msgstr[") : -1]))] = text
        else:
            catalog[msgid] = e.fields["msgstr"]
    return catalog


@pytest.fixture(scope="module")
def entries() -> list[Entry]:
    return read_po(PO.read_text(encoding="utf-8"))


def test_every_message_is_translated_and_none_is_fuzzy(entries: list[Entry]) -> None:
    messages = [e for e in entries if e.msgid]
    assert len(messages) > 150
    assert [e.msgid for e in messages if not all(e.msgstrs.values()) or not e.msgstrs] == []
    assert [e.msgid for e in entries if "fuzzy" in e.flags] == []


def test_placeholders_survive_translation(entries: list[Entry]) -> None:
    placeholder = re.compile(r"%\(\w+\)s|<[^>]+>")
    for e in entries:
        wanted = sorted(placeholder.findall(e.msgid))
        for text in e.msgstrs.values():
            assert sorted(placeholder.findall(text)) == wanted or not e.msgid, e.msgid


def test_header_declares_spanish_utf8_and_two_plural_forms(entries: list[Entry]) -> None:
    header = entries[0].fields["msgstr"]
    assert "Language: es\n" in header and "charset=UTF-8" in header
    assert "Plural-Forms: nplurals=2; plural=(n != 1);" in header


def test_committed_mo_is_compiled_from_the_current_po(entries: list[Entry]) -> None:
    with MO.open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    catalog = dict(compiled._catalog)  # type: ignore[attr-defined]
    catalog.pop("", None)
    expected = catalog_of(entries)
    expected.pop("", None)
    assert {k for k in expected if k not in catalog} == set(), "run: entangle manage compilemessages"
    assert {k for k in catalog if k not in expected} == set(), "run: entangle manage compilemessages"
    assert {k: v for k, v in expected.items() if catalog[k] != v} == {}, (
        "run: entangle manage compilemessages"
    )


def _template_messages() -> set[str]:
    """Strings marked in the templates: {% translate %} literals and simple {% blocktranslate %} bodies."""
    found: set[str] = set()
    for path in TEMPLATES.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r"""\{%\s*trans(?:late)?\s+(["'])(.*?)\1""", text):
            found.add(m.group(2))
        for m in re.finditer(
            r"\{%\s*blocktrans(?:late)?\b([^%]*)%\}(.*?)\{%\s*endblocktrans(?:late)?\s*%\}", text, re.S
        ):
            options, body = m.group(1), m.group(2)
            singular = body.split("{% plural %}")[0]
            singular = re.sub(r"\{\{\s*(\w+)\s*\}\}", r"%(\1)s", singular)
            if "trimmed" in options:
                singular = " ".join(singular.split())
            found.add(singular)
    return found


def _python_messages() -> set[str]:
    found: set[str] = set()
    for path in WEB.rglob("*.py"):
        for m in re.finditer(
            r"""(?<![\w.])_\(\s*"((?:[^"\\]|\\.)*)"\s*\)""", path.read_text(encoding="utf-8")
        ):
            found.add(ast.literal_eval(f'"{m.group(1)}"'))
    return found


def test_the_catalog_covers_every_marked_string(entries: list[Entry]) -> None:
    marked = _template_messages() | _python_messages()
    assert len(marked) > 150
    msgids = {e.msgid for e in entries}
    assert sorted(marked - msgids) == [], "run: entangle manage makemessages -l es, then translate"


def test_templates_have_no_unmarked_words() -> None:
    """Text outside translate tags, variables and markup is untranslatable: only the brand may be there."""
    leftovers: dict[str, list[str]] = {}
    for path in TEMPLATES.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        text = re.sub(
            r"\{%\s*blocktrans(?:late)?\b.*?\{%\s*endblocktrans(?:late)?\s*%\}", " ", text, flags=re.S
        )
        text = re.sub(r"\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}", " ", text, flags=re.S)
        visible_attributes = re.findall(r'\b(?:title|alt|placeholder|aria-label)="([^"]*)"', text)
        text = re.sub(r"<[^>]*>", " ", text) + " " + " ".join(visible_attributes)
        words = [w for w in re.findall(r"[A-Za-z][A-Za-z']+", text) if w != "Entanglement"]
        if words:
            leftovers[path.name] = words
    assert leftovers == {}

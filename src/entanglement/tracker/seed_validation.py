"""Read and check the curated seed folder (seed/SCHEMA.md) before anything touches the database.

Every problem is reported as "FILE: record ID: reason", all of them at once, so an editor can fix a
broken file in one pass. Checking needs no database: GEOIDs are checked against the `us` registry
and the places the seed itself lists.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import us
import yaml

from .dates import DAY, PartialDate, parse_partial_date
from .registry import registry_geoids
from .validation import invalid_categories

SEED_DIR = Path(__file__).resolve().parent.parent / "seed"
# Load order: each file may refer only to files before it.
SEED_FILES = (
    "places.yaml",
    "laws.yaml",
    "federal_actions.yaml",
    "cases.yaml",
    "policies.yaml",
    "statements.yaml",
)

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
COMMON_OPTIONAL = {"unverified", "unverified_note", "unverified_fields", "notes"}

ACTION_KINDS = {
    "executive_order", "letter", "letter_with_subpoena_threat", "grant_condition", "guidance_memorandum",
    "designation_list", "lawsuit", "funding_cut", "other",
}  # fmt: skip
RULING_KINDS = {
    "preliminary_injunction", "order", "summary_judgment", "permanent_injunction", "appellate_decision",
    "certiorari_denied", "dismissal", "merits_decision", "other",
}  # fmt: skip
PARTY_ROLES = {"plaintiff", "defendant", "intervenor", "amicus"}
POLICY_KINDS = {"ordinance", "statute", "executive_order", "directive", "agreement", "resolution"}
POLICY_STANCES = {"limits", "mandates"}


class SeedError(ValueError):
    """The seed cannot be loaded; `problems` lists every "FILE: record ID: reason"."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass
class SeedData:
    """The parsed records of each seed file (missing files are empty lists)."""

    folder: Path
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def __getitem__(self, file_name: str) -> list[dict[str, Any]]:
        return self.records.get(file_name, [])


def read_seed(folder: Path | None = None) -> SeedData:
    """Parse and check every seed file; SeedError with all problems if any."""
    folder = Path(folder or SEED_DIR)
    problems: list[str] = []
    if not folder.is_dir():
        raise SeedError([f"{folder}: not a folder"])
    data = SeedData(folder)
    for path in sorted(folder.glob("*.y*ml")):
        if path.name not in SEED_FILES:
            problems.append(f"{path.name}: unknown seed file (expected one of {', '.join(SEED_FILES)})")
            continue
        try:
            loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError as e:
            problems.append(f"{path.name}: not UTF-8 text (byte {e.start})")
            continue
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
            problems.append(f"{path.name}: malformed YAML: {where}{getattr(e, 'problem', None) or e}")
            continue
        if loaded is None:
            loaded = []
        if not isinstance(loaded, list):
            problems.append(
                f"{path.name}: the file must be a YAML list of records, not {type(loaded).__name__}"
            )
            continue
        data.records[path.name] = loaded
    if problems:
        raise SeedError(problems)
    problems = validate(data)
    if problems:
        raise SeedError(problems)
    return data


class _Record:
    """Checks on one record; each failed check adds "FILE: record ID: reason" and returns None."""

    def __init__(self, file_name: str, raw: Any, index: int, problems: list[str], key: str = "id") -> None:
        self.file = file_name
        self.problems = problems
        self.raw: dict[str, Any] = raw if isinstance(raw, dict) else {}
        ident = self.raw.get(key)
        self.id = ident if isinstance(ident, str) and ident else f"#{index + 1}"
        if not isinstance(raw, dict):
            self.fail(f"a record must be a mapping of fields, not {type(raw).__name__}")

    def parts(self, key: str, label: str, shape: str) -> Iterator[tuple[str, dict[str, Any]]]:
        """The mappings listed under `key` (targets, parties, rulings, quotes), each with where it
        stands ("target 2"); a value that is not a list, or an item that is not a mapping, fails."""
        items = self.raw.get(key) or []
        if not isinstance(items, list):
            self.fail(f"{key} must be a list")
            return
        for i, item in enumerate(items):
            where = f"{label} {i + 1}"
            if not isinstance(item, dict):
                self.fail(f"{where}: must be a mapping{shape}")
                continue
            yield where, item

    def fail(self, reason: str) -> None:
        self.problems.append(f"{self.file}: record {self.id}: {reason}")

    def known_keys(self, required: set[str], optional: set[str]) -> None:
        for k in sorted(required - self.raw.keys()):
            self.fail(f"missing field {k!r}")
        for k in sorted(self.raw.keys() - required - optional - COMMON_OPTIONAL):
            self.fail(f"unknown field {k!r}")
        if "unverified" in self.raw and not isinstance(self.raw["unverified"], bool):
            self.fail("unverified must be true or false")
        self.text("unverified_note")
        self.text("notes")
        self.str_list("unverified_fields")

    def text(self, key: str, *, required: bool = False, raw: dict[str, Any] | None = None) -> str | None:
        value = (raw if raw is not None else self.raw).get(key)
        if value is None:
            if required:
                self.fail(f"{key} is required")
            return None
        if not isinstance(value, str):
            self.fail(f"{key} must be text, not {type(value).__name__}")
            return None
        if required and not value.strip():
            self.fail(f"{key} is empty")
        return value

    def slug(self) -> str | None:
        value = self.raw.get("id")
        if not isinstance(value, str) or not SLUG.fullmatch(value):
            self.fail(f"id {value!r} is not a lowercase slug (letters, digits, single hyphens)")
            return None
        return value

    def date(
        self, key: str, *, required: bool = False, raw: dict[str, Any] | None = None
    ) -> PartialDate | None:
        value = (raw if raw is not None else self.raw).get(key)
        if value is None:
            if required:
                self.fail(f"{key} is required")
            return None
        try:
            return parse_partial_date(value)
        except ValueError as e:
            self.fail(f"{key}: {e}")
            return None

    def choice(self, key: str, allowed: set[str], raw: dict[str, Any] | None = None, where: str = "") -> None:
        value = (raw if raw is not None else self.raw).get(key)
        if value not in allowed:
            self.fail(f"{where}{key} {value!r} is not one of {', '.join(sorted(allowed))}")

    def str_list(self, key: str, *, raw: dict[str, Any] | None = None) -> list[str]:
        value = (raw if raw is not None else self.raw).get(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(f"{key} must be a list of strings")
            return []
        return value

    def sources(self, *, raw: dict[str, Any] | None = None, required: bool = True, where: str = "") -> None:
        holder = raw if raw is not None else self.raw
        if holder.get("sources") is None and not required:
            return
        urls = self.str_list("sources", raw=holder)
        if not urls:
            if isinstance(holder.get("sources"), list) or holder.get("sources") is None:
                self.fail(f"{where}no sources: every record needs at least one source URL")
            return
        for url in urls:
            parts = urlsplit(url)
            if parts.scheme not in {"http", "https"} or not parts.netloc:
                self.fail(f"{where}source {url!r} is not an http(s) URL")
        if len(set(urls)) != len(urls):
            self.fail(f"{where}a source URL is listed twice")

    def refs(self, key: str, known: set[str], what: str, *, raw: dict[str, Any] | None = None) -> None:
        values = self.str_list(key, raw=raw)
        for v in values:
            if v not in known:
                self.fail(f"{key}: {what} {v!r} does not exist")
        if len(set(values)) != len(values):
            self.fail(f"{key}: an entry is listed twice")

    def geoid(self, value: Any, geoids: set[str], where: str) -> None:
        if not isinstance(value, str):
            self.fail(f"{where}: GEOID {value!r} must be a quoted string")
        elif value not in geoids:
            self.fail(
                f"{where}: GEOID {value} is not in the registry (a state, a county, or a place in places.yaml)"
            )

    def order(self, earlier: PartialDate | None, later: PartialDate | None, what: str) -> None:
        if earlier and later and earlier.precision == DAY == later.precision and later.value < earlier.value:
            self.fail(f"{what} ({later}) is before {earlier}")


def _ids(records: list[_Record]) -> set[str]:
    seen: set[str] = set()
    for r in records:
        if "id" not in r.raw:
            continue
        slug = r.slug()
        if slug is None:
            continue
        if slug in seen:
            r.fail("the id is used twice in this file")
        seen.add(slug)
    return seen


def validate(data: SeedData) -> list[str]:
    problems: list[str] = []
    geoids = set(registry_geoids())
    counties = {g for g in geoids if len(g) == 5}
    fips_by_usps = {s.abbr: str(s.fips) for s in us.states.STATES_AND_TERRITORIES}

    places = [
        _Record("places.yaml", raw, i, problems, key="geoid") for i, raw in enumerate(data["places.yaml"])
    ]
    seen_places: set[str] = set()
    for r in places:
        _check_place(r, counties, fips_by_usps, seen_places)
    geoids |= seen_places

    laws = [_Record("laws.yaml", raw, i, problems) for i, raw in enumerate(data["laws.yaml"])]
    _ids(laws)
    for r in laws:
        r.known_keys({"id", "citation", "name", "sources"}, {"enacted", "summary", "litigation_note"})
        r.text("citation", required=True)
        r.text("name", required=True)
        for k in ("enacted", "summary", "litigation_note"):
            r.text(k)
        r.sources()

    actions = [
        _Record("federal_actions.yaml", raw, i, problems)
        for i, raw in enumerate(data["federal_actions.yaml"])
    ]
    action_ids = _ids(actions)
    for r in actions:
        _check_action(r, geoids, action_ids)

    cases = [_Record("cases.yaml", raw, i, problems) for i, raw in enumerate(data["cases.yaml"])]
    _ids(cases)
    for r in cases:
        _check_case(r, geoids, action_ids)

    policies = [_Record("policies.yaml", raw, i, problems) for i, raw in enumerate(data["policies.yaml"])]
    _ids(policies)
    for r in policies:
        _check_policy(r, geoids)

    statements = [
        _Record("statements.yaml", raw, i, problems) for i, raw in enumerate(data["statements.yaml"])
    ]
    _ids(statements)
    for r in statements:
        _check_statement(r, geoids, action_ids)
    return problems


def _check_place(r: _Record, counties: set[str], fips_by_usps: dict[str, str], seen: set[str]) -> None:
    r.known_keys({"geoid", "name", "state", "sources"}, {"census_name", "ocd_id", "county_geoid"})
    geoid = r.raw.get("geoid")
    if not isinstance(geoid, str) or not re.fullmatch(r"\d{7}|\d{10}", geoid):
        r.fail(f"geoid {geoid!r} must be a quoted 7-digit place or 10-digit county-subdivision code")
    elif geoid in seen:
        r.fail("the place is listed twice")
    else:
        seen.add(geoid)
        state = r.raw.get("state")
        if state not in fips_by_usps:
            r.fail(f"state {state!r} is not a USPS state, D.C. or territory code")
        elif fips_by_usps[state] != geoid[:2]:
            r.fail(f"geoid {geoid} is not in {state} (state code {fips_by_usps[state]})")
    r.text("name", required=True)
    r.text("census_name")
    ocd = r.text("ocd_id")
    if ocd and not ocd.startswith("ocd-division/country:us/"):
        r.fail(f"ocd_id {ocd!r} is not a U.S. OCD division id")
    county = r.raw.get("county_geoid")
    if county is not None:
        if county not in counties:
            r.fail(f"county_geoid {county!r} is not a county in the registry")
        elif isinstance(geoid, str) and county[:2] != geoid[:2]:
            r.fail(f"county_geoid {county} is in another state than {geoid}")
    r.sources()


def _check_action(r: _Record, geoids: set[str], action_ids: set[str]) -> None:
    r.known_keys(
        {"id", "date", "kind", "actor", "title", "sources"},
        {
            "signed_by",
            "summary",
            "deadline",
            "status",
            "outcome",
            "targets_note",
            "targets",
            "related_actions",
        },
    )
    date = r.date("date", required=True)
    deadline = r.date("deadline")
    r.order(date, deadline, "deadline")
    r.choice("kind", ACTION_KINDS)
    r.text("actor", required=True)
    r.text("title", required=True)
    for k in ("signed_by", "summary", "status", "outcome", "targets_note"):
        r.text(k)
    seen: set[str] = set()
    for where, t in r.parts("targets", "target", " with geoid, name_in_source, demand"):
        for k in sorted(t.keys() - {"geoid", "name_in_source", "demand"}):
            r.fail(f"{where}: unknown field {k!r}")
        r.geoid(t.get("geoid"), geoids, where)
        r.text("name_in_source", raw=t)
        r.text("demand", raw=t)
        g = t.get("geoid")
        if isinstance(g, str):
            if g in seen:
                r.fail(f"{where}: GEOID {g} is a target twice")
            seen.add(g)
    r.refs("related_actions", action_ids, "federal action")
    if r.id in r.str_list("related_actions"):
        r.fail("related_actions: an action cannot follow itself")
    r.sources()


@functools.cache
def courts_db_ids() -> frozenset[str]:
    from courts_db import courts

    return frozenset(str(c["id"]) for c in courts)


def _check_court_id(r: _Record, value: Any, where: str) -> None:
    if value is not None and value not in courts_db_ids():
        r.fail(f"{where}court_id {value!r} is not a courts-db court id")


def _check_case(r: _Record, geoids: set[str], action_ids: set[str]) -> None:
    r.known_keys(
        {"id", "name", "sources"},
        {
            "court",
            "court_id",
            "docket",
            "filed",
            "judge",
            "subject",
            "status",
            "parties",
            "actions",
            "rulings",
        },
    )
    r.text("name", required=True)
    for k in ("court", "court_id", "docket", "judge", "subject", "status"):
        r.text(k)
    r.date("filed")
    _check_court_id(r, r.raw.get("court_id"), "")
    seen: set[tuple[Any, Any]] = set()
    for where, p in r.parts("parties", "party", " with geoid and role"):
        for k in sorted(p.keys() - {"geoid", "role"}):
            r.fail(f"{where}: unknown field {k!r}")
        r.geoid(p.get("geoid"), geoids, where)
        r.choice("role", PARTY_ROLES, raw=p, where=f"{where}: ")
        key = (p.get("geoid"), p.get("role"))
        if key in seen:
            r.fail(f"{where}: GEOID {key[0]} is listed twice as {key[1]}")
        seen.add(key)
    r.refs("actions", action_ids, "federal action")
    for where, ruling in r.parts("rulings", "ruling", ""):
        allowed = {
            "date",
            "kind",
            "kind_detail",
            "court",
            "court_id",
            "outcome",
            "citation",
            "appeal_no",
            "sources",
        }
        for k in sorted(ruling.keys() - allowed - COMMON_OPTIONAL):
            r.fail(f"{where}: unknown field {k!r}")
        if ruling.get("date") is None:
            r.fail(f"{where}: date is required")
        else:
            try:
                parse_partial_date(ruling["date"])
            except ValueError as e:
                r.fail(f"{where}: date: {e}")
        if ruling.get("kind") not in RULING_KINDS:
            r.fail(f"{where}: kind {ruling.get('kind')!r} is not one of {', '.join(sorted(RULING_KINDS))}")
        for k in (
            "kind_detail",
            "court",
            "court_id",
            "outcome",
            "citation",
            "appeal_no",
            "unverified_note",
            "notes",
        ):
            value = ruling.get(k)
            if value is not None and not isinstance(value, str):
                r.fail(f"{where}: {k} must be text")
        _check_court_id(r, ruling.get("court_id"), f"{where}: ")
        if "unverified" in ruling and not isinstance(ruling["unverified"], bool):
            r.fail(f"{where}: unverified must be true or false")
        r.sources(raw=ruling, required=False, where=f"{where}: ")
    r.sources()


def _check_policy(r: _Record, geoids: set[str]) -> None:
    r.known_keys(
        {"id", "jurisdiction", "name", "kind", "stance", "sources"},
        {
            "citation",
            "adopted",
            "effective",
            "enjoined",
            "repealed",
            "adopted_by",
            "summary",
            "categories",
            "related",
        },
    )
    r.geoid(r.raw.get("jurisdiction"), geoids, "jurisdiction")
    r.text("name", required=True)
    r.choice("kind", POLICY_KINDS)
    r.choice("stance", POLICY_STANCES)
    for k in ("citation", "adopted_by", "summary", "related"):
        r.text(k)
    adopted = r.date("adopted")
    r.date("effective")
    r.order(adopted, r.date("enjoined"), "enjoined")
    r.order(adopted, r.date("repealed"), "repealed")
    categories = r.raw.get("categories") or []
    bad = invalid_categories(categories)
    if bad:
        r.fail(f"categories: not taxonomy codes: {', '.join(bad)}")
    elif len(set(categories)) != len(categories):
        r.fail("categories: a code is listed twice")
    r.sources()


def _check_statement(r: _Record, geoids: set[str], action_ids: set[str]) -> None:
    r.known_keys(
        {"id", "organization", "date", "title", "sources"},
        {"summary", "media_contact", "jurisdictions", "actions", "quotes"},
    )
    r.text("organization", required=True)
    r.date("date", required=True)
    r.text("title", required=True)
    r.text("summary")
    r.text("media_contact")
    for i, g in enumerate(r.raw.get("jurisdictions") or []):
        r.geoid(g, geoids, f"jurisdiction {i + 1}")
    jurisdictions = r.raw.get("jurisdictions") or []
    if isinstance(jurisdictions, list) and len(set(map(str, jurisdictions))) != len(jurisdictions):
        r.fail("jurisdictions: a GEOID is listed twice")
    r.refs("actions", action_ids, "federal action")
    for where, q in r.parts("quotes", "quote", " with speaker, speaker_title, text"):
        for k in sorted(q.keys() - {"speaker", "speaker_title", "text"}):
            r.fail(f"{where}: unknown field {k!r}")
        for k, required in (("speaker", True), ("text", True), ("speaker_title", False)):
            value = q.get(k)
            if value is None:
                if required:
                    r.fail(f"{where}: {k} is required")
            elif not isinstance(value, str) or (required and not value.strip()):
                r.fail(f"{where}: {k} must be non-empty text")
    r.sources()

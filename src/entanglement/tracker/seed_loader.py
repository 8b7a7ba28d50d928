"""`entangle seed`: the registry and the curated seed folder, loaded in one transaction.

The whole folder is checked first (tracker.seed_validation); a single problem anywhere means nothing
is written. Loading is an upsert keyed on stable ids: a record is saved only when a value differs,
so a second run writes nothing and adds no history. Parts of a record that the seed lists in full
(targets, parties, rulings, quotes) are made to match it: a part the seed no longer lists is
deleted, with history.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils.text import slugify
from simple_history.utils import bulk_create_with_history

from . import models as m
from .dates import PartialDate, parse_partial_date
from .registry import CONSOLIDATED, LoadStats, independent_city_pairs, link_consolidated, load_us_registry
from .seed_validation import SeedData, SeedError, read_seed

M = TypeVar("M", bound=models.Model)


@dataclass
class SeedReport:
    registry: LoadStats = field(default_factory=LoadStats)
    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    deleted: Counter[str] = field(default_factory=Counter)
    unchanged: Counter[str] = field(default_factory=Counter)

    @property
    def changed(self) -> bool:
        return bool(
            self.registry.created + self.registry.updated + sum(self.created.values())
            + sum(self.updated.values()) + sum(self.deleted.values())
        )  # fmt: skip

    def lines(self) -> list[str]:
        out = [f"registry: {self.registry.summary()}"]
        names = sorted(set(self.created) | set(self.updated) | set(self.deleted) | set(self.unchanged))
        for n in names:
            out.append(
                f"{n}: {self.created[n]} created, {self.updated[n]} updated, {self.deleted[n]} deleted, "
                f"{self.unchanged[n]} unchanged"
            )
        return out


def load_seed(folder: Path | str | None = None) -> SeedReport:
    """Check, then load the registry and every seed file in one transaction. SeedError if the seed is broken."""
    data = read_seed(Path(folder) if folder else None)
    with transaction.atomic():
        return _SeedLoad(data).run()


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _date(value: Any) -> PartialDate | None:
    return None if value is None else parse_partial_date(value)


def _unverified(raw: dict[str, Any]) -> dict[str, Any]:
    return {
        "unverified": bool(raw.get("unverified", False)),
        "unverified_note": _text(raw.get("unverified_note")),
        "unverified_fields": list(raw.get("unverified_fields") or []),
        "notes": _text(raw.get("notes")),
    }


def _dated(name: str, value: Any, *, required: bool = False) -> dict[str, Any]:
    d = _date(value)
    if d is None:
        return {name: None, f"{name}_precision": "" if not required else "day"}
    return {name: d.value, f"{name}_precision": d.precision}


class _SeedLoad:
    def __init__(self, data: SeedData) -> None:
        self.data = data
        self.report = SeedReport()
        self.reason = "entangle seed"
        self.current = ("", "")  # (file, record id) being written, for error messages
        self.source_ids: dict[str, int] = {}
        self.geoid_ids: dict[str, int] = {}
        self.action_ids: dict[str, int] = {}

    def run(self) -> SeedReport:
        self.report.registry = load_us_registry(reason=f"{self.reason}: registry")
        self._sources()
        self._places()
        self.geoid_ids = dict(
            m.Jurisdiction.objects.values_list("geoid", "id").filter(level__in=["state", "county"])
        )
        self.geoid_ids.update(
            m.Jurisdiction.objects.filter(
                geoid__in=[p["geoid"] for p in self.data["places.yaml"]]
            ).values_list("geoid", "id")
        )
        self._laws()
        self._actions()
        self._cases()
        self._policies()
        self._statements()
        return self.report

    # -- generic upsert ---------------------------------------------------------------------------

    def _fail(self, reason: str) -> SeedError:
        file_name, ident = self.current
        return SeedError([f"{file_name}: record {ident}: {reason}"])

    def _save(self, obj: models.Model, action: str) -> None:
        # Field checks here give "FILE: record ID: reason"; the database's own constraints are not
        # re-queried per record but still hold: a violation surfaces as IntegrityError below.
        try:
            # Related records were resolved by id from the checked seed; no query per foreign key.
            related = [f.name for f in obj._meta.concrete_fields if f.is_relation]
            obj.full_clean(exclude=related, validate_unique=False, validate_constraints=False)
        except ValidationError as e:
            details = "; ".join(f"{k}: {' '.join(v)}" for k, v in e.message_dict.items())
            raise self._fail(f"{type(obj).__name__}: {details}") from e
        obj._change_reason = f"{self.reason}: {self.current[0]} {action}"  # type: ignore[attr-defined]
        try:
            obj.save()
        except IntegrityError as e:
            raise self._fail(f"{type(obj).__name__}: the database refused it: {e}") from e

    def _upsert(
        self,
        model: type[M],
        lookup: dict[str, Any],
        values: dict[str, Any],
        *,
        known: M | None = None,
        new: bool = False,
    ) -> M:
        """Create or update one record; `known`/`new` say what the caller already read from the database."""
        name = model.__name__
        obj = known if known is not None or new else model._default_manager.filter(**lookup).first()
        if obj is None:
            obj = model(**lookup, **values)
            self._save(obj, "created")
            self.report.created[name] += 1
            return obj
        changed = [k for k, v in values.items() if getattr(obj, k) != v]
        if changed:
            for k in changed:
                setattr(obj, k, values[k])
            self._save(obj, f"changed {', '.join(changed)}")
            self.report.updated[name] += 1
        else:
            self.report.unchanged[name] += 1
        return obj

    def _sync_m2m(self, obj: models.Model, field_name: str, ids: Iterable[int]) -> None:
        manager = getattr(obj, field_name)
        wanted = set(ids)
        if set(manager.values_list("pk", flat=True)) != wanted:
            obj._change_reason = f"{self.reason}: {self.current[0]} changed {field_name}"  # type: ignore[attr-defined]
            manager.set(wanted)
            self.report.updated[f"{type(obj).__name__}.{field_name}"] += 1

    def _sync_children(
        self, model: type[M], parent: dict[str, Any], wanted: dict[Any, dict[str, Any]], key: tuple[str, ...]
    ) -> dict[Any, M]:
        """Make the parts of one record (targets, rulings, ...) exactly those the seed lists."""
        existing = {tuple(getattr(o, k) for k in key): o for o in model._default_manager.filter(**parent)}
        result: dict[Any, M] = {}
        for k, values in wanted.items():
            lookup = dict(parent, **dict(zip(key, k, strict=True)))
            result[k] = self._upsert(model, lookup, values, known=existing.get(k), new=k not in existing)
        for k, obj in existing.items():
            if k not in wanted:
                obj._change_reason = f"{self.reason}: {self.current[0]} no longer lists it"  # type: ignore[attr-defined]
                obj.delete()
                self.report.deleted[model.__name__] += 1
        return result

    def _source_list(self, urls: Iterable[str]) -> list[int]:
        return [self.source_ids[u] for u in urls]

    # -- files ------------------------------------------------------------------------------------

    def _sources(self) -> None:
        urls: dict[str, None] = {}
        for records in self.data.records.values():
            for raw in records:
                for url in raw.get("sources") or []:
                    urls[url] = None
                for ruling in raw.get("rulings") or []:
                    for url in ruling.get("sources") or []:
                        urls[url] = None
        kind = m.Source.Kind.CURATED_CITATION
        self.source_ids = dict(
            m.Source.objects.filter(kind=kind, url__in=list(urls)).values_list("url", "id")
        )
        missing = [u for u in urls if u not in self.source_ids]
        if missing:
            created = bulk_create_with_history(
                [m.Source(kind=kind, url=u, publisher=_publisher(u)) for u in missing],
                m.Source,
                default_change_reason=f"{self.reason}: cited by the seed",
            )
            self.source_ids.update((s.url, s.id) for s in created)
            self.report.created["Source"] += len(created)

    def _places(self) -> None:
        states = dict(m.Jurisdiction.objects.filter(level="state").values_list("usps", "id"))
        pairs: list[tuple[str, str]] = list(CONSOLIDATED)
        for raw in self.data["places.yaml"]:
            self.current = ("places.yaml", raw["geoid"])
            geoid = raw["geoid"]
            obj = self._upsert(
                m.Jurisdiction,
                {"geoid": geoid},
                {
                    "level": m.Jurisdiction.LEVEL_BY_LENGTH[len(geoid)],
                    "name": raw["name"],
                    "census_name": _text(raw.get("census_name")),
                    "usps": raw["state"],
                    "state_id": states[raw["state"]],
                    "ocd_id": _text(raw.get("ocd_id")),
                    "origin": m.Jurisdiction.Origin.SEED,
                    "notes": _text(raw.get("notes")),
                },
            )
            self._sync_m2m(obj, "sources", self._source_list(raw["sources"]))
            if raw.get("county_geoid"):
                pairs = [p for p in pairs if geoid not in p and raw["county_geoid"] not in p]
                pairs.append((geoid, raw["county_geoid"]))
        self.current = ("places.yaml", "county_geoid")
        taken = {g for pair in pairs for g in pair}
        pairs += [p for p in independent_city_pairs() if not taken & set(p)]
        try:
            stats = link_consolidated(pairs, reason=f"{self.reason}: consolidated city-county")
        except ValueError as e:
            raise self._fail(str(e)) from e
        self.report.registry.linked += stats.linked
        self.report.registry.updated += stats.updated

    def _laws(self) -> None:
        for raw in self.data["laws.yaml"]:
            self.current = ("laws.yaml", raw["id"])
            obj = self._upsert(
                m.Law,
                {"slug": raw["id"]},
                {
                    "citation": raw["citation"],
                    "name": raw["name"],
                    "enacted": _text(raw.get("enacted")),
                    "summary": _text(raw.get("summary")),
                    "litigation_note": _text(raw.get("litigation_note")),
                    **_unverified(raw),
                },
            )
            self._sync_m2m(obj, "sources", self._source_list(raw["sources"]))

    def _actions(self) -> None:
        records = self.data["federal_actions.yaml"]
        objs: dict[str, m.FederalAction] = {}
        for raw in records:
            self.current = ("federal_actions.yaml", raw["id"])
            obj = self._upsert(
                m.FederalAction,
                {"slug": raw["id"]},
                {
                    "kind": raw["kind"],
                    **_dated("date", raw["date"], required=True),
                    **_dated("deadline", raw.get("deadline")),
                    "actor": raw["actor"],
                    "signed_by": _text(raw.get("signed_by")),
                    "title": raw["title"],
                    "summary": _text(raw.get("summary")),
                    "status": _text(raw.get("status")),
                    "outcome": _text(raw.get("outcome")),
                    "targets_note": _text(raw.get("targets_note")),
                    **_unverified(raw),
                },
            )
            objs[raw["id"]] = obj
            self._sync_m2m(obj, "sources", self._source_list(raw["sources"]))
            wanted = {
                (self.geoid_ids[t["geoid"]],): {
                    "name_in_source": _text(t.get("name_in_source")),
                    "demand": _text(t.get("demand")),
                    "position": i,
                }
                for i, t in enumerate(raw.get("targets") or [])
            }
            self._sync_children(m.FederalActionTarget, {"action_id": obj.id}, wanted, ("jurisdiction_id",))
        self.action_ids = {slug: o.id for slug, o in objs.items()}
        self.action_ids.update(m.FederalAction.objects.exclude(slug__in=objs).values_list("slug", "id"))
        # Second pass: an action may follow one listed after it.
        for raw in records:
            self.current = ("federal_actions.yaml", raw["id"])
            related = [self.action_ids[a] for a in raw.get("related_actions") or []]
            self._sync_m2m(objs[raw["id"]], "related_actions", related)

    def _cases(self) -> None:
        for raw in self.data["cases.yaml"]:
            self.current = ("cases.yaml", raw["id"])
            obj = self._upsert(
                m.Case,
                {"slug": raw["id"]},
                {
                    "name": raw["name"],
                    "court_id": _text(raw.get("court_id")),
                    "court_name": _text(raw.get("court")),
                    "docket": _text(raw.get("docket")),
                    **_dated("filed", raw.get("filed")),
                    "judge": _text(raw.get("judge")),
                    "subject": _text(raw.get("subject")),
                    "status": _text(raw.get("status")),
                    **_unverified(raw),
                },
            )
            case_sources = self._source_list(raw["sources"])
            self._sync_m2m(obj, "sources", case_sources)
            self._sync_m2m(obj, "actions", [self.action_ids[a] for a in raw.get("actions") or []])
            parties: dict[Any, dict[str, Any]] = {
                (self.geoid_ids[p["geoid"]], p["role"]): {} for p in raw.get("parties") or []
            }
            self._sync_children(m.CaseParty, {"case_id": obj.id}, parties, ("jurisdiction_id", "role"))
            rulings_raw = raw.get("rulings") or []
            rulings = {
                (i,): {
                    **_dated("date", r["date"], required=True),
                    "kind": r["kind"],
                    "kind_detail": _text(r.get("kind_detail")),
                    "court_name": _text(r.get("court")),
                    "court_id": _text(r.get("court_id")),
                    "outcome": _text(r.get("outcome")),
                    "citation": _text(r.get("citation")),
                    "appeal_no": _text(r.get("appeal_no")),
                    "unverified": bool(r.get("unverified", False)),
                    "unverified_note": _text(r.get("unverified_note")),
                    "notes": _text(r.get("notes")),
                }
                for i, r in enumerate(rulings_raw)
            }
            saved = self._sync_children(m.Ruling, {"case_id": obj.id}, rulings, ("position",))
            for i, r in enumerate(rulings_raw):
                # A ruling cites its own sources when the seed gives them, else the case's.
                self._sync_m2m(
                    saved[(i,)], "sources", self._source_list(r.get("sources") or []) or case_sources
                )

    def _policies(self) -> None:
        for raw in self.data["policies.yaml"]:
            self.current = ("policies.yaml", raw["id"])
            obj = self._upsert(
                m.Policy,
                {"slug": raw["id"]},
                {
                    "jurisdiction_id": self.geoid_ids[raw["jurisdiction"]],
                    "name": raw["name"],
                    "kind": raw["kind"],
                    "stance": raw["stance"],
                    "citation": _text(raw.get("citation")),
                    **_dated("adopted", raw.get("adopted")),
                    **_dated("effective", raw.get("effective")),
                    **_dated("enjoined", raw.get("enjoined")),
                    **_dated("repealed", raw.get("repealed")),
                    "adopted_by": _text(raw.get("adopted_by")),
                    "summary": _text(raw.get("summary")),
                    "categories": list(raw.get("categories") or []),
                    "related": _text(raw.get("related")),
                    **_unverified(raw),
                },
            )
            self._sync_m2m(obj, "sources", self._source_list(raw["sources"]))

    def _statements(self) -> None:
        for raw in self.data["statements.yaml"]:
            self.current = ("statements.yaml", raw["id"])
            org = self._upsert(
                m.Organization, {"slug": slugify(raw["organization"])[:120]}, {"name": raw["organization"]}
            )
            obj = self._upsert(
                m.Statement,
                {"slug": raw["id"]},
                {
                    "organization_id": org.id,
                    **_dated("date", raw["date"], required=True),
                    "title": raw["title"],
                    "summary": _text(raw.get("summary")),
                    "media_contact": _text(raw.get("media_contact")),
                    **_unverified(raw),
                },
            )
            self._sync_m2m(obj, "sources", self._source_list(raw["sources"]))
            self._sync_m2m(obj, "jurisdictions", [self.geoid_ids[g] for g in raw.get("jurisdictions") or []])
            self._sync_m2m(obj, "actions", [self.action_ids[a] for a in raw.get("actions") or []])
            quotes: dict[tuple[int], dict[str, Any]] = {}
            for i, q in enumerate(raw.get("quotes") or []):
                person = self._upsert(m.Person, {"slug": slugify(q["speaker"])[:120]}, {"name": q["speaker"]})
                quotes[(i,)] = {
                    "person_id": person.id,
                    "speaker_title": _text(q.get("speaker_title")),
                    "text": q["text"],
                }
            self._sync_children(m.Quote, {"statement_id": obj.id}, quotes, ("position",))


def _publisher(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")

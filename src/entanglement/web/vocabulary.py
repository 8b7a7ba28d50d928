"""The record values that come from a fixed vocabulary, in the reader's language, and dates per locale.

The tracker's choice labels are plain English (they also name things in the admin and in
migrations); the public pages translate them here, keyed by the stored value, so a value the
tracker adds later still shows (in English) until it is given a label (tests/web flag it).
Curated free text (titles, summaries, outcomes) is never translated.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils.dates import MONTHS
from django.utils.functional import Promise
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from entanglement.tracker.dates import MONTH, YEAR

# (model label, field name) -> stored value -> label in the reader's language.
CHOICE_LABELS: dict[tuple[str, str], dict[str, Promise]] = {
    ("tracker.Jurisdiction", "level"): {
        "state": _("state, D.C. or territory"),
        "county": _("county or equivalent"),
        "place": _("place"),
        "cousub": _("county subdivision"),
    },
    ("tracker.Policy", "kind"): {
        "ordinance": _("ordinance"),
        "statute": _("statute"),
        "executive_order": _("executive order"),
        "directive": _("directive"),
        "agreement": _("agreement"),
        "resolution": _("resolution"),
    },
    ("tracker.Policy", "stance"): {
        "limits": _("limits entanglement"),
        "mandates": _("mandates cooperation"),
    },
    ("tracker.FederalAction", "kind"): {
        "executive_order": _("executive order"),
        "letter": _("letter"),
        "letter_with_subpoena_threat": _("letter with subpoena threat"),
        "grant_condition": _("grant condition"),
        "guidance_memorandum": _("guidance memorandum"),
        "designation_list": _("designation list"),
        "lawsuit": _("lawsuit"),
        "funding_cut": _("funding cut"),
        "other": pgettext_lazy("federal action kind", "other"),
    },
    ("tracker.CaseParty", "role"): {
        "plaintiff": _("plaintiff"),
        "defendant": _("defendant"),
        "intervenor": _("intervenor"),
        "amicus": _("amicus"),
    },
    ("tracker.Ruling", "kind"): {
        "preliminary_injunction": _("preliminary injunction"),
        "order": _("order"),
        "summary_judgment": _("summary judgment"),
        "permanent_injunction": _("permanent injunction"),
        "appellate_decision": _("appellate decision"),
        "certiorari_denied": _("certiorari denied"),
        "dismissal": _("dismissal"),
        "merits_decision": _("merits decision"),
        "other": pgettext_lazy("ruling kind", "other"),
    },
}

# Short statuses the curated data writes as a bare term; a longer status is a curated sentence
# and is shown as written.
STATUS_LABELS: dict[str, Promise] = {
    "unknown": _("unknown"),
    "open": _("open"),
    "pending": _("pending"),
    "closed": _("closed"),
    "decided": _("decided"),
    "dismissed": _("dismissed"),
    "reported dismissed": _("reported dismissed"),
    "dismissed (on appeal)": _("dismissed (on appeal)"),
    "dismissed (leave to amend)": _("dismissed (leave to amend)"),
    "decided (remand not verified)": _("decided (remand not verified)"),
    "enjoined": _("enjoined"),
    "enjoined in part": _("enjoined in part"),
    "enjoined (circuit split)": _("enjoined (circuit split)"),
    "upheld on appeal": _("upheld on appeal"),
    "withdrawn": _("withdrawn"),
    "withdrawn for review": _("withdrawn for review"),
    "suspended": _("suspended"),
    "revoked": _("revoked"),
    "rescinded": _("rescinded"),
    "published": _("published"),
    "challenged": _("challenged"),
    "in effect": _("in effect"),
}

# Field names a record lists as in doubt (`unverified_fields`).
FIELD_LABELS: dict[str, Promise] = {
    "date": _("date"),
    "deadline": _("deadline"),
    "citation": _("citation"),
    "docket": _("docket number"),
    "filed": _("filing date"),
    "court": _("court"),
    "court_name": _("court"),
    "judge": _("judge"),
    "status": _("status"),
    "outcome": _("outcome"),
    "actor": _("issued by"),
    "signed_by": _("signed by"),
    "title": _("title"),
    "targets": _("targets"),
    "kind": _("kind"),
    "adopted": _("adoption date"),
    "effective": _("effective date"),
    "speaker": _("speaker"),
    "media_contact": _("media contact"),
    "appeal_no": _("appeal number"),
}


def choice_label(record: Any, field: str) -> str:
    """A choice field's label in the current language; an unlisted value falls back to the model's."""
    value = getattr(record, field)
    label = CHOICE_LABELS.get((record._meta.label, field), {}).get(value)
    if label is not None:
        return str(label)
    return str(getattr(record, f"get_{field}_display")())


def translated_choices(model: Any, field: str) -> list[tuple[str, str]]:
    """A model field's (value, label) choices with the labels in the current language."""
    labels = CHOICE_LABELS.get((model._meta.label, field), {})
    return [(value, str(labels.get(value, label))) for value, label in model._meta.get_field(field).choices]


def status_label(status: str | None) -> str:
    if not status:
        return ""
    label = STATUS_LABELS.get(status.strip().rstrip(".").lower())
    return str(label) if label is not None else status


def field_label(name: str) -> str:
    label = FIELD_LABELS.get(name)
    return str(label) if label is not None else name.replace("_", " ")


def format_partial_date(value: dt.date | None, precision: str | None) -> str:
    """A stored date to the precision its source gives, in the reader's language:
    "24 January 2018" / "24 de enero de 2018", "April 2018" / "abril de 2018", "2018"."""
    if value is None:
        return ""
    if precision == YEAR:
        return str(value.year)
    month = str(MONTHS[value.month])
    if precision == MONTH:
        # Translators: a month and year, e.g. "April 2018".
        return gettext("%(month)s %(year)s") % {"month": month, "year": value.year}
    # Translators: a full date, e.g. "24 January 2018".
    return gettext("%(day)s %(month)s %(year)s") % {"day": value.day, "month": month, "year": value.year}

"""Template helpers for the public pages: partial dates, vocabulary labels, safe outbound links, source labels."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from django import template

from entanglement.web import vocabulary

register = template.Library()


@register.simple_tag
def partial_date(record: Any, field: str) -> str:
    """A stored date shown only to the precision the source gives ("April 2018", not "1 April 2018")."""
    return vocabulary.format_partial_date(
        getattr(record, field), getattr(record, f"{field}_precision", "day") or "day"
    )


@register.simple_tag
def choice(record: Any, field: str) -> str:
    """A fixed-vocabulary value (a level, a kind, a role) in the reader's language."""
    return vocabulary.choice_label(record, field)


@register.filter
def status_label(status: str | None) -> str:
    """A bare status term in the reader's language; a curated status sentence as written."""
    return vocabulary.status_label(status)


@register.filter
def field_labels(names: list[str] | None) -> list[str]:
    """The fields a record lists as in doubt, named in the reader's language."""
    return [vocabulary.field_label(name) for name in names or []]


@register.filter
def safe_href(url: str | None) -> str:
    """Only http(s) addresses become links: a stored `javascript:` URL must never be clickable."""
    if url and urlsplit(url).scheme.lower() in {"http", "https"}:
        return url
    return ""


@register.filter
def source_label(source: Any) -> str:
    """A source's title, or the site it is on when it has none."""
    if getattr(source, "title", ""):
        return str(source.title)
    url = getattr(source, "url", "") or ""
    if not url:
        return str(source)
    parts = urlsplit(url)
    label = parts.netloc.removeprefix("www.") + parts.path.rstrip("/")
    return label if len(label) <= 70 else label[:69] + "…"


@register.filter
def category_labels(codes: list[str] | None) -> list[str]:
    """Taxonomy codes as their labels in the current language (an unknown code is shown as is)."""
    from django.utils.translation import get_language

    from entanglement.core.taxonomy import CATEGORIES

    language = (get_language() or "en").split("-")[0]
    return [CATEGORIES[code].label(language) if code in CATEGORIES else code for code in codes or []]

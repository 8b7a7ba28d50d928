"""The public site in Spanish: pages by Accept-Language and by the switcher, vocabularies, dates."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.test import Client
from django.utils import translation

from entanglement.tracker.dates import MONTH
from entanglement.tracker.models import CaseParty, FederalAction, Jurisdiction, Policy, Ruling
from entanglement.web.vocabulary import (
    CHOICE_LABELS,
    STATUS_LABELS,
    field_label,
    format_partial_date,
    status_label,
)

from .factories import (
    CaseFactory,
    CountyFactory,
    FederalActionFactory,
    PartyFactory,
    PolicyFactory,
    RulingFactory,
    StateFactory,
    StatementFactory,
    TargetFactory,
)

pytestmark = pytest.mark.django_db

# English interface labels that a Spanish page must not show (as whole words, in visible text).
ENGLISH_LABELS = [
    "Federal actions",
    "Jurisdictions",
    "Cases",
    "Policies",
    "Statements",
    "Skip to content",
    "Sources",
    "Deadline",
    "Status",
    "Kind",
    "Targets",
    "Level",
    "Census name",
    "Latest events",
    "Search",
    "unverified",
    "Not found",
    "Home",
    "Date",
    "By",
    "Outcome",
    "Court",
    "Role",
    "grant condition",
    "letter",
    "plaintiff",
    "preliminary injunction",
    "county or equivalent",
    "ordinance",
    "limits entanglement",
    "January",
    "February",
    "Every fact on this site",
]


def visible_text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))


def english_left(page: str) -> list[str]:
    text = visible_text(page)
    return [label for label in ENGLISH_LABELS if re.search(rf"\b{re.escape(label)}\b", text)]


def get(client: Client, url: str, status: int = 200, **headers: str) -> str:
    response = client.get(url, **headers)  # type: ignore[arg-type]
    assert response.status_code == status, f"{url}: {response.status_code}"
    return response.content.decode()


@pytest.fixture
def records() -> None:
    state = StateFactory()
    county = CountyFactory(geoid="17031", name="Cook County", state=state)
    action = FederalActionFactory(
        slug="grant-terms",
        kind=FederalAction.Kind.GRANT_CONDITION,
        title="Byrne JAG award terms",
        date=dt.date(2018, 1, 24),
        deadline=dt.date(2018, 2, 23),
        status="dismissed",
        outcome="Terms struck down.",
        unverified=True,
        unverified_fields=["docket"],
    )
    TargetFactory(action=action, jurisdiction=county, name_in_source="Cook County, IL", position=0)
    case = CaseFactory(
        slug="cook-v-us",
        name="Cook v. Barr",
        docket="1:18-cv-1",
        filed=dt.date(2018, 2, 1),
        filed_precision="day",
    )
    PartyFactory(case=case, jurisdiction=county, role=CaseParty.Role.PLAINTIFF)
    RulingFactory(case=case, date=dt.date(2018, 7, 27), kind=Ruling.Kind.PRELIMINARY_INJUNCTION)
    PolicyFactory(jurisdiction=county, adopted=dt.date(2007, 4, 1), adopted_precision=MONTH)
    statement = StatementFactory(title="Cook responds")
    statement.jurisdictions.add(county)


PAGES = {
    "home": (
        "/",
        [
            "Acciones federales",
            "Últimos acontecimientos",
            "condición de subvención",
            "24 de enero de 2018",
            "fallo: medida cautelar preliminar",
            "Buscar",
        ],
    ),
    "jurisdiction": (
        "/j/17031/",
        [
            "Nivel",
            "condado o equivalente",
            "GEOID del Censo",
            "Fuentes:",
            "demandante",
            "Plazo",
            "23 de febrero de 2018",
            "abril de 2007",
            "ordenanza",
            "limita la colaboración",
            "sin verificar",
            "Último fallo:",
        ],
    ),
    "action": (
        "/actions/grant-terms/",
        [
            "Acción federal",
            "condición de subvención",
            "Fecha",
            "Plazo",
            "desestimada",
            "Resultado",
            "1 jurisdicción señalada",
            "En duda: número de expediente",
        ],
    ),
    "case": (
        "/cases/cook-v-us/",
        [
            "Caso judicial",
            "Número de expediente",
            "Fallos, en orden",
            "27 de julio de 2018",
            "medida cautelar preliminar",
        ],
    ),
    "not found": ("/no/such/page/", ["Página no encontrada", "Buscar jurisdicciones", "Inicio"]),
}


@pytest.mark.parametrize("name", list(PAGES))
def test_pages_in_spanish_by_accept_language(client: Client, records: None, name: str) -> None:
    url, spanish = PAGES[name]
    page = get(client, url, status=404 if name == "not found" else 200, HTTP_ACCEPT_LANGUAGE="es-US,es;q=0.9")
    assert '<html lang="es">' in page
    assert "Los resúmenes están en inglés." in page
    text = visible_text(page)
    assert [s for s in spanish if s not in text] == []
    assert english_left(page) == []


def test_curated_english_text_on_a_spanish_page_is_marked_as_english(client: Client, records: None) -> None:
    """Screen readers then read titles and outcomes with an English voice."""
    page = get(client, "/actions/grant-terms/", HTTP_ACCEPT_LANGUAGE="es")
    assert '<h1 lang="en">Byrne JAG award terms</h1>' in page
    assert '<dd lang="en">Terms struck down.</dd>' in page


def test_pages_in_english_by_default_show_no_spanish(client: Client, records: None) -> None:
    page = get(client, "/actions/grant-terms/")
    assert '<html lang="en">' in page
    assert "grant condition" in page and "24 January 2018" in page and "Los resúmenes" not in page
    assert "condición de subvención" not in page
    assert {"Federal actions", "Deadline", "grant condition", "January"} <= set(english_left(page))


def test_the_switcher_sets_the_language_with_a_csrf_checked_post_and_returns_to_the_page(
    records: None,
) -> None:
    client = Client(enforce_csrf_checks=True)
    page = get(client, "/j/17031/")
    form = re.search(
        r'<form class="language-switcher" action="([^"]+)" method="post">(.*?)</form>', page, re.S
    )
    assert form is not None and form.group(1) == "/i18n/setlang/"
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.group(2))
    assert token is not None
    assert 'name="next" value="/j/17031/"' in form.group(2)
    assert re.search(
        r'<button type="submit" name="language" value="es" lang="es">Español</button>', form.group(2)
    )

    assert client.post("/i18n/setlang/", {"language": "es", "next": "/j/17031/"}).status_code == 403
    response = client.post(
        "/i18n/setlang/", {"language": "es", "next": "/j/17031/", "csrfmiddlewaretoken": token.group(1)}
    )
    assert response.status_code == 302 and response["Location"] == "/j/17031/"

    for url in ("/j/17031/", "/actions/grant-terms/", "/"):
        spanish = get(client, url)
        assert '<html lang="es">' in spanish and english_left(spanish) == []
        # Each language is offered in its own name, whatever the page's language.
        assert 'value="en" lang="en">English</button>' in spanish
    assert "Página no encontrada" in get(client, "/no/such/page/", status=404)

    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', get(client, "/"))
    assert token is not None
    client.post("/i18n/setlang/", {"language": "en", "next": "/", "csrfmiddlewaretoken": token.group(1)})
    assert '<html lang="en">' in get(client, "/", HTTP_ACCEPT_LANGUAGE="es")


def test_the_switcher_refuses_to_redirect_off_site(client: Client) -> None:
    response = client.post("/i18n/setlang/", {"language": "es", "next": "https://evil.example/"})
    assert response.status_code == 302 and response["Location"] == "/"


def test_the_search_form_offers_levels_and_prompts_in_spanish(client: Client, records: None) -> None:
    page = get(client, "/j/?level=county", HTTP_ACCEPT_LANGUAGE="es")
    assert '<option value="county" selected>condado o equivalente</option>' in page
    assert "cualquier nivel" in page and "Nombre o GEOID" in page
    assert english_left(page) == []


# The tracker's fields whose values come from a fixed vocabulary and appear on public pages.
VOCABULARY_FIELDS = [
    (Jurisdiction, "level"),
    (Policy, "kind"),
    (Policy, "stance"),
    (FederalAction, "kind"),
    (CaseParty, "role"),
    (Ruling, "kind"),
]


@pytest.mark.parametrize(("model", "field"), VOCABULARY_FIELDS, ids=lambda v: getattr(v, "__name__", v))
def test_every_vocabulary_value_has_a_spanish_label(model: type, field: str) -> None:
    values = [value for value, _ in model._meta.get_field(field).choices]  # type: ignore[attr-defined]
    labels = CHOICE_LABELS[(model._meta.label, field)]  # type: ignore[attr-defined]
    assert sorted(labels) == sorted(values), "a new choice needs a label in web/vocabulary.py"
    for value in values:
        with translation.override("en"):
            english = str(labels[value])
        with translation.override("es"):
            spanish = str(labels[value])
        assert spanish and spanish != english, f"{model.__name__}.{field}={value} is not translated"


def test_bare_statuses_are_translated_and_curated_sentences_are_kept() -> None:
    with translation.override("es"):
        assert status_label("dismissed") == "desestimada"
        assert status_label("Decided.") == "con fallo"
        assert status_label("Pending; no ruling found.") == "Pending; no ruling found."
        assert status_label("") == ""
        assert field_label("docket") == "número de expediente"
        assert all(str(label) != key for key, label in STATUS_LABELS.items())


@pytest.mark.parametrize(
    ("language", "precision", "expected"),
    [
        ("en", "day", "24 January 2018"),
        ("en", "month", "April 2018"),
        ("en", "year", "2018"),
        ("es", "day", "24 de enero de 2018"),
        ("es", "month", "abril de 2018"),
        ("es", "year", "2018"),
    ],
)
def test_partial_dates_follow_the_language(language: str, precision: str, expected: str) -> None:
    day = dt.date(2018, 1, 24) if precision == "day" else dt.date(2018, 4, 1)
    with translation.override(language):
        assert format_partial_date(day, precision) == expected


def test_server_error_page_follows_the_language() -> None:
    from django.template.loader import render_to_string

    with translation.override("es"):
        page = render_to_string("500.html")
    assert '<html lang="es">' in page and "Error del servidor" in page and "Server error" not in page

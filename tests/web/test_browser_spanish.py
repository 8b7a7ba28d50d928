"""End to end in Debian's Chromium: the language switcher is a plain form that works without script."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from .factories import CountyFactory, FederalActionFactory, TargetFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_switching_to_spanish_and_back_keeps_the_page(page: Any, live_server: Any) -> None:
    county = CountyFactory(geoid="17031", name="Cook County")
    action = FederalActionFactory(slug="letters", title="Letters", deadline=dt.date(2018, 2, 23))
    TargetFactory(action=action, jurisdiction=county)
    console_errors: list[str] = []
    page.on("console", lambda message: message.type == "error" and console_errors.append(message.text))
    page.context.set_extra_http_headers({"Accept-Language": "en"})

    page.goto(f"{live_server.url}/j/17031/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert "23 February 2018" in page.locator("main").inner_text()

    page.get_by_role("button", name="Español").click()
    page.wait_for_url(f"{live_server.url}/j/17031/")
    assert page.locator("html").get_attribute("lang") == "es"
    assert "Acciones federales dirigidas a esta jurisdicción" in page.locator("h2").all_inner_texts()
    assert "23 de febrero de 2018" in page.locator("main").inner_text()
    assert page.get_by_text("Los resúmenes están en inglés.").count() == 1
    assert page.get_by_role("button", name="Español").is_disabled()
    # The switcher is styled by our stylesheet, which the Content-Security-Policy allowed.
    border = page.evaluate(
        "getComputedStyle(document.querySelector('.language-switcher button')).borderStyle"
    )
    assert border == "solid"

    page.get_by_role("link", name="Acciones federales", exact=True).click()
    assert page.locator("h1").inner_text() == "Acciones federales"

    page.get_by_role("button", name="English").click()
    page.wait_for_url(f"{live_server.url}/actions/")
    assert page.locator("h1").inner_text() == "Federal actions"
    assert console_errors == []

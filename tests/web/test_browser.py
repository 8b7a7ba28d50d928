"""End to end in Debian's Chromium: the 24 January 2018 letters, their 23 targets, one target's page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import entanglement
from entanglement.tracker.registry import load_us_registry
from entanglement.tracker.seed_loader import load_seed

LETTERS = "doj-2018-01-24-letters-23"

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def seeded_targets() -> list[str]:
    records = yaml.safe_load((Path(entanglement.__file__).parent / "seed" / "federal_actions.yaml").read_text())
    return [t["geoid"] for t in next(r for r in records if r["id"] == LETTERS)["targets"]]


def test_action_page_shows_23_targets_and_leads_to_a_jurisdiction_page(page: Any, live_server: Any) -> None:
    load_seed()
    console_errors: list[str] = []
    page.on("console", lambda message: message.type == "error" and console_errors.append(message.text))

    page.goto(f"{live_server.url}/actions/{LETTERS}/")

    assert "23 jurisdictions" in page.locator("h1").inner_text()
    rows = page.locator("table.targets tbody tr")
    assert rows.count() == 23
    links = page.locator("table.targets tbody tr td:nth-child(2) a")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert hrefs == [f"/j/{geoid}/" for geoid in seeded_targets()]
    assert page.get_by_text("23 February 2018").count() >= 1
    # Our stylesheet loaded and was allowed by the Content-Security-Policy.
    header_colour = page.evaluate("getComputedStyle(document.querySelector('.site-header')).backgroundColor")
    assert header_colour == "rgb(27, 31, 36)"

    chosen = links.nth(4)
    name = chosen.inner_text()
    geoid = hrefs[4]
    chosen.click()

    page.wait_for_url(f"{live_server.url}{geoid}")
    assert name.split(",")[0] in page.locator("h1").inner_text()
    back = page.locator(f'section[aria-labelledby="actions-heading"] a[href="/actions/{LETTERS}/"]')
    assert back.count() == 1
    assert "23 February 2018" in page.locator('section[aria-labelledby="actions-heading"]').inner_text()
    assert console_errors == []


def test_search_form_finds_a_jurisdiction_by_geoid(page: Any, live_server: Any) -> None:
    load_us_registry()
    page.goto(f"{live_server.url}/")
    page.get_by_label("Find a jurisdiction by name or GEOID").fill("17031")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/j/?q=17031")
    page.locator('a[href="/j/17031/"]').click()
    page.wait_for_url("**/j/17031/")
    assert "Cook County" in page.locator("h1").inner_text()

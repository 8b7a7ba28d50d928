"""The taxonomy: the twelve scored categories, each fully described in both languages."""

from __future__ import annotations

import dataclasses

import pytest

from entanglement.core.taxonomy import CATEGORIES, CATEGORY_CODES, Category, get_category

# The codes of eval/SPEC.md; the gold corpus and the site depend on these exact strings.
SPEC_CODES = [
    "detainer_limits",
    "notification_limits",
    "ice_access_limits",
    "status_inquiry_limits",
    "status_sharing_limits",
    "personal_info_sharing_limits",
    "resource_limits",
    "no_287g",
    "sensitive_locations",
    "transparency",
    "compliance_savings_clause",
    "cooperation_mandate",
]


def test_codes_are_exactly_the_spec_codes_in_order() -> None:
    assert list(CATEGORY_CODES) == SPEC_CODES
    assert list(CATEGORIES) == SPEC_CODES


@pytest.mark.parametrize("code", SPEC_CODES)
def test_each_category_is_described(code: str) -> None:
    category = CATEGORIES[code]
    assert category.code == code
    for text in (category.label_en, category.label_es):
        assert text.strip() and len(text) < 90
    for text in (category.definition_en, category.definition_es):
        assert len(text.split()) >= 20, "a definition is a paragraph, not a phrase"
        assert text.rstrip().endswith(".")
    assert category.definition_en != category.definition_es
    assert category.label("es") == category.label_es
    assert category.definition("en") == category.definition_en


def test_directions() -> None:
    assert {c.direction for c in CATEGORIES.values()} == {"limits", "mandates"}
    assert [c.code for c in CATEGORIES.values() if c.direction == "mandates"] == ["cooperation_mandate"]


def test_categories_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        CATEGORIES["no_287g"].label_en = "changed"  # type: ignore[misc]


def test_get_category_names_the_valid_codes() -> None:
    assert isinstance(get_category("transparency"), Category)
    with pytest.raises(KeyError, match="detainer_limits"):
        get_category("sanctuary")


def test_to_dict_round_trip() -> None:
    row = CATEGORIES["detainer_limits"].to_dict()
    assert Category(**row) == CATEGORIES["detainer_limits"]

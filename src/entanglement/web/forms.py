"""The jurisdiction search form: free text (name or GEOID), level, state."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from entanglement.tracker.models import Jurisdiction

from .vocabulary import translated_choices


class JurisdictionSearchForm(forms.Form):
    q = forms.CharField(
        label=_("Name or GEOID"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": _("e.g. Chicago or 17031")}),
    )
    level = forms.ChoiceField(label=_("Level"), required=False)
    state = forms.ChoiceField(label=_("State"), required=False)

    def __init__(self, *args: Any, states: QuerySet[Jurisdiction], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        level, state = self.fields["level"], self.fields["state"]
        assert isinstance(level, forms.ChoiceField) and isinstance(state, forms.ChoiceField)
        level.choices = [("", _("any level")), *translated_choices(Jurisdiction, "level")]
        state.choices = [("", _("any state")), *((s.geoid, s.name) for s in states)]

"""Forms of the review queue: the filters, one decision, and a bulk decision."""

from __future__ import annotations

import json
from typing import Any

from django import forms

from entanglement.tracker import models as m


class FilterForm(forms.Form):
    status = forms.ChoiceField(
        choices=[("", "any status"), *m.Proposal.Status.choices], required=False, initial="pending"
    )
    kind = forms.ChoiceField(choices=[("", "any kind"), *m.Proposal.Kind.choices], required=False)
    jurisdiction = forms.CharField(required=False, max_length=200, help_text="GEOID or name")
    min_confidence = forms.FloatField(required=False, min_value=0, max_value=1, label="Confidence at least")


class DecisionForm(forms.Form):
    action = forms.ChoiceField(choices=[("accept", "accept"), ("reject", "reject")])
    reason = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)
    payload = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 14, "spellcheck": "false"}),
        help_text="what will be recorded (JSON): edit it, then accept",
    )

    def clean_payload(self) -> dict[str, Any] | None:
        raw = self.cleaned_data["payload"].strip()
        if not raw:
            return None
        try:
            value = json.loads(raw)
        except json.JSONDecodeError as e:
            raise forms.ValidationError(f"not valid JSON: {e}") from e
        if not isinstance(value, dict):
            raise forms.ValidationError("the proposal must be a JSON object")
        return value


class BulkForm(forms.Form):
    action = forms.ChoiceField(choices=[("accept", "accept"), ("reject", "reject")])
    reason = forms.CharField(required=False, max_length=2000)
    ids = forms.TypedMultipleChoiceField(coerce=int, choices=[])

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Any id is a valid choice here; the view only decides proposals that exist and are pending.
        data = self.data.getlist("ids") if hasattr(self.data, "getlist") else []
        ids = self.fields["ids"]
        assert isinstance(ids, forms.ChoiceField)
        ids.choices = [(v, v) for v in data if str(v).isdigit()]


class UploadForm(forms.Form):
    file = forms.FileField(required=False, help_text="a text, HTML or PDF file")
    url = forms.URLField(required=False, max_length=2000, assume_scheme="https", label="or a URL")

    def clean(self) -> dict[str, Any] | None:
        data = super().clean()
        if data is not None and bool(data.get("file")) == bool(data.get("url")):
            raise forms.ValidationError("Give either a file or a URL.")
        return data

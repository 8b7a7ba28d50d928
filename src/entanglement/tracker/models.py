"""The records (DESIGN "The records"): jurisdictions, sources, and the facts that cite them.

Every fact-bearing record links to at least one Source (the seed loader refuses a record without
one, and editors see the rule in the admin); records that the curated data could not confirm carry
`unverified` with a note saying what is in doubt. Every change is kept by django-simple-history,
with the user and the reason (`_change_reason`) of each save.

Dates the sources give only to the month or year are stored as their first day plus a precision
(see tracker/dates.py); ordering constraints apply only where both dates are exact days.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords

from .dates import DAY, PRECISION_CHOICES, format_partial_date

SLUG_MAX = 120


def _geoid_pattern() -> Q:
    return Q(geoid__regex=r"^([0-9]{2}|[0-9]{5}|[0-9]{7}|[0-9]{10})$")


def _exact_order(earlier: str, later: str) -> Q:
    """`later` is on or after `earlier` whenever both are known to the day."""
    return (
        Q(**{f"{earlier}__isnull": True})
        | Q(**{f"{later}__isnull": True})
        | ~Q(**{f"{earlier}_precision": DAY})
        | ~Q(**{f"{later}_precision": DAY})
        | Q(**{f"{later}__gte": F(earlier)})
    )


def _precision_field(*, blank: bool = False) -> models.CharField[Any, Any]:
    return models.CharField(
        max_length=5, choices=PRECISION_CHOICES, default=DAY if not blank else "", blank=blank
    )


class Source(models.Model):
    """A document we hold (text, sha256, media type) or a curated citation (a URL we cite)."""

    class Kind(models.TextChoices):
        DOCUMENT = "document", "document"
        CURATED_CITATION = "curated_citation", "curated citation"

    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.CURATED_CITATION)
    url = models.URLField(max_length=2000, blank=True)
    title = models.CharField(max_length=500, blank=True)
    publisher = models.CharField(max_length=300, blank=True)
    retrieved_at = models.DateTimeField(null=True, blank=True)
    sha256 = models.CharField(max_length=64, blank=True)
    media_type = models.CharField(max_length=100, blank=True)
    text = models.TextField(blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["url", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["url"], condition=Q(kind="curated_citation"), name="source_citation_url_unique"
            ),
            models.UniqueConstraint(fields=["sha256"], condition=~Q(sha256=""), name="source_sha256_unique"),
            models.CheckConstraint(
                condition=Q(sha256="") | Q(sha256__regex=r"^[0-9a-f]{64}$"), name="source_sha256_hex"
            ),
            models.CheckConstraint(condition=~Q(url="") | ~Q(sha256=""), name="source_has_url_or_content"),
        ]

    def __str__(self) -> str:
        return self.title or self.url or f"document {self.sha256[:12]}"


class Passage(models.Model):
    """A span [start, end) of a source's text: the exact words a fact was read from."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="passages")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.TextField()

    history = HistoricalRecords()

    class Meta:
        ordering = ["source_id", "start"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gte=F("start")), name="passage_span_order"),
            models.UniqueConstraint(fields=["source", "start", "end"], name="passage_span_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.source} [{self.start}:{self.end}]"

    def clean(self) -> None:
        if self.source_id and self.source.text and self.source.text[self.start : self.end] != self.text:
            raise ValidationError({"text": "the passage text differs from the source text at this span"})


class Jurisdiction(models.Model):
    """A state (or D.C., or territory), county or equivalent, place, or county subdivision.

    The key is the Census GEOID. A consolidated city-county is two records (place and county) that
    point at each other through `consolidated_with`: lists that name both count one government.
    """

    class Level(models.TextChoices):
        STATE = "state", "state, D.C. or territory"
        COUNTY = "county", "county or equivalent"
        PLACE = "place", "place"
        COUSUB = "cousub", "county subdivision"

    class Origin(models.TextChoices):
        REGISTRY = "registry", "registry (PyPI package us)"
        SEED = "seed", "curated seed data"
        GAZETTEER = "gazetteer", "loaded place list"

    LEVEL_BY_LENGTH = {2: Level.STATE, 5: Level.COUNTY, 7: Level.PLACE, 10: Level.COUSUB}

    geoid = models.CharField(max_length=10, unique=True)
    level = models.CharField(max_length=6, choices=Level.choices)
    name = models.CharField(max_length=200)
    census_name = models.CharField(max_length=200, blank=True)
    usps = models.CharField(max_length=2, blank=True, help_text="postal code of the state it is in")
    state = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to={"level": "state"},
    )
    ocd_id = models.CharField(max_length=300, blank=True, db_index=True, verbose_name="OCD division id")
    consolidated_with = models.OneToOneField(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="the other record of a consolidated city-county: both point at each other",
    )
    is_territory = models.BooleanField(default=False)
    notes = models.TextField(blank=True)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.REGISTRY)
    registry_source = models.ForeignKey(
        Source,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="where this registry entry comes from (package, place list)",
    )
    sources = models.ManyToManyField(Source, blank=True, related_name="jurisdictions")

    history = HistoricalRecords(m2m_fields=["sources"])

    class Meta:
        ordering = ["geoid"]
        constraints = [
            models.CheckConstraint(condition=_geoid_pattern(), name="jurisdiction_geoid_digits"),
            models.CheckConstraint(
                condition=(
                    (Q(level="state") & Q(geoid__regex=r"^[0-9]{2}$"))
                    | (Q(level="county") & Q(geoid__regex=r"^[0-9]{5}$"))
                    | (Q(level="place") & Q(geoid__regex=r"^[0-9]{7}$"))
                    | (Q(level="cousub") & Q(geoid__regex=r"^[0-9]{10}$"))
                ),
                name="jurisdiction_level_matches_geoid",
            ),
            models.CheckConstraint(
                condition=Q(consolidated_with__isnull=True) | ~Q(consolidated_with=F("id")),
                name="jurisdiction_not_consolidated_with_itself",
            ),
        ]

    def __str__(self) -> str:
        if self.level == self.Level.STATE or not self.usps:
            return self.name
        return f"{self.name}, {self.usps}"

    @property
    def government_geoids(self) -> tuple[str, ...]:
        """Every GEOID of the same government (one, or two for a consolidated city-county)."""
        if self.consolidated_with_id is None:
            return (self.geoid,)
        return tuple(sorted((self.geoid, self.consolidated_with.geoid)))  # type: ignore[union-attr]

    @property
    def government_key(self) -> str:
        """One key per government: count distinct keys, not records, to avoid double counting."""
        return self.government_geoids[0]

    def clean(self) -> None:
        expected = self.LEVEL_BY_LENGTH.get(len(self.geoid or ""))
        if expected is None or not (self.geoid or "").isdigit():
            raise ValidationError({"geoid": "a GEOID is 2, 5, 7 or 10 digits"})
        if self.level != expected:
            raise ValidationError({"level": f"a {len(self.geoid)}-digit GEOID is a {expected}"})
        partner = self.consolidated_with
        if partner is not None:
            if partner.pk == self.pk:
                raise ValidationError({"consolidated_with": "a record cannot be consolidated with itself"})
            if partner.consolidated_with_id not in (None, self.pk):
                raise ValidationError({"consolidated_with": f"{partner} is already linked to another record"})


class Record(models.Model):
    """Fields every curated fact carries: a stable slug for URLs, and what is unverified."""

    slug = models.SlugField(max_length=SLUG_MAX, unique=True)
    unverified = models.BooleanField(default=False)
    unverified_note = models.TextField(blank=True)
    unverified_fields = models.JSONField(default=list, blank=True)
    notes = models.TextField(blank=True, help_text="editors' notes on sources and wording (not a fact)")

    class Meta:
        abstract = True


class Organization(models.Model):
    slug = models.SlugField(max_length=SLUG_MAX, unique=True)
    name = models.CharField(max_length=300, unique=True)
    url = models.URLField(max_length=2000, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Person(models.Model):
    slug = models.SlugField(max_length=SLUG_MAX, unique=True)
    name = models.CharField(max_length=200)
    organization = models.ForeignKey(Organization, null=True, blank=True, on_delete=models.SET_NULL)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self) -> str:
        return self.name


class Law(Record):
    """A federal statute, regulation or grant program (seed/laws.yaml)."""

    citation = models.CharField(max_length=200)
    name = models.CharField(max_length=500)
    enacted = models.TextField(blank=True)
    summary = models.TextField(blank=True)
    litigation_note = models.TextField(blank=True)
    sources = models.ManyToManyField(Source, related_name="laws")

    history = HistoricalRecords(m2m_fields=["sources"])

    class Meta:
        ordering = ["citation"]

    def __str__(self) -> str:
        return f"{self.citation} ({self.name})" if self.name else self.citation


class Policy(Record):
    """A state or local policy: ordinance, statute, executive order, directive, agreement, resolution."""

    class Kind(models.TextChoices):
        ORDINANCE = "ordinance"
        STATUTE = "statute"
        EXECUTIVE_ORDER = "executive_order", "executive order"
        DIRECTIVE = "directive"
        AGREEMENT = "agreement"
        RESOLUTION = "resolution"

    class Stance(models.TextChoices):
        LIMITS = "limits", "limits entanglement"
        MANDATES = "mandates", "mandates cooperation"

    jurisdiction = models.ForeignKey(Jurisdiction, on_delete=models.PROTECT, related_name="policies")
    name = models.CharField(max_length=500)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    stance = models.CharField(max_length=10, choices=Stance.choices)
    citation = models.CharField(max_length=300, blank=True)
    adopted = models.DateField(null=True, blank=True)
    adopted_precision = _precision_field(blank=True)
    effective = models.DateField(null=True, blank=True)
    effective_precision = _precision_field(blank=True)
    enjoined = models.DateField(null=True, blank=True)
    enjoined_precision = _precision_field(blank=True)
    repealed = models.DateField(null=True, blank=True)
    repealed_precision = _precision_field(blank=True)
    adopted_by = models.CharField(max_length=500, blank=True)
    summary = models.TextField(blank=True)
    categories = models.JSONField(
        default=list, blank=True, help_text="taxonomy codes the sources say it establishes"
    )
    related = models.TextField(blank=True)
    sources = models.ManyToManyField(Source, related_name="policies")

    history = HistoricalRecords(m2m_fields=["sources"])

    class Meta:
        ordering = ["jurisdiction__geoid", "adopted", "slug"]
        verbose_name_plural = "policies"
        constraints = [
            models.CheckConstraint(
                condition=_exact_order("adopted", "repealed"), name="policy_repealed_after_adopted"
            ),
            models.CheckConstraint(
                condition=_exact_order("adopted", "enjoined"), name="policy_enjoined_after_adopted"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def adopted_display(self) -> str:
        return format_partial_date(self.adopted, self.adopted_precision)

    def clean(self) -> None:
        from .validation import invalid_categories

        bad = invalid_categories(self.categories)
        if bad:
            raise ValidationError({"categories": f"unknown taxonomy codes: {', '.join(bad)}"})


class Provision(models.Model):
    """One provision of a policy, coded on the taxonomy and tied to its passage."""

    policy = models.ForeignKey(Policy, on_delete=models.CASCADE, related_name="provisions")
    position = models.PositiveIntegerField(default=0)
    number = models.CharField(max_length=50, blank=True, help_text='as printed: "Sec. 3(a)"')
    text = models.TextField()
    categories = models.JSONField(default=list, blank=True)
    passage = models.ForeignKey(Passage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    history = HistoricalRecords()

    class Meta:
        ordering = ["policy_id", "position"]
        constraints = [
            models.UniqueConstraint(fields=["policy", "position"], name="provision_position_unique")
        ]

    def __str__(self) -> str:
        return f"{self.policy} {self.number or self.position}"

    def clean(self) -> None:
        from .validation import invalid_categories

        bad = invalid_categories(self.categories)
        if bad:
            raise ValidationError({"categories": f"unknown taxonomy codes: {', '.join(bad)}"})


class FederalAction(Record):
    """A federal act against (or about) jurisdictions: a letter, an order, a list, a lawsuit..."""

    class Kind(models.TextChoices):
        EXECUTIVE_ORDER = "executive_order", "executive order"
        LETTER = "letter"
        LETTER_WITH_SUBPOENA_THREAT = "letter_with_subpoena_threat", "letter with subpoena threat"
        GRANT_CONDITION = "grant_condition", "grant condition"
        GUIDANCE_MEMORANDUM = "guidance_memorandum", "guidance memorandum"
        DESIGNATION_LIST = "designation_list", "designation list"
        LAWSUIT = "lawsuit"
        FUNDING_CUT = "funding_cut", "funding cut"
        OTHER = "other"

    kind = models.CharField(max_length=30, choices=Kind.choices)
    date = models.DateField()
    date_precision = _precision_field()
    actor = models.CharField(max_length=500)
    signed_by = models.CharField(max_length=500, blank=True)
    title = models.CharField(max_length=500)
    summary = models.TextField(blank=True)
    deadline = models.DateField(null=True, blank=True)
    deadline_precision = _precision_field(blank=True)
    status = models.CharField(max_length=100, blank=True)
    outcome = models.TextField(blank=True)
    targets_note = models.TextField(
        blank=True, help_text="who is targeted when the targets are not enumerated"
    )
    targets: models.ManyToManyField[Jurisdiction, FederalActionTarget] = models.ManyToManyField(
        Jurisdiction, through="FederalActionTarget", related_name="federal_actions"
    )
    related_actions = models.ManyToManyField(
        "self", symmetrical=False, blank=True, related_name="followed_by"
    )
    laws = models.ManyToManyField(Law, blank=True, related_name="federal_actions")
    sources = models.ManyToManyField(Source, related_name="federal_actions")

    history = HistoricalRecords(m2m_fields=["sources", "related_actions"])

    class Meta:
        ordering = ["-date", "slug"]
        constraints = [
            models.CheckConstraint(
                condition=_exact_order("date", "deadline"), name="federalaction_deadline_after_date"
            ),
            models.CheckConstraint(
                condition=Q(deadline__isnull=True) | ~Q(deadline_precision=""),
                name="federalaction_deadline_precision",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def date_display(self) -> str:
        return format_partial_date(self.date, self.date_precision)

    @property
    def deadline_display(self) -> str:
        return format_partial_date(self.deadline, self.deadline_precision)


class FederalActionTarget(models.Model):
    """A jurisdiction a federal action names, as the source names it, and what it was asked."""

    action = models.ForeignKey(FederalAction, on_delete=models.CASCADE, related_name="target_links")
    jurisdiction = models.ForeignKey(Jurisdiction, on_delete=models.PROTECT, related_name="targeted_by")
    name_in_source = models.CharField(max_length=500, blank=True)
    demand = models.TextField(blank=True)
    position = models.PositiveIntegerField(default=0)

    history = HistoricalRecords()

    class Meta:
        ordering = ["action_id", "position"]
        constraints = [
            models.UniqueConstraint(fields=["action", "jurisdiction"], name="federalactiontarget_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.action.slug} → {self.jurisdiction.geoid}"


class Case(Record):
    """A court case (court by courts-db id), its parties and the federal actions it concerns."""

    name = models.CharField(max_length=500)
    court_id = models.CharField(max_length=50, blank=True, help_text="courts-db id")
    court_name = models.CharField(max_length=200, blank=True)
    docket = models.CharField(max_length=100, blank=True)
    filed = models.DateField(null=True, blank=True)
    filed_precision = _precision_field(blank=True)
    judge = models.CharField(max_length=300, blank=True)
    subject = models.TextField(blank=True)
    status = models.CharField(max_length=300, blank=True)
    parties: models.ManyToManyField[Jurisdiction, CaseParty] = models.ManyToManyField(
        Jurisdiction, through="CaseParty", related_name="cases"
    )
    actions = models.ManyToManyField(FederalAction, blank=True, related_name="cases")
    sources = models.ManyToManyField(Source, related_name="cases")

    history = HistoricalRecords(m2m_fields=["sources", "actions"])

    class Meta:
        ordering = ["filed", "slug"]

    def __str__(self) -> str:
        return self.name

    @property
    def filed_display(self) -> str:
        return format_partial_date(self.filed, self.filed_precision)


class CaseParty(models.Model):
    class Role(models.TextChoices):
        PLAINTIFF = "plaintiff"
        DEFENDANT = "defendant"
        INTERVENOR = "intervenor"
        AMICUS = "amicus"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="party_links")
    jurisdiction = models.ForeignKey(Jurisdiction, on_delete=models.PROTECT, related_name="case_roles")
    role = models.CharField(max_length=12, choices=Role.choices)

    history = HistoricalRecords()

    class Meta:
        ordering = ["case_id", "role", "jurisdiction__geoid"]
        verbose_name_plural = "case parties"
        constraints = [
            models.UniqueConstraint(fields=["case", "jurisdiction", "role"], name="caseparty_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.jurisdiction} ({self.role})"


class Ruling(models.Model):
    """A decision in a case: date, kind, outcome, reporter citation."""

    class Kind(models.TextChoices):
        PRELIMINARY_INJUNCTION = "preliminary_injunction", "preliminary injunction"
        ORDER = "order"
        SUMMARY_JUDGMENT = "summary_judgment", "summary judgment"
        PERMANENT_INJUNCTION = "permanent_injunction", "permanent injunction"
        APPELLATE_DECISION = "appellate_decision", "appellate decision"
        CERTIORARI_DENIED = "certiorari_denied", "certiorari denied"
        DISMISSAL = "dismissal"
        MERITS_DECISION = "merits_decision", "merits decision"
        OTHER = "other"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="rulings")
    position = models.PositiveIntegerField(default=0)
    date = models.DateField()
    date_precision = _precision_field()
    kind = models.CharField(max_length=30, choices=Kind.choices)
    kind_detail = models.CharField(max_length=300, blank=True)
    court_name = models.CharField(max_length=200, blank=True)
    court_id = models.CharField(max_length=50, blank=True)
    outcome = models.TextField(blank=True)
    citation = models.CharField(max_length=200, blank=True)
    appeal_no = models.CharField(max_length=100, blank=True)
    unverified = models.BooleanField(default=False)
    unverified_note = models.TextField(blank=True)
    notes = models.TextField(blank=True)
    sources = models.ManyToManyField(Source, related_name="rulings")

    history = HistoricalRecords(m2m_fields=["sources"])

    class Meta:
        ordering = ["case_id", "date", "position"]
        constraints = [models.UniqueConstraint(fields=["case", "position"], name="ruling_position_unique")]

    def __str__(self) -> str:
        return f"{self.case}: {self.get_kind_display()} ({self.date_display})"

    @property
    def date_display(self) -> str:
        return format_partial_date(self.date, self.date_precision)


class Statement(Record):
    """A public statement by an organization, with its quotes and media contact."""

    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="statements")
    date = models.DateField()
    date_precision = _precision_field()
    title = models.CharField(max_length=500)
    summary = models.TextField(blank=True)
    media_contact = models.TextField(blank=True)
    jurisdictions = models.ManyToManyField(Jurisdiction, blank=True, related_name="statements")
    actions = models.ManyToManyField(FederalAction, blank=True, related_name="statements")
    sources = models.ManyToManyField(Source, related_name="statements")

    history = HistoricalRecords(m2m_fields=["sources", "jurisdictions", "actions"])

    class Meta:
        ordering = ["-date", "slug"]

    def __str__(self) -> str:
        return self.title

    @property
    def date_display(self) -> str:
        return format_partial_date(self.date, self.date_precision)


class Quote(models.Model):
    """A sentence attributed to a person in a statement, with the passage it is read from."""

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="quotes")
    position = models.PositiveIntegerField(default=0)
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="quotes")
    speaker_title = models.CharField(max_length=300, blank=True, help_text="the speaker's title when quoted")
    text = models.TextField()
    passage = models.ForeignKey(Passage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    history = HistoricalRecords()

    class Meta:
        ordering = ["statement_id", "position"]
        constraints = [
            models.UniqueConstraint(fields=["statement", "position"], name="quote_position_unique")
        ]

    def __str__(self) -> str:
        return f"{self.person}: {self.text[:60]}"


class Proposal(models.Model):
    """A fact the extraction core read in an ingested document, waiting for an editor's decision.

    Nothing a proposal says is public until an editor accepts it; accepting writes the record it
    describes (see tracker/review.py). `key` identifies what is proposed within its source, so the
    same document imported again proposes nothing twice.
    """

    class Kind(models.TextChoices):
        JURISDICTION_LINK = "jurisdiction_link", "link to a jurisdiction"
        STATEMENT = "statement"
        QUOTE = "quote"
        POLICY = "policy"
        PROVISION = "provision"
        ACTION_LINK = "action_link", "link to a federal action"
        CASE_LINK = "case_link", "link to a case"

    class Status(models.TextChoices):
        PENDING = "pending"
        ACCEPTED = "accepted"
        REJECTED = "rejected"

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="proposals")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    key = models.CharField(max_length=200, help_text="what is proposed, unique within its source and kind")
    payload = models.JSONField(default=dict, blank=True)
    evidence = models.ForeignKey(Passage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    confidence = models.FloatField()
    jurisdiction = models.ForeignKey(
        Jurisdiction,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
        help_text="the jurisdiction the proposal concerns, for filtering the queue",
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(
        "auth.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="decided_proposals"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    reason = models.TextField(blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["status", "-confidence", "id"]
        permissions = [("review_proposal", "Can accept or reject proposals in the review queue")]
        constraints = [
            models.UniqueConstraint(fields=["source", "kind", "key"], name="proposal_unique_per_source"),
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=1), name="proposal_confidence_range"
            ),
            models.CheckConstraint(
                condition=Q(status="pending") | Q(decided_at__isnull=False), name="proposal_decided_has_time"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.payload.get('label') or self.key}"

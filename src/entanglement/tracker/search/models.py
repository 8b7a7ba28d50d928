"""The search index: one row per searchable document or record, denormalised for the facets.

The full-text structures live beside this table and are created by migrations for the running
database only: an external-content FTS5 table (title, body, facet tokens) kept in step by triggers
and a narrow covering index for the facet columns on SQLite; a generated tsvector column and a
generated array of facet tokens, each with a GIN index, on PostgreSQL. Both follow every write to this table, so the
Python side only ever writes SearchEntry rows.
"""

from __future__ import annotations

from django.db import models


class SearchEntry(models.Model):
    kind = models.CharField(max_length=20)
    object_id = models.BigIntegerField()
    slug = models.CharField(max_length=200, blank=True)
    title = models.TextField()
    body = models.TextField(blank=True)
    url = models.CharField(max_length=2000, blank=True)
    date = models.DateField(null=True, blank=True)
    # Space-delimited with a leading and trailing space (" 06 0667000 "), so a facet is one LIKE
    # that both databases run the same way, without a join per facet.
    geoids = models.TextField(blank=True, default="")
    categories = models.TextField(blank=True, default="")
    # The facets as index tokens (facets.entry_tokens): the full-text engines match them with the words.
    facets = models.TextField(blank=True, default="")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "object_id"], name="searchentry_kind_object")]
        indexes = [models.Index(fields=["date"], name="searchentry_date")]

    def __str__(self) -> str:
        return f"{self.kind}:{self.object_id} {self.title[:60]}"

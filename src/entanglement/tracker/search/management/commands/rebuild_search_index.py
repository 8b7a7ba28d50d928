from typing import Any

from django.core.management.base import BaseCommand

from entanglement.tracker.search.documents import rebuild_index


class Command(BaseCommand):
    help = "Rebuild the full-text search index from every document and record (run after `entangle seed`)."

    def handle(self, *args: Any, **options: Any) -> None:
        count = rebuild_index()
        self.stdout.write(f"search index rebuilt: {count} entries")

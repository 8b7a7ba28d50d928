"""The review queue: editors accept, edit then accept, or reject the proposals ingest makes."""

"""The records: jurisdictions, sources, policies, federal actions, cases, statements, with history."""

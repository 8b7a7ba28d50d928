"""The public site: server-rendered pages with no external requests."""

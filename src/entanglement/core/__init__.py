"""The pure extraction core: typed, deterministic, and free of Django so it runs anywhere."""

"""SQLite as Django's backend, with writers queued instead of polling (see base.py)."""

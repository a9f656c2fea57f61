"""Django's SQLite backend, each statement's placeholders converted once (``base.py``)."""

#!/usr/bin/env bash
# Set up and run the whole test suite: lint, then every test on SQLite (browser tests in
# Debian's Chromium), then the same suite on PostgreSQL without the browser tests and the
# tests that touch no database (marked database_free: the crisis model's rebuild alone
# takes a minute and a half, and gives the same answer on either database).
set -euo pipefail
source "$(dirname "$0")/scripts/setup.sh" requirements-dev.txt
# poppler-utils: the report tests read the PDFs back (pdftotext, pdftoppm); wrk drives
# bench/load.py.
apt_install chromium postgresql poppler-utils wrk

.venv/bin/ruff check .
export WAGENMENNER_DATA="$(mktemp -d)"
trap 'rm -rf "$WAGENMENNER_DATA"' EXIT

echo "== SQLite"
.venv/bin/python -m pytest -q -n 2 "$@"

echo "== PostgreSQL"
pg_ctlcluster 15 main start 2>/dev/null || pg_ctlcluster 15 main status >/dev/null
runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'wagenmenner') THEN
    CREATE ROLE wagenmenner LOGIN PASSWORD 'wagenmenner' CREATEDB;
  END IF;
END $$;
SQL
# WAGENMENNER_TEST_PGDB lets several checkouts on one machine test side by side.
PGDB="${WAGENMENNER_TEST_PGDB:-wagenmenner}"
runuser -u postgres -- psql -qtAc "SELECT 1 FROM pg_database WHERE datname='$PGDB'" | grep -q 1 \
  || runuser -u postgres -- createdb -O wagenmenner "$PGDB"
DATABASE_URL="postgres://wagenmenner:wagenmenner@127.0.0.1:5432/$PGDB" \
  .venv/bin/python -m pytest -q -n 2 -m "not browser and not database_free" "$@"

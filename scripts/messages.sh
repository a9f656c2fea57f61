#!/usr/bin/env bash
# Refresh the message catalogues after changing texts: English msgids are copied into the
# English catalogue; the Dutch one keeps its translations and lists what is new or fuzzy.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python manage.py makemessages -l nl -l en --ignore=.venv --ignore=node_modules \
  --ignore=bench --no-obsolete --no-location -v0
msgen --no-wrap locale/en/LC_MESSAGES/django.po -o locale/en/LC_MESSAGES/django.po.tmp
mv locale/en/LC_MESSAGES/django.po.tmp locale/en/LC_MESSAGES/django.po
.venv/bin/python manage.py compilemessages -v0 --ignore=.venv
echo "nl untranslated or fuzzy: $(msgattrib --untranslated --only-fuzzy locale/nl/LC_MESSAGES/django.po 2>/dev/null | grep -c '^msgid' || true) / $(msgattrib --untranslated locale/nl/LC_MESSAGES/django.po | grep -c '^msgid' || true)"

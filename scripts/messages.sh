#!/usr/bin/env bash
# Refresh the message catalogues after changing texts: English msgids are copied into the
# English catalogue; the Dutch one keeps its translations and lists what is new or fuzzy.
set -euo pipefail
cd "$(dirname "$0")/.."
NL=locale/nl/LC_MESSAGES/django.po
EN=locale/en/LC_MESSAGES/django.po
.venv/bin/python manage.py makemessages -l nl -l en --ignore=.venv --ignore=node_modules \
  --ignore=bench --no-obsolete --no-location --no-wrap -v0
# English is the source language, so each English text is its own translation. msgmerge
# marks a changed text fuzzy and guesses its words from another text: those are emptied
# and filled again.
msgattrib --no-wrap --clear-fuzzy --empty --clear-previous "$EN" | msgen --no-wrap - -o "$EN.tmp"
mv "$EN.tmp" "$EN"
# Unwrapped and sorted by text, as scripts/po-merge writes them: after a merge this script
# then changes only the entries that changed, not the wrapping or order of all of them. No
# POT-Creation-Date: it would change on every run and conflict in every merge.
for po in "$NL" "$EN"; do
  msgcat --no-wrap --sort-output "$po" | grep -v '^"POT-Creation-Date: ' > "$po.tmp"
  mv "$po.tmp" "$po"
done
.venv/bin/python manage.py compilemessages -v0 --ignore=.venv

# What is left to translate: msgfmt counts untranslated and fuzzy entries (a fuzzy one is
# not used), without the header.
echo "nl: $(msgfmt --statistics -o /dev/null "$NL" 2>&1)"
for kind in --untranslated --only-fuzzy; do
  msgattrib "$kind" --no-wrap "$NL" | grep '^msgid ' | grep -vx 'msgid ""' \
    | sed "s/^/  to translate ($kind): /" || true
done

#!/usr/bin/env bash
# Set up and run Wagenmenner on this machine: SQLite in ./data, http://127.0.0.1:8000
#   bash run.sh            (asks whether to load the demo people the first time)
#   bash run.sh --demo     (loads them without asking)
set -euo pipefail
source "$(dirname "$0")/scripts/setup.sh" requirements.txt
.venv/bin/wagenmenner migrate -v0
if [ "${1:-}" = "--demo" ]; then
  .venv/bin/wagenmenner demo
elif [ -t 0 ] && [ "$(.venv/bin/wagenmenner shell -c 'from accounts.models import User; print(User.objects.count())')" = "0" ]; then
  read -r -p "Load the four demo people so every screen has something to show? [Y/n] " answer
  case "${answer:-y}" in [Yy]*) .venv/bin/wagenmenner demo ;; esac
fi
exec .venv/bin/wagenmenner serve

# Sourced by run.sh and test.sh: a virtualenv with the pinned dependencies, the system
# packages they need, and compiled translations. Safe to run again: it skips what is done.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-python3}"

apt_install() {
  # Install Debian packages when missing (these machines run as root; elsewhere use sudo).
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  local SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
}

# gettext compiles the translations; WeasyPrint (the PDF reports) draws with Pango and
# HarfBuzz, in the DejaVu fonts.
apt_install gettext libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 \
  libfontconfig1 fonts-dejavu-core

REQ="${1:-requirements.txt}"
STAMP=".venv/.installed-$(sha256sum "$REQ" requirements.txt pyproject.toml | sha256sum | cut -c1-16)"
if [ ! -f "$STAMP" ]; then
  [ -d .venv ] || "$PY" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -r "$REQ"
  .venv/bin/python -m pip install -q --no-deps -e .
  rm -f .venv/.installed-*; touch "$STAMP"
fi
.venv/bin/python manage.py compilemessages -v0 --ignore=.venv
# Bytecode for the app's own modules, as an installed package has it: `serve` then starts
# without compiling some 300 modules from source (a fifth of its start), also where
# PYTHONDONTWRITEBYTECODE is set. Only changed files are compiled again.
.venv/bin/python -m compileall -q -j0 -x '/(\.venv|node_modules|data|\.git)/' . >/dev/null

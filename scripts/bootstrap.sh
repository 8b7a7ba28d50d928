# Shared by scripts/run and scripts/test (sourced, not run): Debian packages and the virtual environment.
# Both scripts must work on a fresh Debian machine as root with nothing installed beforehand.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

say() { printf '\n==> %s\n' "$*"; }

# install_debian_packages PKG... — install what is missing (root), or say exactly what to install (others).
install_debian_packages() {
    (($# == 0)) && return 0
    if [[ $(id -u) -ne 0 ]]; then
        echo "Missing Debian packages. As root, run:" >&2
        echo "    apt-get update && apt-get install -y $*" >&2
        exit 1
    fi
    if [[ -z ${_APT_UPDATED:-} ]]; then
        say "apt-get update"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        _APT_UPDATED=1
    fi
    say "apt-get install -y $*"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

# Python 3.11+ with venv and ensurepip (Debian splits them into python3-venv).
missing_python_packages() {
    if ! command -v python3 >/dev/null 2>&1; then
        echo "python3 python3-venv"
    elif ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
        echo "python3-venv"
    fi
}

check_python_version() {
    if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
        echo "Python 3.11 or newer is needed; python3 is $(python3 --version 2>&1)." >&2
        exit 1
    fi
}

# The install is redone only when pyproject.toml or constraints.txt change (or the venv is new).
install_stamp() {
    cat "$ROOT/pyproject.toml" "$ROOT/constraints.txt" | sha256sum | cut -d' ' -f1
}

ensure_venv() {
    check_python_version
    if [[ ! -x $VENV/bin/python ]]; then
        say "creating $VENV"
        python3 -m venv "$VENV"
        "$VENV/bin/python" -m pip install --quiet --upgrade pip
    fi
    local stamp_file="$VENV/.entanglement-installed" stamp
    stamp="$(install_stamp)"
    if [[ ! -x $VENV/bin/entangle || $(cat "$stamp_file" 2>/dev/null) != "$stamp" ]]; then
        say "installing entanglement and its pinned dependencies"
        "$VENV/bin/python" -m pip install --quiet --upgrade pip
        (cd "$ROOT" && "$VENV/bin/python" -m pip install --quiet -c constraints.txt -e '.[dev]')
        echo "$stamp" >"$stamp_file"
    fi
}

#!/usr/bin/env bash
# Idempotent set-up for a fresh machine of this kind: Debian packages, .venv, pinned Python packages,
# the ledger schema and the Airflow metadata DB. A second run only checks and returns in a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(tesseract-ocr tesseract-ocr-osd tesseract-ocr-rus tesseract-ocr-kor tesseract-ocr-tha tesseract-ocr-chi-sim tesseract-ocr-chi-tra tesseract-ocr-eng tesseract-ocr-deu tesseract-ocr-tur tesseract-ocr-spa tesseract-ocr-ita tesseract-ocr-por tesseract-ocr-fra tesseract-ocr-pol tesseract-ocr-ces tesseract-ocr-hun tesseract-ocr-fin tesseract-ocr-ron tesseract-ocr-lit tesseract-ocr-nor tesseract-ocr-sqi tesseract-ocr-kat tesseract-ocr-swe tesseract-ocr-hye tesseract-ocr-afr tesseract-ocr-lav tesseract-ocr-est tesseract-ocr-hrv tesseract-ocr-mon tesseract-ocr-kir tesseract-ocr-bel poppler-utils
              fonts-wqy-zenhei fonts-dejavu-core
              dovecot-imapd dovecot-lmtpd openssh-server chromium chromium-driver)
missing=()
for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing Debian packages: ${missing[*]}"
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# This machine kind's pip configuration lists extra package folders that may be absent: keep their
# warnings out of the output, keep pip's exit status.
pip_install() { .venv/bin/python -m pip install -q "$@" 2> >(grep -v "^WARNING: Location" >&2); }

stamp=.venv/.installed-$(sha256sum requirements.lock pyproject.toml | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ]; then
    echo "setup: installing pinned Python packages into .venv"
    [ -x .venv/bin/python ] || python3 -m venv .venv
    pip_install "pip==26.3"
    pip_install -r requirements.lock
    PYTHONWARNINGS=ignore pip_install --no-deps -e .  # setuptools warns about editable installs at length
    rm -f .venv/.installed-*
    touch "$stamp"
fi

# The loops over a PDF page's characters and objects in C (ocr/native/): built again whenever its source is newer.
if [ ! -f ocr/native/pdfium_loops.so ] || [ ocr/native/pdfium_loops.c -nt ocr/native/pdfium_loops.so ]; then
    .venv/bin/python -m ocr.native
fi

.venv/bin/orderbridge init

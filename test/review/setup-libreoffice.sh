#!/usr/bin/env bash
# LibreOffice Writer (headless) and poppler-utils for the review-copy test (test/unit/review.libreoffice.test.ts):
# LibreOffice opens the review copy as a Word-compatible client and exports it to PDF with the comments in the
# margin; pdftotext reads that PDF back and pdftoppm makes the screenshot for docs/images/. Debian packages only,
# installed when missing (a second run takes milliseconds). Called from the test's before hook; also by hand:
#   bash test/review/setup-libreoffice.sh
set -euo pipefail
need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
# Fonts with the Latin glyphs of Dutch texts (é, ë, €) for a readable screenshot.
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "setup-libreoffice: ${need[*]} missing and not root; install them with apt-get" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
command -v soffice >/dev/null && command -v pdftotext >/dev/null

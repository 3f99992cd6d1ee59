#!/usr/bin/env bash
# LibreOffice Writer and poppler-utils for the review-copy test (test/unit/review.libreoffice.test.ts): LibreOffice
# opens the review copy as a Word-compatible client and exports it to PDF with the comments in the margin
# (ExportNotesInMargin); pdftotext reads the PDF back and pdftoppm makes the screenshot in docs/images/.
#
# Comments in the margin need LibreOffice 7.5 or later with the regular core: the "-nogui" core fails that export
# ("SfxBaseModel::impl_store … failed: 0xc10") as soon as the document has a comment, and Debian 12 ships 7.4. On
# Debian 12 the script therefore installs libreoffice-writer from Debian's bookworm-backports (25.2); on newer
# Debian releases from the release itself. Debian packages only; nothing is done when the tools are there (a
# second run takes about a second). Called from the test's before hook; by hand: bash test/review/setup-libreoffice.sh
set -euo pipefail

lo_ok() {
  command -v soffice >/dev/null 2>&1 || return 1
  dpkg -s libreoffice-core >/dev/null 2>&1 || return 1          # the regular core, not libreoffice-core-nogui
  local v major minor
  v=$(soffice --version 2>/dev/null | awk '{print $2}')          # "LibreOffice 25.2.3.2 …"
  major=${v%%.*}; minor=${v#*.}; minor=${minor%%.*}
  [ -n "$major" ] && { [ "$major" -gt 7 ] || { [ "$major" -eq 7 ] && [ "$minor" -ge 5 ]; }; }
}

need=()
lo_ok || need+=(libreoffice-writer)
command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ]; then
  echo "setup-libreoffice: missing ${need[*]}; run this script as root (it uses apt-get)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
. /etc/os-release
target=()
if [ "${VERSION_CODENAME:-}" = bookworm ] && [[ " ${need[*]} " == *" libreoffice-writer "* ]]; then
  list=/etc/apt/sources.list.d/regiecheck-bookworm-backports.sources
  if ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    printf 'Types: deb\nURIs: http://deb.debian.org/debian\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' > "$list"
  fi
  target=(-t bookworm-backports)
fi
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${target[@]}" "${need[@]}" >/dev/null
lo_ok || { echo "setup-libreoffice: LibreOffice ≥ 7.5 (regular core) is still missing" >&2; exit 1; }
command -v pdftotext >/dev/null

#!/usr/bin/env bash
# Installs the system packages the app and its tests need on Debian/Ubuntu:
# Qt's runtime libraries, simplified-Chinese TrueType fonts (embeddable in PDF),
# LibreOffice (the .docx layout tests), poppler (PDF to PNG) and PostgreSQL (the tests start
# a throw-away cluster of their own on a free local port: tests/pg/conftest.py).
# Only what is missing is installed; on other systems it prints what to install.
set -euo pipefail

PKGS=(
  libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libglib2.0-0 libnss3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxrender1 libxi6
  fontconfig fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-wqy-zenhei
  libreoffice-writer-nogui poppler-utils python3-venv
  postgresql
)
if [ "${1:-}" = "--runtime" ]; then
  # running the app needs neither LibreOffice nor poppler
  PKGS=("${PKGS[@]/libreoffice-writer-nogui/}")
  PKGS=("${PKGS[@]/poppler-utils/}")
  PKGS=("${PKGS[@]/postgresql/}")
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "提示：这不是 Debian/Ubuntu 系统，请自行安装 Qt 6 运行库、中文 TrueType 字体和 LibreOffice。" >&2
  exit 0
fi

missing=()
for p in "${PKGS[@]}"; do
  [ -n "$p" ] || continue
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "缺少系统软件包：${missing[*]}。请以管理员身份安装后重试。" >&2; exit 1
  fi
fi
echo "安装系统软件包：${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

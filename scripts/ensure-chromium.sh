#!/usr/bin/env bash
# The browser tests drive the system's Chromium. Install Debian's package when it is missing and we
# may (root with apt-get); otherwise say exactly what to do, since a silent skip would hide the tests.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$browser" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "未找到 Chromium，正在安装 Debian 的 chromium 软件包（浏览器测试需要）…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  [ -x "$browser" ] && exit 0
fi
echo "浏览器测试需要 Chromium：请安装（Debian/Ubuntu：sudo apt-get install chromium），或用 CHROMIUM_PATH 指向已安装的 Chromium。" >&2
exit 1

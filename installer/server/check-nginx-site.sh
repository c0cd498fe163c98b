#!/usr/bin/env bash
# Asks nginx whether it accepts the district site: a private nginx.conf includes the site with a throwaway
# self-signed certificate in place of the real one. Exit 77 (skipped) when nginx or openssl is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
nginx=$(command -v nginx || ls /usr/sbin/nginx 2>/dev/null || true)
if [[ -z $nginx ]] || ! command -v openssl >/dev/null; then
    echo "nginx or openssl is not installed; skipped"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=district.example.cn" \
    -keyout "$work/district.key" -out "$work/district.crt" >/dev/null 2>&1
sed -e "s#/etc/ssl/onewindow/#$work/#" "$here/onewindow-district.nginx" >"$work/site.conf"
cat >"$work/nginx.conf" <<CONF
pid $work/nginx.pid;
error_log $work/error.log;
events {}
http {
    access_log off;
    include $work/site.conf;
}
CONF
"$nginx" -t -p "$work" -c "$work/nginx.conf"

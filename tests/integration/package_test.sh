#!/usr/bin/env bash
# Builds the .deb with CPack, checks its metadata and desktop files, unpacks it and runs both
# programs from the unpacked tree, as an installed counter would.
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$build"
cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/onewindow_*.deb)
info=$(dpkg-deb --info "$deb")
grep -q 'Package: onewindow' <<<"$info"
grep -q 'Depends:.*libqt6widgets6' <<<"$info" || { echo "no Qt Widgets dependency: $info"; exit 1; }
grep -q 'Depends:.*libsodium23' <<<"$info" || { echo "no libsodium dependency: $info"; exit 1; }
contents=$(dpkg-deb --contents "$deb")
for f in ./usr/bin/onewindow ./usr/bin/onewindow-cli ./usr/share/applications/cn.example.onewindow.desktop \
         ./usr/share/metainfo/cn.example.onewindow.metainfo.xml ./usr/share/icons/hicolor/scalable/apps/onewindow.svg; do
    grep -q " $f\$" <<<"$contents" || { echo "missing from the package: $f"; exit 1; }
done
dpkg-deb -x "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/cn.example.onewindow.desktop"
appstreamcli validate --no-net --pedantic "$work/root/usr/share/metainfo/cn.example.onewindow.metainfo.xml" >"$work/as.log" 2>&1 \
    || appstreamcli validate --no-net "$work/root/usr/share/metainfo/cn.example.onewindow.metainfo.xml"
# --version must answer without a display.
env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM= "$work/root/usr/bin/onewindow" --version | grep -q '^onewindow 0\.'
"$work/root/usr/bin/onewindow-cli" --version | grep -q '^onewindow-cli 0\.'
echo "package ok: $(basename "$deb")"

#!/bin/sh
# Build Plan for macOS: dist/Plan.app (the .plan document type declared in its Info.plist), its
# self-test, and the disk image dist/Plan-<version>.dmg to hand out.
#
#   sh packaging/macos/build.sh
#
# Needs Python 3.11 from python.org (the universal2 installer; the app is built for the Mac it is built on:
# build on Apple silicon for Apple silicon, on Intel for Intel) and the Xcode command-line tools
# (xcode-select --install). Environment: PYTHON (default python3.11), CODESIGN_IDENTITY (a "Developer ID
# Application: ..." certificate to sign with; unsigned builds open with right-click > Open the first time).
set -eu
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-python3.11}
VENV=.venv-macos # apart from a Linux .venv in the same checkout

if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r requirements-package.txt
for lang in sq sr sr_Cyrl; do
  "$VENV/bin/pybabel" -q compile -d i18n -D plan -l "$lang"
done

"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build \
  packaging/plan.spec

# The console twin inside the bundle runs the self-test (the windowed Plan has no terminal output).
dist/Plan.app/Contents/MacOS/plan-cli --self-test
echo "dist/Plan.app: $(du -sh dist/Plan.app | cut -f1) on disk"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" dist/Plan.app
  codesign --verify --deep --strict dist/Plan.app
  echo "signed with $CODESIGN_IDENTITY (notarize the .dmg with: xcrun notarytool submit ... --wait)"
fi

version=$("$VENV/bin/python" -c "from desktop import __version__; print(__version__)")
dmg=dist/Plan-$version.dmg
rm -f "$dmg"
staging=build/dmg
rm -rf "$staging"
mkdir -p "$staging"
cp -R dist/Plan.app "$staging/"
ln -s /Applications "$staging/Applications" # drag Plan onto it to install
hdiutil create -quiet -volname "Plan $version" -srcfolder "$staging" -ov -format UDZO "$dmg"
echo "disk image: $dmg ($(du -sh "$dmg" | cut -f1))"

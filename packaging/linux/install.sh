#!/bin/sh
# Install a built Plan for the current user, without root: the application folder, a menu entry, the
# icon, and the .plan document type (so double-clicking a plan opens it in Plan).
#
#   sh install.sh [BUILT_FOLDER]     install (BUILT_FOLDER: the folder holding the Plan executable;
#                                    default: the folder of this script, else dist/Plan of the repository)
#   sh install.sh --uninstall        remove what install.sh put there (never the plans or Plan's data)
#
# Where things go (XDG_DATA_HOME defaults to ~/.local/share):
#   the application    $PLAN_PREFIX (default ~/.local/opt/Plan), and ~/.local/bin/plan linking to it
#   menu entry         $XDG_DATA_HOME/applications/plan.desktop
#   document type      $XDG_DATA_HOME/mime/packages/plan-mime.xml (application/x-plan-document, *.plan)
#   icons              $XDG_DATA_HOME/icons/hicolor/scalable/{apps/plan.svg, mimetypes/application-x-plan-document.svg}
# update-mime-database, update-desktop-database, xdg-mime and gtk-update-icon-cache run when present.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=${PLAN_PREFIX:-$HOME/.local/opt/Plan}
bin_dir=$HOME/.local/bin
apps=$data_home/applications
mime=$data_home/mime
icons=$data_home/icons/hicolor

refresh() {
  if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$mime" >/dev/null 2>&1 || true; fi
  if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database "$apps" >/dev/null 2>&1 || true; fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icons/index.theme" ]; then
    gtk-update-icon-cache -q -t "$icons" >/dev/null 2>&1 || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$apps/plan.desktop" "$mime/packages/plan-mime.xml" "$icons/scalable/apps/plan.svg" \
    "$icons/scalable/mimetypes/application-x-plan-document.svg"
  if [ -L "$bin_dir/plan" ]; then rm -f "$bin_dir/plan"; fi
  defaults=${XDG_CONFIG_HOME:-$HOME/.config}/mimeapps.list # the default set by xdg-mime below
  if [ -f "$defaults" ]; then sed -i '/^application\/x-plan-document=plan\.desktop;*$/d' "$defaults"; fi
  if [ -x "$prefix/Plan" ] && [ -d "$prefix/_internal" ]; then rm -rf "$prefix"; fi
  refresh
  echo "Plan removed. Your plans and Plan's own data (${data_home}/plan) were left in place."
  exit 0
fi

# The built application: given, beside this script (a copy of dist/Plan), or the repository's dist/Plan.
if [ $# -ge 1 ]; then
  source_dir=$1
elif [ -x "$here/Plan" ]; then
  source_dir=$here
else
  source_dir=$here/../../dist/Plan
fi
if [ ! -x "$source_dir/Plan" ] || [ ! -d "$source_dir/_internal" ]; then
  echo "error: no built Plan in $source_dir (build it with: make package)" >&2
  exit 1
fi
source_dir=$(cd "$source_dir" && pwd)

# The desktop files: beside this script, or in the repository's packaging/linux.
meta=$here
[ -f "$meta/plan.desktop" ] || meta=$source_dir/../../packaging/linux
for f in plan.desktop plan-mime.xml; do
  [ -f "$meta/$f" ] || { echo "error: $f not found beside $0" >&2; exit 1; }
done
icon=$source_dir/_internal/resources/icons/plan.svg
[ -f "$icon" ] || { echo "error: the icon is missing from $source_dir" >&2; exit 1; }

if [ -e "$prefix" ] && [ "$(cd "$prefix" && pwd)" = "$source_dir" ]; then
  : # already where it belongs: register it in place
else
  if [ -e "$prefix" ]; then
    if [ -x "$prefix/Plan" ] && [ -d "$prefix/_internal" ]; then
      rm -rf "$prefix" # an earlier version
    elif [ -n "$(ls -A "$prefix")" ]; then
      echo "error: $prefix exists and is not a Plan installation; set PLAN_PREFIX to another folder" >&2
      exit 1
    else
      rmdir "$prefix"
    fi
  fi
  mkdir -p "$(dirname "$prefix")"
  cp -R "$source_dir" "$prefix"
fi
mkdir -p "$bin_dir" "$apps" "$mime/packages" "$icons/scalable/apps" "$icons/scalable/mimetypes"
ln -sf "$prefix/Plan" "$bin_dir/plan"
cp "$icon" "$icons/scalable/apps/plan.svg"
cp "$icon" "$icons/scalable/mimetypes/application-x-plan-document.svg"
cp "$meta/plan-mime.xml" "$mime/packages/plan-mime.xml"
# Exec and TryExec point at the installed executable: ~/.local/bin is not on every desktop's PATH.
# The path is quoted as the Desktop Entry specification asks (\\, ", ` and $ escaped).
exec_path=$(printf '%s' "$prefix/Plan" | sed 's/[\\"`$]/\\&/g')
EXEC_LINE="Exec=\"$exec_path\" %f" TRY_LINE="TryExec=$prefix/Plan" awk '
  /^# install.sh/ { next }
  /^Exec=/ { print ENVIRON["EXEC_LINE"]; next }
  /^TryExec=/ { print ENVIRON["TRY_LINE"]; next }
  { print }' "$meta/plan.desktop" >"$apps/plan.desktop"
chmod 644 "$apps/plan.desktop"
refresh
if command -v xdg-mime >/dev/null 2>&1; then
  xdg-mime default plan.desktop application/x-plan-document >/dev/null 2>&1 || true
fi
echo "Plan installed in $prefix; the menu entry and the .plan document type are registered."
echo "Start it from the menu, with: plan, or by opening a .plan file."

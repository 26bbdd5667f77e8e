# Build Plan for Windows: dist\Plan\ (Plan.exe, plan-cli.exe, _internal\), its self-test, and, when Inno
# Setup 6 is installed, the installer dist\Plan-<version>-setup.exe.
#
# Run from anywhere, in PowerShell (5.1 or 7), with Python 3.11 (64-bit) installed from python.org:
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Options: -Python "C:\Path\to\python.exe" (default: the `py -3.11` launcher), -SkipInstaller.
param(
    [string]$Python = "",
    [switch]$SkipInstaller
)
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

function Invoke-Checked([string]$What, [scriptblock]$Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

# 1. A virtual environment with the pinned run-time and packaging dependencies (.venv-windows, so that a
#    Linux .venv in the same checkout, e.g. under WSL, is left alone).
$Venv = Join-Path $Root ".venv-windows"
$VenvPython = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $VenvPython)) {
    if ($Python) { Invoke-Checked "creating the virtual environment" { & $Python -m venv $Venv } }
    else { Invoke-Checked "creating the virtual environment (py -3.11)" { py -3.11 -m venv $Venv } }
}
Invoke-Checked "installing the dependencies" {
    & $VenvPython -m pip install --quiet --disable-pip-version-check -r requirements-package.txt
}

# 2. The interface catalogues (.po -> .mo), as `make catalogues` does.
foreach ($Lang in @("sq", "sr", "sr_Cyrl")) {
    Invoke-Checked "compiling the $Lang catalogue" {
        & (Join-Path $Venv "Scripts\pybabel.exe") -q compile -d i18n -D plan -l $Lang
    }
}

# 3. The one-folder application.
Invoke-Checked "PyInstaller" {
    & $VenvPython -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build packaging\plan.spec
}

# 4. The self-test, through the console twin (Plan.exe is windowed and cannot print).
Invoke-Checked "the self-test" { & (Join-Path $Root "dist\Plan\plan-cli.exe") --self-test }
$Bytes = (Get-ChildItem -Recurse -File (Join-Path $Root "dist\Plan") | Measure-Object -Property Length -Sum).Sum
"dist\Plan: {0:N0} MB" -f ($Bytes / 1MB)

# 5. The installer (Inno Setup 6: https://jrsoftware.org/isinfo.php; `winget install JRSoftware.InnoSetup`).
if ($SkipInstaller) { return }
$Iscc = @(
    (Get-Command "iscc.exe" -ErrorAction SilentlyContinue | Select-Object -ExpandProperty Source),
    (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
    (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
    (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")
) | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
if (-not $Iscc) {
    Write-Warning "Inno Setup 6 not found: dist\Plan is built, the installer is not. Install Inno Setup and run again."
    return
}
$Version = (& $VenvPython -c "from desktop import __version__; print(__version__)").Trim()
Invoke-Checked "Inno Setup" { & $Iscc "/DAppVersion=$Version" "/DSourceDir=$Root\dist\Plan" "/O$Root\dist" packaging\windows\plan.iss }
"Installer: dist\Plan-$Version-setup.exe"

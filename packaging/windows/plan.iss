; Inno Setup 6 script for Plan: installs dist\Plan (built by packaging\windows\build.ps1, which also
; compiles this script), a Start menu entry, optionally a desktop icon, the .plan file association, and
; an uninstaller (Settings > Apps). Per-user by default (no administrator rights needed on the
; municipality's laptops); an administrator may choose "for all users" in the first dialog.
;
; By hand:  iscc /DAppVersion=0.1.0 /DSourceDir=C:\path\to\dist\Plan /OC:\path\to\dist packaging\windows\plan.iss

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir AddBackslash(SourcePath) + "..\..\dist\Plan"
#endif
#ifndef IconFile
  ; drawn from resources\icons\plan.svg by packaging\plan.spec into PyInstaller's work folder
  #define IconFile SourceDir + "\..\..\build\plan\icons\plan.ico"
#endif
#define AppName "Plan"
#define AppExe "Plan.exe"
#define ProgId "Plan.Document"

[Setup]
; The AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{6E3F2A4C-9B1D-4F0E-8C57-2D4A1B9E7F30}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Plan
AppComments=Municipal social-service strategies and action plans in Albanian, Serbian and English
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=Plan-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
#if FileExists(IconFile)
SetupIconFile={#IconFile}
#endif
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Albanian and Serbian (Latin, Cyrillic) messages are among Inno Setup's unofficial translations
; (https://jrsoftware.org/files/istrans/): copy Albanian.isl, SerbianLatin.isl and SerbianCyrillic.isl
; beside this script and the installer offers them.
#if FileExists(AddBackslash(SourcePath) + "Albanian.isl")
Name: "albanian"; MessagesFile: "Albanian.isl"
#endif
#if FileExists(AddBackslash(SourcePath) + "SerbianLatin.isl")
Name: "serbianlatin"; MessagesFile: "SerbianLatin.isl"
#endif
#if FileExists(AddBackslash(SourcePath) + "SerbianCyrillic.isl")
Name: "serbiancyrillic"; MessagesFile: "SerbianCyrillic.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Strategies and action plans"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The .plan document type: double-click opens it in Plan; "Open with" lists Plan. {autocr} is HKCU\Software\Classes
; for a per-user installation and HKLM for all users. uninsdeletevalue/-key remove only what is ours.
Root: HKA; Subkey: "Software\Classes\.plan"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.plan\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Plan document"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".plan"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The user's plans and Plan's data folder (%APPDATA%\Plan: settings, backups, translation memory) are
; not removed by the uninstaller: they are the user's work.

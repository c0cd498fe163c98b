; OneWindow installer for Windows counters (NSIS). Kept for the Windows build, not yet part of CI:
; build with the MSVC or MinGW Qt 6 kit, run windeployqt on the install tree, then makensis this file.
!define APPNAME "OneWindow"
!define VERSION "0.1.0"
!ifndef DEPLOYDIR
  !define DEPLOYDIR "deploy"
!endif

Name "${APPNAME} ${VERSION}"
OutFile "OneWindow-${VERSION}-setup.exe"
Unicode true
InstallDir "$PROGRAMFILES64\${APPNAME}"
RequestExecutionLevel admin

Page directory
Page instfiles
UninstPage uninstConfirm
UninstPage instfiles

Section "Install"
  SetOutPath "$INSTDIR"
  File /r "${DEPLOYDIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\onewindow.exe"
  CreateShortCut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\onewindow.exe"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPNAME}" "DisplayName" "${APPNAME}"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPNAME}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPNAME}" "UninstallString" "$INSTDIR\uninstall.exe"
SectionEnd

Section "Uninstall"
  ; The counter's data folder (%APPDATA%\OneWindow) is left in place: it holds cases not yet synced.
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  Delete "$DESKTOP\${APPNAME}.lnk"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPNAME}"
SectionEnd

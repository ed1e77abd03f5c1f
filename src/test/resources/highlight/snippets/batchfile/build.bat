@echo off
rem Build script
setlocal enabledelayedexpansion
set OUT=build
set /a COUNT=0
:: another comment
if not exist "%OUT%" mkdir "%OUT%"
for %%f in (*.c) do (
    echo Compiling %%f
    cl.exe /c %%f /Fo%OUT%\
    set /a COUNT+=1
)
if %ERRORLEVEL% neq 0 goto :error
echo Built !COUNT! files > %OUT%\log.txt
call :cleanup
exit /b 0

:error
echo Build failed 1>&2
exit /b 1

:cleanup
del /q *.obj 2>nul
goto :eof

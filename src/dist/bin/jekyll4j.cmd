@echo off
rem jekyll4j launcher for Windows: runs lib\jekyll4j.jar with the java of JAVA_HOME or the PATH.
setlocal
set "JEKYLL4J_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA_EXE=%JAVA_HOME%\bin\java.exe") else (set "JAVA_EXE=java")
"%JAVA_EXE%" %JAVA_OPTS% -jar "%JEKYLL4J_HOME%\lib\jekyll4j.jar" %*
exit /b %ERRORLEVEL%

package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Set;

/** Rouge 3.30's Batchfile lexer ({@code batchfile}) as a rule table, state for state. */
final class BatchfileLexer {
  private BatchfileLexer() {}

  private static final Set<String> ATTRIBUTES =
      Words.set(
          "on off disable enableextensions enabledelayedexpansion");
  private static final Set<String> BUILTIN_COMMANDS =
      Words.set(
          "assoc attrib break bcdedit cacls cd chcp chdir chkdsk chkntfs choice cls cmd"
              + " color comp compact convert copy date del dir diskpart doskey dpath driverquery"
              + " echo endlocal erase fc find findstr format fsutil ftype gpresult graftabl help"
              + " icacls label md mkdir mklink mode more move openfiles path pause popd print"
              + " prompt pushd rd recover ren rename replace rmdir robocopy setlocal sc schtasks"
              + " shift shutdown sort start subst systeminfo takeown tasklist taskkill time"
              + " timeout title tree type ver verify vol xcopy waitfor wmic");
  private static final Set<String> DEVICES =
      Words.set(
          "con prn aux nul com1 com2 com3 com4 com5 com6 com7 com8 com9 lpt1 lpt2 lpt3 lpt4"
              + " lpt5 lpt6 lpt7 lpt8 lpt9");
  private static final Set<String> KEYWORDS =
      Words.set(
          "if else for in do goto call exit");
  private static final Set<String> OPERATOR_WORDS =
      Words.set(
          "exist defined errorlevel cmdextversion not equ neq lss leq gtr geq");
  private static final Set<String> OTHER_COMMANDS =
      Words.set(
          "addusers admodcmd ansicon arp at bcdboot bitsadmin browstat certreq certutil"
              + " change cidiag cipher cleanmgr clip cmdkey compress convertcp coreinfo csccmd"
              + " csvde cscript curl debug defrag delprof deltree devcon diamond dirquota diruse"
              + " diskshadow diskuse dism dnscmd dsacls dsadd dsget dsquery dsmod dsmove dsrm"
              + " dsmgmt dsregcmd edlin eventcreate expand extract fdisk fltmc forfiles freedisk"
              + " ftp getmac gpupdate hostname ifmember inuse ipconfig kill lgpo lodctr logman"
              + " logoff logtime makecab mapisend mbsacli mem mountvol moveuser msg mshta msiexec"
              + " msinfo32 mstsc nbtstat net net1 netdom netsh netstat nlsinfo nltest now nslookup"
              + " ntbackup ntdsutil ntoskrnl ntrights nvspbind pathping perms ping portqry"
              + " powercfg pngout pnputil printbrm prncnfg prnmngr procdump psexec psfile psgetsid"
              + " psinfo pskill pslist psloggedon psloglist pspasswd psping psservice psshutdown"
              + " pssuspend qbasic qgrep qprocess query quser qwinsta rasdial reg reg1 regdump"
              + " regedt32 regsvr32 regini reset restore rundll32 rmtshare route rpcping run runas"
              + " scandisk setspn setx sfc share shellrunas shortcut sigcheck sleep slmgr strings"
              + " subinacl sysmon telnet tftp tlist touch tracerpt tracert tscon tsdiscon tskill"
              + " tttracer typeperf tzutil undelete unformat verifier vmconnect vssadmin w32tm"
              + " wbadmin wecutil wevtutil wget where whoami windiff winrm winrs wpeutil wpr wusa"
              + " wuauclt wscript");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("batchfile", "bat", "batch", "dosbatch", "winbatch");
    b.state(
        "basic",
        s ->
            s.rule("(?i)@?\\brem\\b.*$", COMMENT)
                .rule("^::.*$", COMMENT)
                .rule("(?i):[a-z]+", NAME_LABEL)
                .rule("(?i)([a-z]\\w*)(\\.exe|com|bat|cmd|msi)?", (lx, m) -> {
                  String w = m.group(1);
                  if (DEVICES.contains(w)) {
                    lx.groups(KEYWORD_RESERVED, ERROR);
                  } else if (KEYWORDS.contains(w)) {
                    lx.groups(KEYWORD, ERROR);
                  } else if (OPERATOR_WORDS.contains(w)) {
                    lx.groups(OPERATOR_WORD, ERROR);
                  } else if (BUILTIN_COMMANDS.contains(w) || OTHER_COMMANDS.contains(w)) {
                    lx.token(NAME_BUILTIN);
                  } else if (ATTRIBUTES.contains(w)) {
                    lx.groups(NAME_ATTRIBUTE, ERROR);
                  } else {
                    // Rouge tests "set".casecmp(m[1]), an integer and so always true.
                    lx.groups(KEYWORD_DECLARATION, ERROR);
                  }
                })
                .rule("(?i)((?:[/\\+]|--?)[a-z]+)\\s*", NAME_ATTRIBUTE)
                .mixin("expansions")
                .rule("[<>&|(){}\\[\\]\\-+=;,~?*]", OPERATOR));
    b.state(
        "escape",
        s ->
            s.rule("(?s)\\^.", STRING_ESCAPE));
    b.state(
        "expansions",
        s ->
            s.rule("(?i)[%!]+([a-z_$@#]+)[%!]+", NAME_VARIABLE)
                .rule("(?i)(\\%+~?[a-z]+\\d?)", NAME_VARIABLE_MAGIC));
    b.state(
        "double_quotes",
        s ->
            s.mixin("escape")
                .rule("[\"]", STRING_DOUBLE, POP)
                .mixin("expansions")
                .rule("[^\\^\"%!]+", STRING_DOUBLE));
    b.state(
        "single_quotes",
        s ->
            s.mixin("escape")
                .rule("[']", STRING_SINGLE, POP)
                .mixin("expansions")
                .rule("[^\\^'%!]+", STRING_SINGLE));
    b.state(
        "backtick",
        s ->
            s.mixin("escape")
                .rule("[`]", STRING_BACKTICK, POP)
                .mixin("expansions")
                .rule("[^\\^`%!]+", STRING_BACKTICK));
    b.state(
        "data",
        s ->
            s.rule("\\s+", TEXT)
                .rule("(?i)0x[0-9a-f]+", NUMBER_HEX)
                .rule("[0-9]", NUMBER)
                .rule("[\"]", STRING_DOUBLE, "double_quotes")
                .rule("[']", STRING_SINGLE, "single_quotes")
                .rule("[`]", STRING_BACKTICK, "backtick")
                .rule("[^\\s&|()\\[\\]{}\\^=;!%+\\-,\"'`~?*]+", TEXT)
                .mixin("escape"));
    b.state(
        "root",
        s ->
            s.mixin("basic")
                .mixin("data"));
    return b.build();
  }
}

package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.Token.*;

import java.util.Locale;
import java.util.Set;

/** Rouge 3.30's BrightScript lexer ({@code brightscript}) as a rule table, state for state. */
final class BrightscriptLexer {
  private BrightscriptLexer() {}

  private static final Set<String> BUILTINS =
      Words.set(
          "roAppendFile roAppInfo roAppManager roArray roAssociativeArray roAudioGuide"
              + " roAudioMetadata roAudioPlayer roAudioPlayerEvent roAudioResourceroBitmap"
              + " roBoolean roBrightPackage roBrSub roButton roByteArray roCaptionRenderer"
              + " roCaptionRendererEvent roCecInterface roCECStatusEvent roChannelStore"
              + " roChannelStoreEvent roClockWidget roCodeRegistrationScreen"
              + " roCodeRegistrationScreenEventroCompositor roControlDown roControlPort"
              + " roControlUp roCreateFile roDatagramReceiver roDatagramSender roDataGramSocket"
              + " roDateTime roDeviceInfo roDeviceInfoEvent roDoubleroEVPCipher roEVPDigest"
              + " roFileSystem roFileSystemEvent roFloat roFont roFontMetrics roFontRegistry"
              + " roFunction roGlobal roGpio roGridScreen roGridScreenEvent"
              + " roHdmiHotPlugEventroHdmiStatus roHdmiStatusEvent roHMAC roHttpAgent"
              + " roImageCanvas roImageCanvasEvent roImageMetadata roImagePlayer"
              + " roImageWidgetroInput roInputEvent roInt roInvalid roIRRemote roKeyboard"
              + " roKeyboardPress roKeyboardScreen roKeyboardScreenEventroList roListScreen"
              + " roListScreenEvent roLocalization roLongInteger roMessageDialog"
              + " roMessageDialogEvent roMessagePort roMicrophone roMicrophoneEvent"
              + " roNetworkConfiguration roOneLineDialog roOneLineDialogEventroParagraphScreen"
              + " roParagraphScreenEvent roPath roPinEntryDialog roPinEntryDialogEvent"
              + " roPinentryScreen roPosterScreen roPosterScreenEventroProgramGuide"
              + " roQuadravoxButton roReadFile roRectangleroRegexroRegion roRegistry"
              + " roRegistrySection roResourceManager roRSA roRssArticle roRssParser roScreen"
              + " roSearchHistory roSearchScreen roSearchScreenEvent roSerialPort roSGNode"
              + " roSGNodeEvent roSGScreenroSGScreenEvent roSlideShowroSlideShowEvent roSNS5"
              + " roSocketAddress roSocketEvent roSpringboardScreen"
              + " roSpringboardScreenEventroSprite roStorageInfo roStreamSocket"
              + " roStringroSystemLogroSystemLogEvent roSystemTime roTextFieldroTextScreen"
              + " roTextScreenEvent roTextToSpeech roTextToSpeechEvent roTextureManager"
              + " roTextureRequest roTextureRequestEventroTextWidget roTimer roTimespan"
              + " roTouchScreen roTunerroTunerEvent roUniversalControlEvent roUrlEvent"
              + " roUrlTransfer roVideoEvent roVideoInput roVideoMode roVideoPlayer"
              + " roVideoPlayerEvent roVideoScreen roVideoScreenEventroWriteFile roXMLElement"
              + " roXMLList");
  private static final Set<String> KEYWORD_RESERVED_WORDS =
      Words.set(
          "BOX CREATEOBJECT DIM EACH ELSE ELSEIF END ENDFUNCTION ENDIF ENDSUB ENDWHILE EVAL"
              + " EXIT EXITWHILE FALSE FOR FUNCTION GETGLOBALAA GETLASTRUNCOMPILEERROR"
              + " GETLASTRUNRUNTIMEERROR GOTO IF IN INVALID LET LINE_NUM M NEXT OBJFUN POS PRINT"
              + " REM RETURN RUN STEP STOP SUB TAB TO TRUE TYPE WHILE");
  private static final Set<String> KEYWORD_RESERVED_UNSUPPORTED =
      Words.set(
          "CLASS CONST IMPORT LIBRARY NAMESPACE PRIVATE PROTECTED PUBLIC");
  private static final Set<String> KEYWORD_TYPE_WORDS =
      Words.set(
          "BOOLEAN DIM DOUBLE DYNAMIC FLOAT FUNCTION INTEGER INTERFACE INVALID LONGINTEGER"
              + " OBJECT STRING VOID");
  private static final Set<String> NAME_BUILTIN_WORDS =
      Words.set(
          "ABS ASC ATN CDBL CHR CINT CONTROL COPYFILE COS CREATEDIRECTORY CSNG"
              + " DELETEDIRECTORY DELETEFILE EXP FINDMEMBERFUNCTION FINDNODE FIX"
              + " FORMATDRIVEFORMATJSON GETINTERFACE INSTR INT LCASE LEFT LEN LISTDIR LOG"
              + " MATCHFILES MID MOVEFILE OBSERVEFIELD PARSEJSON PARSEXML READASCIIFILE"
              + " REBOOTSYSTEM RIGHT RND RUNGARBAGECOLLECTOR SGN SIN SLEEP SQR STR STRI STRING"
              + " STRINGI STRTOI SUBSTITUTE TANTEXTTOP TEXT TRUCASE UPTIME VALVISIBLE VISIBLE WAIT");
  private static final Set<String> OPERATOR_WORD_WORDS =
      Words.set(
          "AND AS MOD NOT OR THEN");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("brightscript", "bs", "brs");
    b.state(
        "root",
        s ->
            s.rule("(?s)\\s+", WHITESPACE)
                .rule("\\'.*", COMMENT_SINGLE)
                .rule("(?i)REM.*", COMMENT_SINGLE)
                .rule("[~!%^&*+=\\|?:<>/-]", OPERATOR)
                .rule("(?i)\\d*\\.\\d+(e-?\\d+)?", NUMBER_FLOAT)
                .rule("(?i)\\d+[lu]*", NUMBER_INTEGER)
                .rule("\".*?\"", STRING_DOUBLE)
                .rule("(?i-s:[$a-z_][a-z0-9_]*)(?=\\s*[(])", NAME_FUNCTION)
                .rule("[()\\[\\],.;{}]", PUNCTUATION)
                .rule("(?i)[$a-z_][a-z0-9_]*", (lx, m) -> {
                  String chunk = m.group();
                  String upper = chunk.toUpperCase(Locale.ROOT);
                  if (BUILTINS.contains(chunk)
                      || KEYWORD_RESERVED_WORDS.contains(upper)
                      || KEYWORD_RESERVED_UNSUPPORTED.contains(upper)) {
                    lx.token(KEYWORD_RESERVED);
                  } else if (KEYWORD_TYPE_WORDS.contains(upper)) {
                    lx.token(KEYWORD_TYPE);
                  } else if (NAME_BUILTIN_WORDS.contains(upper)) {
                    lx.token(NAME_BUILTIN);
                  } else if (OPERATOR_WORD_WORDS.contains(upper)) {
                    lx.token(OPERATOR_WORD);
                  } else {
                    lx.token(NAME);
                  }
                }));
    return b.build();
  }
}

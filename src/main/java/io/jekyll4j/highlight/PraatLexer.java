package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Praat lexer ({@code lexers/praat.rb}) as a rule table. */
final class PraatLexer {
  private PraatLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("praat");
    b.state(
        "root",
        s ->
            s.rule(
              "(\\s+)(#.*?$)",
              (lx, m) -> {
                lx.groups(TEXT, COMMENT_SINGLE);
              })
                .rule("^#.*?$", COMMENT_SINGLE)
                .rule(";[^\\n]*", COMMENT_SINGLE)
                .rule("\\s+", TEXT)
                .rule(
              "(\\bprocedure)(\\s+)",
              (lx, m) -> {
                lx.groups(KEYWORD, TEXT);
                lx.push("procedure_definition");
              })
                .rule(
              "(\\bcall)(\\s+)",
              (lx, m) -> {
                lx.groups(KEYWORD, TEXT);
                lx.push("procedure_call");
              })
                .rule("@", NAME_FUNCTION, "procedure_call")
                .mixin("function_call")
                .rule("\\b(?:select all)\\b", KEYWORD)
                .rule("\\b(?:if|then|else|elsif|elif|endif|fi|for|from|to|endfor|endproc|while|endwhile|repeat|until|select|plus|minus|demo|assert|stopwatch|nocheck|nowarn|noprogress|editor|endeditor|clearinfo)\\b", KEYWORD)
                .rule(
              "(\\bform\\b)(\\s+)([^\\n]+)",
              (lx, m) -> {
                lx.groups(KEYWORD, TEXT, STRING);
                lx.push("old_form");
              })
                .rule(
              "(print(?:line|tab)?|echo|exit|asserterror|pause|send(?:praat|socket)|include|execute|system(?:_nocheck)?)(\\s+)",
              (lx, m) -> {
                lx.groups(KEYWORD, TEXT);
                lx.push("string_unquoted");
              })
                .rule(
              "(goto|label)(\\s+)(\\w+)",
              (lx, m) -> {
                lx.groups(KEYWORD, TEXT, NAME_LABEL);
              })
                .mixin("variable_name")
                .mixin("number")
                .rule("\"", STRING, "string")
                .rule("\\b(?:Activation|AffineTransform|AmplitudeTier|Art|Artword|Autosegment|BarkFilter|BarkSpectrogram|CCA|Categories|Cepstrogram|Cepstrum|Cepstrumc|ChebyshevSeries|ClassificationTable|Cochleagram|Collection|ComplexSpectrogram|Configuration|Confusion|ContingencyTable|Corpus|Correlation|Covariance|CrossCorrelationTable|CrossCorrelationTableList|CrossCorrelationTables|DTW|DataModeler|Diagonalizer|Discriminant|Dissimilarity|Distance|Distributions|DurationTier|EEG|ERP|ERPTier|EditCostsTable|EditDistanceTable|Eigen|Excitation|Excitations|ExperimentMFC|FFNet|FeatureWeights|FileInMemory|FilesInMemory|Formant|FormantFilter|FormantGrid|FormantModeler|FormantPoint|FormantTier|GaussianMixture|HMM|HMM_Observation|HMM_ObservationSequence|HMM_State|HMM_StateSequence|HMMObservation|HMMObservationSequence|HMMState|HMMStateSequence|Harmonicity|ISpline|Index|Intensity|IntensityTier|IntervalTier|KNN|KlattGrid|KlattTable|LFCC|LPC|Label|LegendreSeries|LinearRegression|LogisticRegression|LongSound|Ltas|MFCC|MSpline|ManPages|Manipulation|Matrix|MelFilter|MelSpectrogram|MixingMatrix|Movie|Network|OTGrammar|OTHistory|OTMulti|PCA|PairDistribution|ParamCurve|Pattern|Permutation|Photo|Pitch|PitchModeler|PitchTier|PointProcess|Polygon|Polynomial|PowerCepstrogram|PowerCepstrum|Procrustes|RealPoint|RealTier|ResultsMFC|Roots|SPINET|SSCP|SVD|Salience|ScalarProduct|Similarity|SimpleString|SortedSetOfString|Sound|Speaker|Spectrogram|Spectrum|SpectrumTier|SpeechSynthesizer|SpellingChecker|Strings|StringsIndex|Table|TableOfReal|TextGrid|TextInterval|TextPoint|TextTier|Tier|Transition|VocalTract|VocalTractTier|Weight|WordList)(?=\\s+\\S+\\n)", NAME_CLASS, "string_unquoted")
                .rule("\\b(?=[A-Z])", TEXT, "command")
                .rule("(\\.{3}|[)(,\\$])", PUNCTUATION));
    b.state(
        "command",
        s ->
            s.rule("( ?([^\\s:\\.'])+ ?)", KEYWORD)
                .mixin("string_interpolated")
                .rule(
              "\\.{3}",
              (lx, m) -> {
                lx.token(KEYWORD);
                lx.pop();
                lx.push("old_arguments");
              })
                .rule(
              ":",
              (lx, m) -> {
                lx.token(KEYWORD);
                lx.pop();
                lx.push("comma_list");
              })
                .rule("[\\s]", TEXT, POP));
    b.state(
        "procedure_call",
        s ->
            s.mixin("string_interpolated")
                .rule("(:|\\s*\\()", PUNCTUATION, POP)
                .rule("'", NAME_FUNCTION)
                .rule("[^:\\('\\s]+", NAME_FUNCTION)
                .rule(
              "(?=\\s+)",
              (lx, m) -> {
                lx.token(TEXT);
                lx.pop();
                lx.push("old_arguments");
              }));
    b.state(
        "procedure_definition",
        s ->
            s.rule("(:|\\s*\\()", PUNCTUATION, POP)
                .rule("[^:\\(\\s]+", NAME_FUNCTION)
                .rule("(\\s+)", TEXT, POP));
    b.state(
        "function_call",
        s ->
            s.rule("\\b(backslashTrigraphsToUnicode|chooseDirectory|chooseReadFile|chooseWriteFile|date|demoKey|do|environment|extractLine|extractWord|fixed|info|left|mid|percent|readFile|replace|replace_regex|right|selected|string|unicodeToBackslashTrigraphs)\\$(?=\\s*[:(])", NAME_FUNCTION, "function")
                .rule("\\b(linear|randomGauss|randomInteger|randomUniform|zero)#(?=\\s*[:(])", NAME_FUNCTION, "function")
                .rule("\\b(abs|appendFile|appendFileLine|appendInfo|appendInfoLine|arccos|arccosh|arcsin|arcsinh|arctan|arctan2|arctanh|barkToHertz|beginPause|beginSendPraat|besselI|besselK|beta|beta2|binomialP|binomialQ|boolean|ceiling|chiSquareP|chiSquareQ|choice|comment|cos|cosh|createDirectory|deleteFile|demoClicked|demoClickedIn|demoCommandKeyPressed|demoExtraControlKeyPressed|demoInput|demoKeyPressed|demoOptionKeyPressed|demoShiftKeyPressed|demoShow|demoWaitForInput|demoWindowTitle|demoX|demoY|differenceLimensToPhon|do|editor|endPause|endSendPraat|endsWith|erb|erbToHertz|erf|erfc|exitScript|exp|extractNumber|fileReadable|fisherP|fisherQ|floor|gaussP|gaussQ|hash|hertzToBark|hertzToErb|hertzToMel|hertzToSemitones|imax|imin|incompleteBeta|incompleteGammaP|index|index_regex|integer|invBinomialP|invBinomialQ|invChiSquareQ|invFisherQ|invGaussQ|invSigmoid|invStudentQ|length|ln|lnBeta|lnGamma|log10|log2|max|melToHertz|min|minusObject|natural|number|numberOfColumns|numberOfRows|numberOfSelected|objectsAreIdentical|option|optionMenu|pauseScript|phonToDifferenceLimens|plusObject|positive|randomBinomial|randomGauss|randomInteger|randomPoisson|randomUniform|real|readFile|removeObject|rindex|rindex_regex|round|runScript|runSystem|runSystem_nocheck|selectObject|selected|semitonesToHertz|sentence|sentencetext|sigmoid|sin|sinc|sincpi|sinh|soundPressureToPhon|sqrt|startsWith|studentP|studentQ|tan|tanh|text|variableExists|word|writeFile|writeFileLine|writeInfo|writeInfoLine)(?=\\s*[:(])", NAME_FUNCTION, "function"));
    b.state(
        "function",
        s ->
            s.rule("\\s+", TEXT)
                .rule(
              "(?::|\\s*\\()",
              (lx, m) -> {
                lx.token(TEXT);
                lx.pop();
                lx.push("comma_list");
              }));
    b.state(
        "comma_list",
        s ->
            s.rule(
              "(\\s*\\n\\s*)(\\.{3})",
              (lx, m) -> {
                lx.groups(TEXT, PUNCTUATION);
              })
                .rule("\\s*[\\])\\n]", TEXT, POP)
                .rule("\\s+", TEXT)
                .rule("\"", STRING, "string")
                .rule("\\b(if|then|else|fi|endif)\\b", KEYWORD)
                .mixin("function_call")
                .mixin("variable_name")
                .mixin("operator")
                .mixin("number")
                .rule("[()]", TEXT)
                .rule(",", PUNCTUATION));
    b.state(
        "old_arguments",
        s ->
            s.rule("\\n", TEXT, POP)
                .mixin("variable_name")
                .mixin("operator")
                .mixin("number")
                .rule("\"", STRING, "string")
                .rule("[^\\n]", TEXT));
    b.state(
        "number",
        s ->
            s.rule("\\n", TEXT, POP)
                .rule("\\b\\d+(\\.\\d*)?([eE][-+]?\\d+)?%?", NUMBER));
    b.state(
        "variable_name",
        s ->
            s.mixin("operator")
                .mixin("number")
                .rule("\\b(?:praatVersion|tab|shellDirectory|homeDirectory|preferencesDirectory|newline|temporaryDirectory|defaultDirectory)\\$", NAME_BUILTIN)
                .rule("\\b(?:all|average|e|left|macintosh|mono|pi|praatVersion|right|stereo|undefined|unix|windows)(?!\\$)\\b", NAME_BUILTIN)
                .rule(
              "\\b(Object|Activation|AffineTransform|AmplitudeTier|Art|Artword|Autosegment|BarkFilter|BarkSpectrogram|CCA|Categories|Cepstrogram|Cepstrum|Cepstrumc|ChebyshevSeries|ClassificationTable|Cochleagram|Collection|ComplexSpectrogram|Configuration|Confusion|ContingencyTable|Corpus|Correlation|Covariance|CrossCorrelationTable|CrossCorrelationTableList|CrossCorrelationTables|DTW|DataModeler|Diagonalizer|Discriminant|Dissimilarity|Distance|Distributions|DurationTier|EEG|ERP|ERPTier|EditCostsTable|EditDistanceTable|Eigen|Excitation|Excitations|ExperimentMFC|FFNet|FeatureWeights|FileInMemory|FilesInMemory|Formant|FormantFilter|FormantGrid|FormantModeler|FormantPoint|FormantTier|GaussianMixture|HMM|HMM_Observation|HMM_ObservationSequence|HMM_State|HMM_StateSequence|HMMObservation|HMMObservationSequence|HMMState|HMMStateSequence|Harmonicity|ISpline|Index|Intensity|IntensityTier|IntervalTier|KNN|KlattGrid|KlattTable|LFCC|LPC|Label|LegendreSeries|LinearRegression|LogisticRegression|LongSound|Ltas|MFCC|MSpline|ManPages|Manipulation|Matrix|MelFilter|MelSpectrogram|MixingMatrix|Movie|Network|OTGrammar|OTHistory|OTMulti|PCA|PairDistribution|ParamCurve|Pattern|Permutation|Photo|Pitch|PitchModeler|PitchTier|PointProcess|Polygon|Polynomial|PowerCepstrogram|PowerCepstrum|Procrustes|RealPoint|RealTier|ResultsMFC|Roots|SPINET|SSCP|SVD|Salience|ScalarProduct|Similarity|SimpleString|SortedSetOfString|Sound|Speaker|Spectrogram|Spectrum|SpectrumTier|SpeechSynthesizer|SpellingChecker|Strings|StringsIndex|Table|TableOfReal|TextGrid|TextInterval|TextPoint|TextTier|Tier|Transition|VocalTract|VocalTractTier|Weight|WordList)_",
              (lx, m) -> {
                lx.token(NAME_BUILTIN);
                lx.push("object_reference");
              })
                .rule("\\.?[a-z][a-zA-Z0-9_.]*(\\$|#)?", TEXT)
                .rule("[\\[\\]]", TEXT, "comma_list")
                .mixin("string_interpolated"));
    b.state(
        "object_reference",
        s ->
            s.mixin("string_interpolated")
                .rule("([a-z][a-zA-Z0-9_]*|\\d+)", NAME_BUILTIN)
                .rule("\\.(ncol|nrow|xmin|ymin|xmax|ymax|nx|ny|dx|dy)\\b", NAME_BUILTIN, POP)
                .rule("\\$", NAME_BUILTIN)
                .rule("\\[", TEXT, POP));
    b.state(
        "operator",
        s ->
            s.rule("([+/*<>=!-]=?|[&*|][&*|]?|\\^|<>)", OPERATOR)
                .rule("(?<![\\w.])(and|or|not|div|mod)(?![\\w.])", OPERATOR_WORD));
    b.state(
        "string_interpolated",
        s ->
            s.rule("'[\\._a-z][^\\[\\]'\":]*(\\[([\\d,]+|\"[\\w,]+\")\\])?(:[0-9]+)?'", STRING_INTERPOL));
    b.state(
        "string_unquoted",
        s ->
            s.rule("\\n\\s*\\.{3}", PUNCTUATION)
                .rule("\\n", TEXT, POP)
                .rule("\\s", TEXT)
                .mixin("string_interpolated")
                .rule("'", STRING)
                .rule("[^'\\n]+", STRING));
    b.state(
        "string",
        s ->
            s.rule("\\n\\s*\\.{3}", PUNCTUATION)
                .rule("\"", STRING, POP)
                .mixin("string_interpolated")
                .rule("'", STRING)
                .rule("[^'\"\\n]+", STRING));
    b.state(
        "old_form",
        s ->
            s.rule(
              "(\\s+)(#.*?$)",
              (lx, m) -> {
                lx.groups(TEXT, COMMENT_SINGLE);
              })
                .rule("\\s+", TEXT)
                .rule(
              "(optionmenu|choice)([ \\t]+\\S+:[ \\t]+)",
              (lx, m) -> {
                lx.groups(KEYWORD, TEXT);
                lx.push("number");
              })
                .rule(
              "(option|button)([ \\t]+)",
              (lx, m) -> {
                lx.groups(KEYWORD, TEXT);
                lx.push("string_unquoted");
              })
                .rule(
              "(sentence|text)([ \\t]+\\S+)",
              (lx, m) -> {
                lx.groups(KEYWORD, TEXT);
                lx.push("string_unquoted");
              })
                .rule(
              "(word)([ \\t]+\\S+[ \\t]*)(\\S+)?([ \\t]+.*)?",
              (lx, m) -> {
                lx.groups(KEYWORD, TEXT, STRING, TEXT);
              })
                .rule(
              "(boolean)(\\s+\\S+\\s*)(0|1|\"?(?:yes|no)\"?)",
              (lx, m) -> {
                lx.groups(KEYWORD, TEXT, NAME_VARIABLE);
              })
                .rule(
              "(real|natural|positive|integer)([ \\t]+\\S+[ \\t]*)([+-]?)",
              (lx, m) -> {
                lx.groups(KEYWORD, TEXT, OPERATOR);
                lx.push("number");
              })
                .rule(
              "(comment)(\\s+)",
              (lx, m) -> {
                lx.groups(KEYWORD, TEXT);
                lx.push("string_unquoted");
              })
                .rule("\\bendform\\b", KEYWORD, POP));
    return b.build();
  }
}

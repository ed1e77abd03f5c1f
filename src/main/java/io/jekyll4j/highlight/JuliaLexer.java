package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's Julia lexer ({@code julia}) as a rule table, state for state. */
final class JuliaLexer {
  private JuliaLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("julia", "jl");
    b.state(
        "root",
        s ->
            s.rule("\\n", TEXT)
                .rule("[^\\S\\n]+", TEXT)
                .rule("#=", COMMENT_MULTILINE, "blockcomment")
                .rule("#.*$", COMMENT)
                .rule("\\+|=|-|\\*|/|\\\\|&|\\||\\$|~|\\^|%|!|>>>|>>|<<|&&|\\|\\||\\+=|-=|\\*=|/=|\\\\=|\u00f7=|%=|\\^=|&=|\\|=|\\$=|>>>=|>>=|<<=|==|!=|\u2260|<=|\u2264|>=|\u2265|\\.|::|<:|->|\\?|\\.\\*|\\.\\^|\\.\\\\|\\./|\\\\|<|>|\u00f7|>:|:|===|!==|=>", OPERATOR)
                .rule("\\\\\\n", TEXT)
                .rule("\\\\", TEXT)
                .rule("(function|macro)((?:\\s|\\\\\\s)+)", (lx, m) -> {
                  lx.groups(KEYWORD, NAME_FUNCTION);
                  lx.push("funcname");
                })
                .rule("((?:mutable )?struct|(?:abstract|primitive) type)((?:\\s|\\\\\\s)+)", (lx, m) -> {
                  lx.groups(KEYWORD, NAME_CLASS);
                  lx.push("typename");
                })
                .rule("\\b(?:ARPACKException|AbstractArray|AbstractChannel|AbstractChar|AbstractDict|AbstractDisplay|AbstractFloat|AbstractIrrational|AbstractLogger|AbstractMatrix|AbstractREPL|AbstractRNG|AbstractRange|AbstractSerializer|AbstractSet|AbstractSparseArray|AbstractSparseMatrix|AbstractSparseVector|AbstractString|AbstractUnitRange|AbstractVecOrMat|AbstractVector|AbstractWorkerPool|Adjoint|Any|ArgumentError|Array|AssertionError|Base64DecodePipe|Base64EncodePipe|BasicREPL|Bidiagonal|BigFloat|BigInt|BitArray|BitMatrix|BitSet|BitVector|Bool|BoundsError|BunchKaufman|CachingPool|CapturedException|CartesianIndex|CartesianIndices|Cchar|Cdouble|Cfloat|Channel|Char|Cholesky|CholeskyPivoted|Cint|Cintmax_t|Clong|Clonglong|ClusterManager|Cmd|Colon|Complex|ComplexF16|ComplexF32|ComplexF64|CompositeException|Condition|ConsoleLogger|Cptrdiff_t|Cshort|Csize_t|Cssize_t|Cstring|Cuchar|Cuint|Cuintmax_t|Culong|Culonglong|Cushort|Cvoid|Cwchar_t|Cwstring|DataType|Date|DateFormat|DatePeriod|DateTime|Day|DenseArray|DenseMatrix|DenseVecOrMat|DenseVector|Diagonal|Dict|DimensionMismatch|Dims|DivideError|DomainError|EOFError|Eigen|Enum|ErrorException|Exception|ExponentialBackOff|Expr|FDWatcher|Factorization|FileMonitor|Float16|Float32|Float64|FolderMonitor|Function|GeneralizedEigen|GeneralizedSVD|GeneralizedSchur|GenericArray|GenericDict|GenericSet|GenericString|GitConfig|GitRepo|GlobalRef|HMAC_CTX|HTML|Hermitian|Hessenberg|Hour|IO|IOBuffer|IOContext|IOStream|IPAddr|IPv4|IPv6|IdDict|IndexCartesian|IndexLinear|IndexStyle|InexactError|InitError|Int|Int128|Int16|Int32|Int64|Int8|Integer|InterruptException|InvalidStateException|Irrational|KeyError|LAPACKException|LDLt|LQ|LU|LinRange|LineEditREPL|LineNumberNode|LinearIndices|LoadError|LogLevel|LowerTriangular|MIME|Matrix|MersenneTwister|Method|MethodError|Microsecond|Millisecond|Minute|Missing|MissingException|Module|Month|NTuple|NamedTuple|Nanosecond|Nothing|NullLogger|Number|OrdinalRange|OutOfMemoryError|OverflowError|PackageMode|PackageSpec|Pair|PartialQuickSort|Period|PermutedDimsArray|Pipe|PollingFileWatcher|PosDefException|ProcessExitedException|Ptr|QR|QRPivoted|QuoteNode|RandomDevice|RankDeficientException|Rational|RawFD|ReadOnlyMemoryError|Real|ReentrantLock|Ref|Regex|RegexMatch|RemoteChannel|RemoteException|RoundingMode|SHA1_CTX|SHA224_CTX|SHA256_CTX|SHA2_224_CTX|SHA2_256_CTX|SHA2_384_CTX|SHA2_512_CTX|SHA384_CTX|SHA3_224_CTX|SHA3_256_CTX|SHA3_384_CTX|SHA3_512_CTX|SHA512_CTX|SVD|Schur|Second|SegmentationFault|Serializer|Set|SharedArray|SharedMatrix|SharedVector|Signed|SimpleLogger|SingularException|Some|SparseMatrixCSC|SparseVector|StackOverflowError|StepRange|StepRangeLen|StreamREPL|StridedArray|StridedMatrix|StridedVecOrMat|StridedVector|String|StringIndexError|SubArray|SubString|SubstitutionString|SymTridiagonal|Symbol|Symmetric|SystemError|TCPSocket|Task|TestSetException|Text|TextDisplay|Time|TimePeriod|TimeType|TimeZone|Timer|Transpose|Tridiagonal|Tuple|Type|TypeError|TypeVar|UDPSocket|UInt|UInt128|UInt16|UInt32|UInt64|UInt8|UTC|UUID|UndefInitializer|UndefKeywordError|UndefRefError|UndefVarError|UniformScaling|Union|UnionAll|UnitLowerTriangular|UnitRange|UnitUpperTriangular|Unsigned|UpgradeLevel|UpperTriangular|Val|Vararg|VecElement|VecOrMat|Vector|VersionNumber|WeakKeyDict|WeakRef|Week|WorkerConfig|WorkerPool|Year)\\b", KEYWORD_TYPE)
                .rule("(local|global|const)\\b", KEYWORD_DECLARATION)
                .rule("\\b(?:function|return|module|import|export|if|else|elseif|end|for|in|isa|while|try|catch|const|local|global|using|struct|mutablestruct|abstracttype|finally|begin|do|quote|macro|forouter|where)\\b", KEYWORD)
                .rule("\\b(?:true|false|missing|nothing|Inf|Inf16|Inf32|Inf64|NaN|NaN16|NaN32|NaN64|stdout|stderr|stdin|devnull|pi|\u03c0|\u212f|im|ARGS|C_NULL|ENV|ENDIAN_BOM|VERSION|undef|(LOAD|DEPOT)_PATH)\\b", NAME_BUILTIN)
                .rule("`.*?`", STRING_BACKTICK)
                .rule("'(\\\\.|\\\\[0-7]{1,3}|\\\\x[a-fA-F0-9]{1,3}|\\\\u[a-fA-F0-9]{1,4}|\\\\U[a-fA-F0-9]{1,6}|[^\\\\\\'\\n])'", STRING_CHAR)
                .rule("(?<=[.\\w)\\]])\\'+", OPERATOR)
                .rule("(?:[IL])\"", STRING, "string")
                .rule("[E]?\"", STRING, "string")
                .rule("@[\\w.]+", NAME_DECORATOR)
                .rule("(?:[a-zA-Z_\\u00A1-\\uffff]|[\\u1000-\\u10ff])(?:[a-zA-Z_0-9\\u00A1-\\uffff]|[\\u1000-\\u10ff])*!*", NAME)
                .rule("[\\[\\]{}\\(\\),;]", OTHER)
                .rule("(\\d+(_\\d+)+\\.\\d*|\\d*\\.\\d+(_\\d+)+)([eEf][+-]?[0-9]+)?", NUMBER_FLOAT)
                .rule("(\\d+\\.\\d*|\\d*\\.\\d+)([eEf][+-]?[0-9]+)?", NUMBER_FLOAT)
                .rule("\\d+(_\\d+)+[eEf][+-]?[0-9]+", NUMBER_FLOAT)
                .rule("\\d+[eEf][+-]?[0-9]+", NUMBER_FLOAT)
                .rule("0b[01]+(_[01]+)+", NUMBER_BIN)
                .rule("0b[01]+", NUMBER_BIN)
                .rule("0o[0-7]+(_[0-7]+)+", NUMBER_OCT)
                .rule("0o[0-7]+", NUMBER_OCT)
                .rule("0x[a-fA-F0-9]+(_[a-fA-F0-9]+)+", NUMBER_HEX)
                .rule("0x[a-fA-F0-9]+", NUMBER_HEX)
                .rule("\\d+(_\\d+)+", NUMBER_INTEGER)
                .rule("\\d+", NUMBER_INTEGER));
    b.state(
        "funcname",
        s ->
            s.rule("[\\p{L}\\p{Nl}\\p{S}_][\\p{Word}\\p{S}\\p{Po}!]*", NAME_FUNCTION, POP)
                .rule("\\([^\\s\\w{]{1,2}\\)", OPERATOR, POP)
                .rule("[^\\s\\w{]{1,2}", OPERATOR, POP));
    b.state(
        "typename",
        s ->
            s.rule("[\\p{L}\\p{Nl}\\p{S}_][\\p{Word}\\p{S}\\p{Po}!]*", NAME_CLASS, POP));
    b.state(
        "stringescape",
        s ->
            s.rule("\\\\([\\\\abfnrtv\"\\']|\\n|N\\{.*?\\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})", STRING_ESCAPE));
    b.state(
        "blockcomment",
        s ->
            s.rule("[^=#]", COMMENT_MULTILINE)
                .rule("#=", COMMENT_MULTILINE, "blockcomment")
                .rule("\\=#", COMMENT_MULTILINE, POP)
                .rule("[=#]", COMMENT_MULTILINE));
    b.state(
        "string",
        s ->
            s.mixin("stringescape")
                .rule("\"", STRING, POP)
                .rule("\\\\\\\\|\\\\\"|\\\\\\n", STRING_ESCAPE)
                .rule("\\$(\\(\\w+\\))?[-#0 +]*([0-9]+|[*])?(\\.([0-9]+|[*]))?", STRING_INTERPOL)
                .rule("[^\\\\\"$]+", STRING)
                .rule("[\"\\\\]", STRING)
                .rule("\\$", STRING));
    return b.build();
  }
}

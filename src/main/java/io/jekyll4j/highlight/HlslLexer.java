package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's HLSL lexer ({@code lexers/hlsl.rb}) as a rule table. */
final class HlslLexer {
  private HlslLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "NULL asm asm_fragment break case cbuffer centroid class"
              + " " + "column_major compile compile_fragment const continue default discard do"
              + " " + "else export extern for fxgroup globallycoherent groupshared if"
              + " " + "in inline inout interface line lineadj linear namespace"
              + " " + "nointerpolation noperspective out packoffset pass pixelfragment point precise"
              + " " + "register return row_major sample sampler shared stateblock stateblock_state"
              + " " + "static struct switch tbuffer technique technique10 technique11 texture"
              + " " + "triangle typedef uniform vertexfragment volatile while");

  private static final Set<String> WORDS1 =
      Words.set(
          "BOOL1 BOOL1x1 BOOL1x2 BOOL1x3 BOOL1x4 BOOL2 BOOL2x1 BOOL2x2"
              + " " + "BOOL2x3 BOOL2x4 BOOL3 BOOL3x1 BOOL3x2 BOOL3x3 BOOL3x4 BOOL4"
              + " " + "BOOL4x1 BOOL4x2 BOOL4x3 BOOL4x4 BlendState Buffer ByteAddressBuffer ComputeShader"
              + " " + "DepthStencilState DepthStencilView DomainShader GeometryShader HullShader InputPatch LineStream OutputPatch"
              + " " + "PixelShader PointStream RWBuffer RWByteAddressBuffer RWStructuredBuffer RWTexture1D RWTexture1DArray RWTexture2D"
              + " " + "RWTexture2DArray RWTexture3D RasterizerOrderedBuffer RasterizerOrderedByteAddressBuffer RasterizerOrderedStructuredBuffer RasterizerOrderedTexture1D RasterizerOrderedTexture1DArray RasterizerOrderedTexture2D"
              + " " + "RasterizerOrderedTexture2DArray RasterizerOrderedTexture3D RasterizerState RenderTargetView SamplerComparisonState SamplerState StructuredBuffer Texture1D"
              + " " + "Texture1DArray Texture2D Texture2DArray Texture2DMS Texture2DMSArray Texture3D TextureCube TextureCubeArray"
              + " " + "TriangleStream VertexShader bool1 bool1x1 bool1x2 bool1x3 bool1x4 bool2"
              + " " + "bool2x1 bool2x2 bool2x3 bool2x4 bool3 bool3x1 bool3x2 bool3x3"
              + " " + "bool3x4 bool4 bool4x1 bool4x2 bool4x3 bool4x4 double1 double1x1"
              + " " + "double1x2 double1x3 double1x4 double2 double2x1 double2x2 double2x3 double2x4"
              + " " + "double3 double3x1 double3x2 double3x3 double3x4 double4 double4x1 double4x2"
              + " " + "double4x3 double4x4 dword float1 float1x1 float1x2 float1x3 float1x4"
              + " " + "float2 float2x1 float2x2 float2x3 float2x4 float3 float3x1 float3x2"
              + " " + "float3x3 float3x4 float4 float4x1 float4x2 float4x3 float4x4 half1"
              + " " + "half1x1 half1x2 half1x3 half1x4 half2 half2x1 half2x2 half2x3"
              + " " + "half2x4 half3 half3x1 half3x2 half3x3 half3x4 half4 half4x1"
              + " " + "half4x2 half4x3 half4x4 int1 int1x1 int1x2 int1x3 int1x4"
              + " " + "int2 int2x1 int2x2 int2x3 int2x4 int3 int3x1 int3x2"
              + " " + "int3x3 int3x4 int4 int4x1 int4x2 int4x3 int4x4 matrix"
              + " " + "snorm string unorm unsigned vector void");

  private static final Set<String> WORDS2 =
      Words.set(
          "auto catch char const_cast delete dynamic_cast enum explicit"
              + " " + "friend goto long mutable new operator private protected"
              + " " + "public reinterpret_cast short signed sizeof static_cast template this"
              + " " + "throw try typename union unsigned using virtual");

  private static final Set<String> WORDS3 =
      Words.set(
          "AllMemoryBarrier AllMemoryBarrierWithGroupSync AppendStructuredBuffer BINORMAL BINORMAL0 BINORMAL1 BINORMAL2 BINORMAL3"
              + " " + "BINORMAL4 BLENDINDICES0 BLENDINDICES1 BLENDINDICES2 BLENDINDICES3 BLENDINDICES4 BLENDWEIGHT0 BLENDWEIGHT1"
              + " " + "BLENDWEIGHT2 BLENDWEIGHT3 BLENDWEIGHT4 COLOR COLOR0 COLOR1 COLOR2 COLOR3"
              + " " + "COLOR4 CheckAccessFullyMapped CompileShader ConsumeStructuredBuffer D3DCOLORtoUBYTE4 DEPTH0 DEPTH1 DEPTH2"
              + " " + "DEPTH3 DEPTH4 DeviceMemoryBarrier DeviceMemoryBarrierWithGroupSync EvaluateAttributeAtCentroid EvaluateAttributeAtSample EvaluateAttributeSnapped FOG"
              + " " + "GetRenderTargetSampleCount GetRenderTargetSamplePosition GlobalOrderedCountIncrement GroupMemoryBarrier GroupMemoryBarrierWithGroupSync InterlockedAdd InterlockedAnd InterlockedCompareExchange"
              + " " + "InterlockedCompareStore InterlockedExchange InterlockedMax InterlockedMin InterlockedOr InterlockedXor NORMAL NORMAL0"
              + " " + "NORMAL1 NORMAL2 NORMAL3 NORMAL4 POSITION POSITION0 POSITION1 POSITION2"
              + " " + "POSITION3 POSITION4 POSITIONT PSIZE PSIZE0 PSIZE1 PSIZE2 PSIZE3"
              + " " + "PSIZE4 Process2DQuadTessFactorsAvg Process2DQuadTessFactorsMax Process2DQuadTessFactorsMin ProcessIsolineTessFactors ProcessQuadTessFactorsAvg ProcessQuadTessFactorsMax ProcessQuadTessFactorsMin"
              + " " + "ProcessTriTessFactorsAvg ProcessTriTessFactorsMax ProcessTriTessFactorsMin QuadReadLaneAt QuadSwapX QuadSwapY SV_CLIPDISTANCE SV_CLIPDISTANCE0"
              + " " + "SV_CLIPDISTANCE1 SV_COVERAGE SV_CULLDISTANCE SV_CULLDISTANCE0 SV_CULLDISTANCE1 SV_DEPTH SV_DEPTHGREATEREQUAL SV_DEPTHLESSEQUAL"
              + " " + "SV_DISPATCHTHREADID SV_DOMAINLOCATION SV_GROUPID SV_GROUPINDEX SV_GROUPTHREADID SV_GSINSTANCEID SV_INNERCOVERAGE SV_INSIDETESSFACTOR"
              + " " + "SV_INSTANCEID SV_ISFRONTFACE SV_OUTPUTCONTROLPOINTID SV_POSITION SV_PRIMITIVEID SV_RENDERTARGETARRAYINDEX SV_SAMPLEINDEX SV_STENCILREF"
              + " " + "SV_TESSFACTOR SV_VERTEXID SV_VIEWPORTARRAYINDEX TANGENT TANGENT0 TANGENT1 TANGENT2 TANGENT3"
              + " " + "TANGENT4 TESSFACTOR0 TESSFACTOR1 TESSFACTOR2 TESSFACTOR3 TESSFACTOR4 TEXCOORD0 TEXCOORD1"
              + " " + "TEXCOORD2 TEXCOORD3 TEXCOORD4 VFACE VPOS WaveAllBitAnd WaveAllBitOr WaveAllBitXor"
              + " " + "WaveAllEqual WaveAllMax WaveAllMin WaveAllProduct WaveAllSum WaveAllTrue WaveAnyTrue WaveBallot"
              + " " + "WaveGetLaneCount WaveGetLaneIndex WaveGetOrderedIndex WaveIsHelperLane WaveOnce WavePrefixProduct WavePrefixSum WaveReadFirstLane"
              + " " + "WaveReadLaneAt abort abs acos all allow_uav_condition any asdouble"
              + " " + "asfloat asin asint asuint atan atan2 branch call"
              + " " + "ceil clamp clip cos cosh countbits cross ddx"
              + " " + "ddx_coarse ddx_fine ddy ddy_coarse ddy_fine degrees determinant distance"
              + " " + "domain dot dst earlydepthstencil errorf exp exp2 f16tof32"
              + " " + "f32tof16 faceforward fastopt firstbithigh firstbitlow flatten floor fma"
              + " " + "fmod forcecase frac frexp fwidth instance isfinite isinf"
              + " " + "isnan ldexp length lerp lit log log10 log2"
              + " " + "loop mad max maxtessfactor min modf msad4 mul"
              + " " + "noise normalize numthreads outputcontrolpoints outputtopology partitioning patchconstantfunc pow"
              + " " + "printf radians rcp reflect refract reversebits round rsqrt"
              + " " + "saturate sign sin sincos sinh smoothstep sqrt step"
              + " " + "tan tanh tex1D tex1Dbias tex1Dgrad tex1Dlod tex1Dproj tex2D"
              + " " + "tex2Dbias tex2Dgrad tex2Dlod tex2Dproj tex3D tex3Dbias tex3Dgrad tex3Dlod"
              + " " + "tex3Dproj texCUBE texCUBEbias texCUBEgrad texCUBElod texCUBEproj transpose trunc"
              + " " + "unroll");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("hlsl");
    b.start(lx -> {
      lx.push("bol");
    });
    b.state(
        "root",
        s ->
            s.mixin("expr_whitespace")
                .rule(
              "(?s)([\\w*\\s]+?[\\s*])((?-si:[a-zA-Z_][a-zA-Z0-9_]*))(\\s*\\([^;]*?\\)(?:\\s*:\\s+(?-si:[a-zA-Z_][a-zA-Z0-9_]*))?)((?-si:(?:\\s|\\/\\/.*?\\n|\\/[*].*?[*]\\/)+)?)({|;)",
              (lx, m) -> {
                lx.recurse(lx.group(1));
                lx.token(NAME_FUNCTION, lx.group(2));
                lx.recurse(lx.group(3));
                lx.recurse(lx.group(4));
                lx.token(PUNCTUATION, lx.group(5));
                if (lx.group(5).equals("{")) {
                  lx.push("function");
                }
              })
                .rule("\\{", PUNCTUATION, "function")
                .mixin("statements"));
    b.state(
        "expr_bol",
        s ->
            s.mixin("inline_whitespace")
                .rule("#if\\s0", COMMENT, "if_0")
                .rule("#", COMMENT_PREPROC, "macro")
                .rule(
              "",
              (lx, m) -> {
                lx.pop();
              }));
    b.state(
        "bol",
        s ->
            s.rule("(?-si:[a-zA-Z_][a-zA-Z0-9_]*):(?!:)", NAME_LABEL)
                .mixin("expr_bol"));
    b.state(
        "inline_whitespace",
        s ->
            s.rule("[ \\t\\r]+", TEXT)
                .rule("\\\\\\n", TEXT)
                .rule("(?s)/(\\\\\\n)?[*].*?[*](\\\\\\n)?/", COMMENT_MULTILINE));
    b.state(
        "whitespace",
        s ->
            s.rule("(?s)\\n+", TEXT, "bol")
                .rule("//(\\\\.|.)*?$", COMMENT_SINGLE, "bol")
                .mixin("inline_whitespace"));
    b.state(
        "expr_whitespace",
        s ->
            s.rule("(?s)\\n+", TEXT, "expr_bol")
                .mixin("whitespace"));
    b.state(
        "statements",
        s ->
            s.mixin("whitespace")
                .rule("(u8|u|U|L)?\"", STRING, "string")
                .rule("(?i)(u8|u|U|L)?'(\\\\.|\\\\[0-7]{1,3}|\\\\x[a-f0-9]{1,2}|[^\\\\'\\n])'", STRING_CHAR)
                .rule("(?i)(\\d+[.]\\d*|[.]?\\d+)e[+-]?\\d+[lu]*", NUMBER_FLOAT)
                .rule("(?i)\\d+e[+-]?\\d+[lu]*", NUMBER_FLOAT)
                .rule("(?i)0x[0-9a-f]+[lu]*", NUMBER_HEX)
                .rule("(?i)0[0-7]+[lu]*", NUMBER_OCT)
                .rule("(?i)\\d+[lu]*", NUMBER_INTEGER)
                .rule("\\*/", ERROR)
                .rule("[~!%^&*+=\\|?:<>/-]", OPERATOR)
                .rule("[()\\[\\],.;]", PUNCTUATION)
                .rule("\\bcase\\b", KEYWORD, "case")
                .rule("(?:true|false|NULL)\\b", NAME_BUILTIN)
                .rule(
              "[a-zA-Z_][a-zA-Z0-9_]*",
              (lx, m) -> {
                String v_name = lx.group(0);
                if (WORDS0.contains(v_name)) {
                  lx.token(KEYWORD);
                } else {
                  if (WORDS1.contains(v_name)) {
                    lx.token(KEYWORD_TYPE);
                  } else {
                    if (WORDS2.contains(v_name)) {
                      lx.token(KEYWORD_RESERVED);
                    } else {
                      if (WORDS3.contains(v_name)) {
                        lx.token(NAME_BUILTIN);
                      } else {
                        lx.token(NAME);
                      }
                    }
                  }
                }
              }));
    b.state(
        "case",
        s ->
            s.rule(":", PUNCTUATION, POP)
                .mixin("statements"));
    b.state(
        "function",
        s ->
            s.mixin("whitespace")
                .mixin("statements")
                .rule(";", PUNCTUATION)
                .rule("{", PUNCTUATION, "function")
                .rule("}", PUNCTUATION, POP));
    b.state(
        "string",
        s ->
            s.rule("\"", STRING, POP)
                .rule("\\\\([\\\\abfnrtv\"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})", STRING_ESCAPE)
                .rule("[^\\\\\"\\n]+", STRING)
                .rule("\\\\\\n", STRING)
                .rule("\\\\", STRING));
    b.state(
        "macro",
        s ->
            s.mixin("include")
                .rule("[^/\\n\\\\]+", COMMENT_PREPROC)
                .rule("(?s)\\\\.", COMMENT_PREPROC)
                .mixin("inline_whitespace")
                .rule("/", COMMENT_PREPROC)
                .rule("\\n", COMMENT_PREPROC, POP));
    b.state(
        "include",
        s ->
            s.rule(
              "(include)(\\s*)(<[^>]+>)([^\\n]*)",
              (lx, m) -> {
                lx.groups(COMMENT_PREPROC, TEXT, COMMENT_PREPROC_FILE, COMMENT_SINGLE);
              })
                .rule(
              "(include)(\\s*)(\"[^\"]+\")([^\\n]*)",
              (lx, m) -> {
                lx.groups(COMMENT_PREPROC, TEXT, COMMENT_PREPROC_FILE, COMMENT_SINGLE);
              }));
    b.state(
        "if_0",
        s ->
            s.rule("^\\s*#if", COMMENT, "if_0")
                .rule("^\\s*#\\s*el(?:se|if)", COMMENT, POP)
                .rule("(?s)^\\s*#\\s*endif\\b.*?(?<!\\\\)\\n", COMMENT, POP)
                .rule(".*?\\n", COMMENT));
    return b.build();
  }
}

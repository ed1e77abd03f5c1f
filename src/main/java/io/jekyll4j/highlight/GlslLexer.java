package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's GLSL lexer ({@code lexers/glsl.rb}) as a rule table. */
final class GlslLexer {
  private GlslLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "attribute break case centroid const continue default discard"
              + " " + "do else flat for if in inout invariant"
              + " " + "layout noperspective out patch precision return sample smooth"
              + " " + "struct subroutine switch uniform varying while");

  private static final Set<String> WORDS1 =
      Words.set(
          "bool bvec2 bvec3 bvec4 dmat2 dmat2x2 dmat2x3 dmat2x4"
              + " " + "dmat3 dmat3x2 dmat3x3 dmat3x4 dmat4 dmat4x2 dmat4x3 dmat4x4"
              + " " + "double dvec2 dvec3 dvec4 false float highp int"
              + " " + "isampler1D isampler1DArray isampler2D isampler2DArray isampler2DMS isampler2DMSArray isampler2DRect isampler3D"
              + " " + "isamplerBuffer isamplerCube isamplerCubeArray ivec2 ivec3 ivec4 lowp mat2"
              + " " + "mat2x2 mat2x3 mat2x4 mat3 mat3x2 mat3x3 mat3x4 mat4"
              + " " + "mat4x2 mat4x3 mat4x4 mediump sampler1D sampler1DArray sampler1DArrayShadow sampler1DShadow"
              + " " + "sampler2D sampler2DArray sampler2DArrayShadow sampler2DMS sampler2DMSArray sampler2DRect sampler2DRectShadow sampler2DShadow"
              + " " + "sampler3D samplerBuffer samplerCube samplerCubeArray samplerCubeArrayShadow samplerCubeShadow true uint"
              + " " + "usampler1D usampler1DArray usampler2D usampler2DArray usampler2DMS usampler2DMSArray usampler2DRect usampler3D"
              + " " + "usamplerBuffer usamplerCube usamplerCubeArray uvec2 uvec3 uvec4 vec2 vec3"
              + " " + "vec4 void");

  private static final Set<String> WORDS2 =
      Words.set(
          "active asm cast class common enum extern external"
              + " " + "filter fixed fvec2 fvec3 fvec4 goto half hvec2"
              + " " + "hvec3 hvec4 iimage1D iimage1DArray iimage2D iimage2DArray iimage3D iimageBuffer"
              + " " + "iimageCube image1D image1DArray image1DArrayShadow image1DShadow image2D image2DArray image2DArrayShadow"
              + " " + "image2DShadow image3D imageBuffer imageCube inline input interface long"
              + " " + "namespace noinline output packed partition public row_major sampler3DRect"
              + " " + "short sizeof static superp template this typedef uimage1D"
              + " " + "uimage1DArray uimage2D uimage2DArray uimage3D uimageBuffer uimageCube union unsigned"
              + " " + "using volatile");

  private static final Set<String> WORDS3 =
      Words.set(
          "gl_BackColor gl_BackLightModelProduct gl_BackLightProduct gl_BackMaterial gl_BackSecondaryColor gl_ClipDistance gl_ClipPlane gl_ClipVertex"
              + " " + "gl_Color gl_DepthRange gl_DepthRangeParameters gl_EyePlaneQ gl_EyePlaneR gl_EyePlaneS gl_EyePlaneT gl_Fog"
              + " " + "gl_FogCoord gl_FogFragCoord gl_FogParameters gl_FragColor gl_FragCoord gl_FragData gl_FragDepth gl_FrontColor"
              + " " + "gl_FrontFacing gl_FrontLightModelProduct gl_FrontLightProduct gl_FrontMaterial gl_FrontSecondaryColor gl_InstanceID gl_InvocationID gl_Layer"
              + " " + "gl_LightModel gl_LightModelParameters gl_LightModelProducts gl_LightProducts gl_LightSource gl_LightSourceParameters gl_MaterialParameters gl_MaxClipDistances"
              + " " + "gl_MaxClipPlanes gl_MaxCombinedTextureImageUnits gl_MaxDrawBuffers gl_MaxFragmentInputComponents gl_MaxFragmentUniformComponents gl_MaxFragmentUniformVectors gl_MaxGeometryInputComponents gl_MaxGeometryOutputComponents"
              + " " + "gl_MaxGeometryTextureImageUnits gl_MaxGeometryUniformComponents gl_MaxGeometryVaryingComponents gl_MaxLights gl_MaxPatchVertices gl_MaxTessControlInputComponents gl_MaxTessControlOutputComponents gl_MaxTessControlTextureImageUnits"
              + " " + "gl_MaxTessControlTotalOutputComponents gl_MaxTessControlUniformComponents gl_MaxTessEvaluationInputComponents gl_MaxTessEvaluationOutputComponents gl_MaxTessEvaluationTextureImageUnits gl_MaxTessEvaluationUniformComponents gl_MaxTessGenLevel gl_MaxTessPatchComponents"
              + " " + "gl_MaxTextureCoords gl_MaxTextureImageUnits gl_MaxTextureUnits gl_MaxVaryingComponents gl_MaxVaryingFloats gl_MaxVaryingVectors gl_MaxVertexAttribs gl_MaxVertexOutputComponents"
              + " " + "gl_MaxVertexTextureImageUnits gl_MaxVertexUniformComponents gl_MaxVertexUniformVectors gl_MaxViewports gl_ModelViewMatrix gl_ModelViewMatrixInverse gl_ModelViewMatrixInverseTranspose gl_ModelViewMatrixTranspose"
              + " " + "gl_ModelViewProjectionMatrix gl_ModelViewProjectionMatrixInverse gl_ModelViewProjectionMatrixInverseTranspose gl_ModelViewProjectionMatrixTranspose gl_MultiTexCord0 gl_MultiTexCord1 gl_MultiTexCord2 gl_MultiTexCord3"
              + " " + "gl_MultiTexCord4 gl_MultiTexCord5 gl_MultiTexCord6 gl_MultiTexCord7 gl_Normal gl_NormalMatrix gl_NormalScale gl_ObjectPlaneQ"
              + " " + "gl_ObjectPlaneR gl_ObjectPlaneS gl_ObjectPlaneT gl_PatchVerticesIn gl_PerVertex gl_Point gl_PointCoord gl_PointParameters"
              + " " + "gl_PointSize gl_Position gl_PrimitiveID gl_PrimitiveIDIn gl_ProjectionMatrix gl_ProjectionMatrixInverse gl_ProjectionMatrixInverseTranspose gl_SampleID"
              + " " + "gl_SampleMask gl_SamplePosition gl_SecondaryColor gl_TessCoord gl_TessLevelInner gl_TessLevelOuter gl_TexCoord gl_TextureEnvColor"
              + " " + "gl_TextureMatrix gl_TextureMatrixInverse gl_TextureMatrixInverseTranspose gl_TextureMatrixTranspose gl_VertexID gl_ViewportIndex");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("glsl");
    b.start(lx -> {
      lx.push("bol");
    });
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
        "root",
        s ->
            s.mixin("expr_whitespace")
                .rule(
              "(?s)([\\w*\\s]+?[\\s*])((?-si:[a-zA-Z_][a-zA-Z0-9_]*))(\\s*\\([^;]*?\\))((?-si:(?:\\s|\\/\\/.*?\\n|\\/[*].*?[*]\\/)+)?)({|;)",
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

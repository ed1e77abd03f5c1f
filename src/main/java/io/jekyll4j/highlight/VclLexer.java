package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's VCL: Varnish Configuration Language lexer ({@code lexers/varnish.rb}) as a rule table. */
final class VclLexer {
  private VclLexer() {}

  private static final java.util.Set<String> KEYWORDS =
      Words.set("BOOL FLOAT INTEGER IP RTIME STRING TIME acl"
          + " " + "backend declare director elif else elseif elsif if"
          + " " + "import include local probe set unset vcl");
  private static final java.util.Set<String> FUNCTIONS =
      Words.set("ban call hash_data new regsub regsuball return rollback"
          + " " + "std.cache_req_body std.collect std.duration std.fileread std.healthy std.integer std.ip std.log"
          + " " + "std.port std.querysort std.random std.real std.real2time std.rollback std.set_ip_tos std.strstr"
          + " " + "std.syslog std.time std.time2integer std.time2real std.timestamp std.tolower std.toupper synth"
          + " " + "synthetic");
  private static final java.util.Set<String> VARIABLES =
      Words.set("bereq bereq.backend bereq.between_bytes_timeout bereq.connect_timeout bereq.first_byte_timeout bereq.method bereq.proto bereq.retries"
          + " " + "bereq.uncacheable bereq.url bereq.xid beresp beresp.age beresp.backend beresp.backend.ip beresp.backend.name"
          + " " + "beresp.do_esi beresp.do_gunzip beresp.do_gzip beresp.do_stream beresp.grace beresp.keep beresp.proto beresp.reason"
          + " " + "beresp.status beresp.storage_hint beresp.ttl beresp.uncacheable beresp.was_304 client.identity client.ip local.ip"
          + " " + "now obj.age obj.grace obj.hits obj.keep obj.proto obj.reason obj.status"
          + " " + "obj.ttl obj.uncacheable remote.ip req req.backend_hint req.can_gzip req.esi req.esi_level"
          + " " + "req.hash_always_miss req.hash_ignore_busy req.method req.proto req.restarts req.ttl req.url req.xid"
          + " " + "resp resp.proto resp.reason resp.status server.hostname server.identity server.ip");

  private static final Pattern DECIMAL = RubyPattern.compile("^[0-9]+$");
  private static final Pattern HEX = RubyPattern.compile("^0x(?i-s:[0-9a-f]+)$");


  private static final Set<String> WORDS0 =
      Words.set(
          "BOOL FLOAT INTEGER IP RTIME STRING TIME acl"
              + " " + "backend declare director elif else elseif elsif if"
              + " " + "import include local probe set unset vcl");

  static RegexLexer create(Function<String, Optional<Lexer>> lookup) {
    Function<String, Lexer> lexer = t -> lookup.apply(t).orElseThrow();
    RegexLexer.Builder b = RegexLexer.builder("vcl", "varnishconf", "varnish");
    b.state(
        "root",
        s ->
            s.rule("(?s)\\{\".*?\"}", STRING_SINGLE)
                .rule("(?s)\\{(\\w+)\".*?\"(\\1)\\}", STRING_SINGLE)
                .rule("(?s)/\\*.*?\\*/", COMMENT_MULTILINE)
                .rule("(?://|#).*", COMMENT_SINGLE)
                .rule("true|false", KEYWORD_CONSTANT)
                .rule(
              "(?:(?-si:beresp|bereq|resp|req|obj))\\.http\\.[\\w.-]+",
              (lx, m) -> {
                lx.token(NAME_VARIABLE);
              })
                .rule(
              "(?:var)\\.[\\w.-]+",
              (lx, m) -> {
                lx.token(NAME_VARIABLE);
              })
                .rule(
              "(sub)([ \\f\\n\\r\\t\\v]+)([\\w-]+)",
              (lx, m) -> {
                lx.groups(KEYWORD, TEXT, NAME_FUNCTION);
              })
                .rule(
              "C\\{",
              (lx, m) -> {
                lx.token(COMMENT_PREPROC);
                lx.push("inline_c");
              })
                .rule(
              "(?i)\\.?[a-z_][\\w.-]*",
              (lx, m) -> {
                String w = lx.group(0);
                if (KEYWORDS.contains(w)) {
                  lx.token(KEYWORD);
                } else if (FUNCTIONS.contains(w)) {
                  lx.token(NAME_FUNCTION);
                } else if (VARIABLES.contains(w)) {
                  lx.token(NAME_VARIABLE);
                } else {
                  lx.token(TEXT);
                }
              })
                .rule("(?i-s:(?:0x(?i-s:[0-9a-f]+)(?:\\.(?i-s:[0-9a-f]+))?(?:p[+-]?(?i-s:[0-9a-f]+))?)|(?:(?-si:[0-9]+)(?:\\.(?-si:[0-9]+))?(?:e[+-]?(?-si:[0-9]+))?))(?-si:ms|s|m|h|d|w|y)", NUMBER_OTHER)
                .rule(
              "(?i)(?:0x(?i-s:[0-9a-f]+)(?:\\.(?i-s:[0-9a-f]+))?(?:p[+-]?(?i-s:[0-9a-f]+))?)|(?:(?-si:[0-9]+)(?:\\.(?-si:[0-9]+))?(?:e[+-]?(?-si:[0-9]+))?)",
              (lx, m) -> {
                String w = lx.group(0);
                if (DECIMAL.matcher(w).find() || HEX.matcher(w).find()) {
                  lx.token(NUMBER_INTEGER);
                } else {
                  lx.token(NUMBER_FLOAT);
                }
              })
                .rule("\"", STRING_DOUBLE, "string")
                .rule("[&|+-]{2}|[<=>!*/+-]=|<<|>>|!~|[-+*/%><=!&|~]", OPERATOR)
                .rule("[{}();.,]", PUNCTUATION)
                .rule("\\r\\n?|\\n", TEXT)
                .rule(".", TEXT));
    b.state(
        "string",
        s ->
            s.rule("\"", STRING_DOUBLE, POP)
                .rule("\\\\[\\\\\"nt]", STRING_ESCAPE)
                .rule("\\r\\n?|\\n", STRING_DOUBLE)
                .rule(".", STRING_DOUBLE));
    b.state(
        "inline_c",
        s ->
            s.rule("}C", COMMENT_PREPROC, POP)
                .rule(
              "(?s).*?(?=}C)",
              (lx, m) -> {
                lx.delegate(lexer.apply("c"), lx.group(0));
              }));
    return b.build();
  }
}

#!/usr/bin/env ruby
# frozen_string_literal: true
#
# Regenerates src/test/resources/url/slugify-table.txt with real Jekyll's
# Jekyll::Utils.slugify, for SlugsTest. Run from the repository root:
#
#   ruby src/test/scripts/slugify-table.rb > src/test/resources/url/slugify-table.txt
#
# Each line is: mode <TAB> cased <TAB> input <TAB> expected, where mode "(nil)"
# means no mode given, and strings escape backslash, tab, newline and
# non-printable characters as \\, \t, \n and \u{XXXX}.
require "jekyll"

Jekyll.logger.log_level = :error

def escape(str)
  str.each_char.map do |c|
    case c
    when "\\" then "\\\\"
    when "\t" then "\\t"
    when "\n" then "\\n"
    else
      c.match?(/[[:print:]]/) && c != "\u00A0" ? c : format("\\u{%X}", c.ord)
    end
  end.join
end

inputs = [
  "Ünïcödé Title!", "Hello, World!", "  leading and trailing  ", "--a--", "-",
  "The _config.yml file", "Jekyll's slugify: ok?", "C++ & C#", "日本語のタイトル",
  "Привет мир", "Ελληνικά ΟΔΟΣ", "İstanbul", "Straße", "emoji 🎉 party",
  "tab\tand\nnewline", "a.b~c!d$e&f'g(h)i+j,k;l=m@n", "100% pure", "multiple   spaces",
  "under_score", "cafe\u0301 au lait", "ÆØÅ æøå", "Łódź", "Đorđe", "þorn", "ĳsselmeer",
  "ŉ and ſ", "×÷", "", "---", "1.2.3", "x/y\\z", "CamelCase Title", "١٢٣ digits",
  "Ⅻ roman", "½ half", "ǅungla", "Getting Involved", "Hello World! Ünïcödé",
  "What is \"quoted\"?", "a<b>c", "?#[]", "  ", "Ōsaka Tōkyō", "Fußgängerübergänge",
  "Œuvre complète", "Ŋŋ Ħħ Ŧŧ Ŀŀ ĸ", "Zürich · München", "e\u0301", "\u00A0nbsp\u00A0",
  "2024-01-02 Release", "Mañana & Año", "Čeština ěščřžýáíé", "Ærøskøbing", "ÐÞ ðþ",
]
all_latin = (0xA0..0x17F).map { |cp| "x#{cp.chr(Encoding::UTF_8)}y" }
modes = [nil, "raw", "default", "pretty", "ascii", "latin", "none", "Latin", "unknown"]

modes.each do |mode|
  [false, true].each do |cased|
    cases = inputs + (mode == "latin" || mode == "ascii" ? all_latin : [])
    cases.each do |input|
      out = Jekyll::Utils.slugify(input, :mode => mode, :cased => cased)
      puts [mode || "(nil)", cased, escape(input), escape(out)].join("\t")
    end
  end
end

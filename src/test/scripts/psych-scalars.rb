#!/usr/bin/env ruby
# frozen_string_literal: true
#
# Regenerates src/test/resources/compose/psych-scalars.txt: how Psych (the YAML
# writer jekyll-compose uses) writes one string value, for YamlScalarsTest.
# Run from the repository root:
#
#   ruby src/test/scripts/psych-scalars.rb > src/test/resources/compose/psych-scalars.txt
#
# Each line is: input <TAB> the value as Psych writes it after "title: ".
# Inputs are single-line and shorter than Psych's 80-column wrap.
require "yaml"

inputs = [
  "Hello", "Getting Involved", "¡Hola!", "Hello: World", "Note:", "Hello #1", "#1 Hello",
  "123", "1.5", "true", "TRUE", "yes", "No", "off", "On", "null", "NULL", "~", "2024-01-01",
  "2024-13-01", "2024-01-01 10:00:00 +0000", "2024-01-01 10:00 +0000", "y", "n", "Y", "N",
  "a \"q\" b", "\"quoted\" start", "it's", "'single' start", "-dash", "- dash", "a - b",
  ":sym", "a:b", "a: b", "@at", "`tick", "Über", "[x]", "{x}", "x[y]", "a, b", "100%",
  "%pct", "C++", "C#", "What?", "?Q", "? Q", "!bang", "&amp", "*star", "|pipe", ">gt",
  " lead", "trail ", "tab\there", "0755", "0o8", "078", "1_000", "1,000", "1e3", ".5",
  "+.inf", "-.inf", ".NaN", "0x1F", "0b101", "12:30", "1:20:30", "Yes!", "=", "é", "ünïcödé",
  "日本語", "Привет", "a\\b", "---", "--- x", "...", "x---", "_under", "__init__", "3 Days",
  "5 things: a list", "Q&A", "Rock & Roll", "What's New in 2.0?", "v1.2.3", "1.2.3", "+1",
  "-1", "0", "", "Hello   World", "emoji 🎉", "<b>bold</b>", "a|b", "{{ page.title }}",
  "{% raw %}", "Tom & Jerry's", "on", "nil", "Nothing", "none", "Foo #bar", "Foo#bar",
  "ends with #", "ends with:", "x: ", "a\u00A0b", "\u00A0lead", "Sn\u00F8hetta",
]
inputs.each do |s|
  line = Psych.dump({ "title" => s }).sub("---\ntitle: ", "").chomp
  puts [s.gsub("\\", "\\\\\\\\").gsub("\t", "\\t"), line].join("\t")
end

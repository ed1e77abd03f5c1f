(* Parsing /etc/hosts *)
module Hosts =
  autoload xfm

  let sep_tab = Sep.tab
  let sep_spc = Sep.space
  let eol = Util.eol
  let indent = Util.indent

  let comment = Util.comment
  let empty   = [ del /[ \t]*#?[ \t]*\n/ "\n" ]

  let word = /[^# \n\t]+/
  let record = [ seq "host" . indent .
                 [ label "ipaddr" . store word ] . sep_tab .
                 [ label "canonical" . store word ] .
                 [ label "alias" . sep_spc . store word ]* . eol ]

  let lns = ( empty | comment | record ) *
  let xfm = transform lns (incl "/etc/hosts")

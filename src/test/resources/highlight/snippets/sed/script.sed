# Clean up a config file
/^#/d
/^$/d
s/[[:space:]]\+$//
s/\(key\)=\(.*\)/\2 = \1/g
1,10s|/usr/local|/opt|
$a\
end of file
/start/,/end/ {
  y/abc/ABC/
  p
}
3q

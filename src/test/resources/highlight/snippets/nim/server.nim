## A tiny HTTP handler
import asynchttpserver, asyncdispatch, strutils

type
  Counter* = object
    hits: int
    name: string

const greeting = "Hello\tworld\n"
let raw = r"C:\path"
var c = Counter(hits: 0, name: """multi
line""")

proc bump(c: var Counter, by = 1): int {.discardable.} =
  ## Increment the counter
  inc c.hits, by
  result = c.hits

iterator countTo(n: int): int =
  var i = 0
  while i < n:
    yield i
    inc i

template twice(body: untyped) =
  body; body

#[ block
   comment ]#
proc handler(req: Request) {.async.} =
  case req.url.path
  of "/": await req.respond(Http200, greeting & $c.bump())
  else: discard
  if 0x1F > 0o17 and 1_000'i32 >= 3.5e2: echo 'c', not false

echo toUpperAscii("nim"), nil

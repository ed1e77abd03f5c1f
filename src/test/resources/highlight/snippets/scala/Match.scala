def describe(x: Any): String = x match {
  case 0 | 1 => "small"
  case n: Int if n > 100 => "big"
  case s: String => s"""string "$s" of ${s.length}"""
  case (a, b) => s"pair $a $b"
  case _ => "other"
}

val ratio = 0.75d
val hex = 0xFF
val big = 123456789L
val ch = '\n'
for (i <- 1 to 10 if i % 2 == 0) yield i * 2

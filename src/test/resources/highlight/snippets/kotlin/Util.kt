object Slugs {
    private const val MAX = 0x40
    private val re = Regex("""[^a-z0-9]+""")

    fun slugify(text: String?): String {
        val s = text?.lowercase() ?: return ""
        return s.replace(re, "-").trim('-').take(MAX)
    }
}

fun loop() {
    outer@ for (i in 1..10) {
        if (i % 2 == 0) continue@outer
        when (i) { 1, 3 -> println('x'); else -> println(1_000L + 2.5f) }
    }
}

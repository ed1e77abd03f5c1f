sealed class Shape {
    abstract fun area(): Double
    data class Circle(val r: Double) : Shape() {
        override fun area() = Math.PI * r * r
    }
    object Empty : Shape() { override fun area() = 0.0 }
}

inline fun <reified T : Shape> List<Shape>.only(): List<T> = filterIsInstance<T>()

/* block
   comment */
val total = listOf(Shape.Circle(1.5), Shape.Empty).sumOf { it.area() }

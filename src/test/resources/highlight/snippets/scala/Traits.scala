trait Shape {
  def area: Double
}

sealed abstract class Animal(val name: String)
final class Dog(name: String) extends Animal(name) with Serializable

/* block /* nested */ comment */
implicit class RichInt(val n: Int) extends AnyVal {
  def squared: Int = n * n
}

type Callback = (Int, String) => Unit
val sym = 'symbol

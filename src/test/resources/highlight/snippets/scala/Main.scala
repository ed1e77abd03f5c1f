package blog

import scala.concurrent.{Future, ExecutionContext}
import scala.util.Try

case class Post(title: String, views: Int = 0, tags: List[String] = Nil)

object Main extends App {
  val posts = List(Post("Hello", 10), Post("World", 3, List("scala")))
  val popular = posts.filter(_.views > 5).map(p => p.title.toUpperCase)
  println(s"Popular: ${popular.mkString(", ")}")

  def total(ps: Seq[Post]): Int = ps.foldLeft(0)(_ + _.views)
}

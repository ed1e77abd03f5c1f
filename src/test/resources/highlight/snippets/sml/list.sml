(* Standard ML: list utilities *)
structure ListUtil :> LIST_UTIL =
struct
  datatype 'a tree = Leaf | Node of 'a tree * 'a * 'a tree

  exception Empty of string

  fun sum [] = 0
    | sum (x :: xs) = x + sum xs

  fun insert (x, Leaf) = Node (Leaf, x, Leaf)
    | insert (x, t as Node (l, v, r)) =
        if x < v then Node (insert (x, l), v, r)
        else if x > v then Node (l, v, insert (x, r))
        else t

  val squares = List.map (fn n => n * n) [1, 2, 3]
  val pi = 3.14159
  val hex = 0wxFF
  val neg = ~42
  val greeting = "hello\n" ^ String.str #"c"
  type point = {x : real, y : real}
  fun norm ({x, y} : point) = Math.sqrt (x * x + y * y)
  val _ = print (Int.toString (sum squares) handle Overflow => "overflow")
end

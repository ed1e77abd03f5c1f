(* Standard ML: list utilities *)
structure ListUtil :> LIST_UTIL =
struct
  datatype 'a tree = Leaf | Node of 'a tree * 'a * 'a tree

  exception Empty of string

  fun sum [] = 0
    | sum (x :: xs) = x + sum xs


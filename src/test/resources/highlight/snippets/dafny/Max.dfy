// Maximum of an array
method Max(a: array<int>) returns (m: int)
  requires a.Length > 0
  ensures forall i :: 0 <= i < a.Length ==> a[i] <= m
{
  m := a[0];
  var i := 1;
  while i < a.Length
    invariant 1 <= i <= a.Length
    decreases a.Length - i
  {
    if a[i] > m { m := a[i]; }
    i := i + 1;
  }
}

/* block comment */
function Fib(n: nat): nat {
  if n < 2 then n else Fib(n - 1) + Fib(n - 2)
}
datatype Tree = Leaf | Node(left: Tree, val: int, right: Tree)
const s: string := "text\n"
predicate P(x: int) { x is int && true }

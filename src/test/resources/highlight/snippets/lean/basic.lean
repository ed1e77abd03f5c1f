-- Natural numbers
import data.nat.basic
open nat

/-- Doubling function. -/
def double (n : ℕ) : ℕ := n + n

/- block
   comment -/
theorem double_add (a b : ℕ) : double (a + b) = double a + double b :=
begin
  unfold double,
  ring,
end

example : double 2 = 4 := rfl

inductive tree (α : Type)
| leaf : tree
| node : tree → α → tree → tree

#eval double 21
set_option pp.all true

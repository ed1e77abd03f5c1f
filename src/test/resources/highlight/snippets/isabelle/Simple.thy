theory Simple
  imports Main
begin

section \<open>Lists\<close>

(* a comment *)
fun rev :: "'a list \<Rightarrow> 'a list" where
  "rev [] = []"
| "rev (x # xs) = rev xs @ [x]"

lemma rev_rev [simp]: "rev (rev xs) = xs"
proof (induction xs)
  case Nil
  then show ?case by simp
next
  case (Cons a xs)
  then show ?case sorry
qed

value "rev [1, 2, 3 :: nat]"
end

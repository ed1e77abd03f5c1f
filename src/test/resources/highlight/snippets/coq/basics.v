(* A comment (* nested *) here *)
Require Import Coq.Arith.Arith.
From Coq Require Export Bool.Bool.
Set Implicit Arguments.
Module Type FOO.
End FOO.

Inductive natprod : Type :=
  | pair (n1 n2 : nat).

Notation "( x , y )" := (pair x y).
Notation "x && y" := (andb x y).

Theorem review2: ∀b, (orb true b) = true.
Proof.
  intros b. destruct b eqn:E; simpl; try reflexivity.
  - apply H. rewrite -> IHn'. exact 1.5e3.
  repeat (constructor; auto).
Qed.

Definition c := 'a'. Definition s := "str \"q\" \n".
Check 3 = 3.  (* ===> Prop *)
Fixpoint eqb_ty (T1 T2:ty) : bool :=
  match T1,T2 with
  | Bool, Bool ⇒ true
  | _, _ ⇒ false
  end.
Ltac inv H := inversion H; subst; clear H.
Lemma x : ~P /\ Q \/ R -> ?x = 42 ↔ ⊤ ∧ ¬ ⊥.

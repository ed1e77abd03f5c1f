(* Extracted (* nested *) code *)
open Printf
module StringMap = Map.Make(String)

type 'a tree = Leaf | Node of 'a tree * 'a * 'a tree

val add : key -> 'a -> 'a t -> 'a t
let examplemap =
  Map.empty
  |> Map.add "foo" true
  |> Map.add "bar\n\x41\065" false

let rec ceval_step st c = function
  | O -> None
  | S i' ->
    (match c with
     | CSkip -> Some st
     | _ -> raise Not_found)

let () = printf "%d %f %c\n" (0x1F + 0o17 + 0b101 land 3) 1.5e3 'a';
  List.iter (fun x -> ignore x) [1; 2; 3];
  let f ~label ?opt () = `Tag in
  ignore (f ~label:1 () : unit)

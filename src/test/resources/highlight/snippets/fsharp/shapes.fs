// Shapes and areas
module Shapes

open System

(* block
   comment *)
type Shape =
    | Circle of radius: float
    | Rect of width: float * height: float

/// Area of a shape.
let area shape =
    match shape with
    | Circle r -> Math.PI * r ** 2.0
    | Rect (w, h) -> w * h

let shapes = [ Circle 1.0; Rect (2.0, 3.5) ]
let total = shapes |> List.sumBy area
printfn "Total area: %.2f\n" total
let mutable count = 0x1F
count <- count + 1
let s = @"verbatim \path"
let c = 'c'
let tq = """triple "quoted" """
[<EntryPoint>]
let main argv =
    async { return 0 } |> Async.RunSynchronously

# LiveScript sample
require! { fs, path: { join } }

class Animal
  (@name, @legs = 4) ->
  speak: -> "#{@name} makes a sound"

square = (x) -> x * x
cube = -> it ^ 3
nums = [1 to 10] |> map square |> filter (> 20)

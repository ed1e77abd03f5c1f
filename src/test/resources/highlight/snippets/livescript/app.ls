# LiveScript sample
require! { fs, path: p }
/* block
   comment */
class Animal extends Base
  (@name, age = 3) ->
    super!
  move: (meters) ->
    console.log "#{@name} moved #{meters}m."

square = (x) -> x * x
evens = [x for x in [1 to 10] when x % 2 is 0]
obj = {a: 1, b: 'two', c: true, d: null}
{a, b} = obj
result = [1 2 3]
  |> map (* 2)
  |> filter (> 2)
  |> sum
str = """
  multi #{a}
  line
"""
raw = '''no #{interp}'''
re = //^ \d+ (\.\d+)? $//g
for i from 0 til 5
  continue if i is 2
  break unless i < 4
switch
| a > 0 => \positive
| otherwise => 'other'
x = 10km + 0x1F + 3.5e2
&.length

# LiveScript sample
require! { fs, path: { join } }

class Animal
  (@name, @legs = 4) ->
  speak: -> "#{@name} makes a sound"

square = (x) -> x * x
cube = -> it ^ 3
nums = [1 to 10] |> map square |> filter (> 20)
obj = {a: 1, b-c: 'two', "key": 3.5e2}
{a, b-c} = obj
for n in nums when n % 2 is 0
  console.log "even: #n and #{n + 1}"
  continue if n > 50
str = """
  multi
  line #{square 2}
  """
re = /^[a-z]+$/gi
unless fs.exists-sync join \tmp, 'x'
  throw new Error 'missing'
<- set-timeout _, 100

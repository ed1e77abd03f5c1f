# Application entry
###
Block comment
###
class Animal extends Base
  constructor: (@name, age = 3) ->
    super()
  move: (meters) =>
    console.log "#{@name} moved #{meters}m."
    @emit 'moved', meters

square = (x) -> x * x
cubes = (math.cube num for num in list when num > 0x10)
pattern = /^\d+(\.\d+)?$/g
multi = ///
  ^ [a-z]+  # letters
///
html = """
  <div class="#{cls}">#{content}</div>
"""
raw = '''
  no #{interp}
'''
if happy and knowsIt? then clapHands() else showIt()
do -> alert 'done' unless off
obj = {a: 1, b: [true, null, undefined], 'c': 2.5e3}
`var jsEmbedded = 1;`

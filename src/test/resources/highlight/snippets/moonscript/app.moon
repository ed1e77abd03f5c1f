-- MoonScript sample
import insert from table

class Animal
  new: (@name, @legs = 4) =>
  speak: => print "#{@name} says hi"

class Dog extends Animal
  speak: =>
    super!
    print "woof"

square = (x) -> x * x
nums = [square i for i = 1, 10 when i % 2 == 0]
t = { name: "moon", count: 0x10, ratio: 1.5e2, list: {1, 2, 3} }
for k, v in pairs t
  insert nums, v if type(v) == "number"
str = [[long
string]]
print string.format("%d items", #nums), math.floor 3.7
unless t.missing then print 'no'

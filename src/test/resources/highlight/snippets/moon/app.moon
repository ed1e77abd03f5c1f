-- MoonScript sample
import insert from table

class Animal
  new: (@name, @legs = 4) =>
  speak: => print "#{@name} says hi"

class Dog extends Animal
  speak: =>
    super!

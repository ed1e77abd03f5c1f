// Wollok example
object pepita {
  var energy = 100
  const name = "Pepita"

  method fly(kilometers) {
    energy -= kilometers * 2.5
    return self
  }

  method isTired() = energy < 20

  /* eat some food */
  method eat(food) {
    energy += food.energy()
  }
}

class Bird inherits Animal {
  var property color = "blue"
  override method fly(km) { super(km) }
}

test "pepita flies" {
  pepita.fly(10)
  assert.equals(75, pepita.energy())
  const birds = [pepita, new Bird()]
  const nums = #{1, 2, 3}
}

greet = (name) -> "Hello, #{name}!"
alert greet 'world'

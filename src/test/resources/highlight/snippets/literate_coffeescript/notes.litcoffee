# Literate CoffeeScript

This is *Markdown* prose with `code`.

    square = (x) -> x * x
    console.log square 4

More prose:

- one
- two

    cube = (x) -> square(x) * x

Text

> x = 1 + 2

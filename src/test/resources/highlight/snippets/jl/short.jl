f(x) = 2x + 1
@show f.(1:3)

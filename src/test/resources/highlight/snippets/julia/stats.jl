# Running statistics
module Stats

export mean, describe

"""
    mean(xs)

Arithmetic mean of `xs`.
"""
function mean(xs::AbstractVector{T}) where {T<:Real}
    isempty(xs) && throw(ArgumentError("empty input"))
    s = zero(T)
    for x in xs
        s += x
    end
    return s / length(xs)
end

struct Summary
    n::Int
    μ::Float64
end

describe(xs) = Summary(length(xs), mean(xs))

Base.show(io::IO, s::Summary) = print(io, "n=$(s.n), mean=$(round(s.μ; digits=2))")

const DATA = [1, 2.5, 0x1f, 1e-3, 3im]
macro twice(ex)
    quote
        $(esc(ex)); $(esc(ex))
    end
end
#= block
   comment =#
println(describe([1.0, 2.0, 3.0]), ' ', :sym, r"^a+$", 'c', !true)
a = [x^2 for x in 1:10 if isodd(x)]
end # module

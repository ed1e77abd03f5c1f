NB. Simple statistics in J
require 'stats/base'

mean =: +/ % #
stddev =: %:@(+/@:*:@:- mean) % <:@#

Note 'usage'
  mean 1 2 3 4
  stddev 2 4 4 4 5 5 7 9
)

square =: monad def 'y * y'
add =: dyad : 'x + y'

text =: noun define
This is a noun
spanning lines.
)

fizz =: 3 : 0
  r =. ''
  for_i. >: i. y do.
    if. 0 = 15 | i do. r =. r , <'FizzBuzz'
    elseif. 0 = 3 | i do. r =. r , <'Fizz'
    else. r =. r , < ": i end.
  end.
  r
)

data =: 3 4 $ i. 12
echo +/"1 data
echo (mean , stddev) 1.5 2.5 _3 4e2
s =: 'it''s'

fact :: Integer -> Integer
fact 0 = 1
fact n | n > 0 = n * fact (n - 1)
       | otherwise = error "negative"

chars = ['a', '\n', '\x41', '\SOH', '\'']
nums = (1.5e3, 0xFF, 0o17, [], ())
greet name = "Hello, " ++ name ++ "!\t\"quoted\""
ys = [x * 2 | x <- [1..10], even x]

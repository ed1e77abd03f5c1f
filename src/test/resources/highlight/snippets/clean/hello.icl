module hello

import StdEnv

// Sum a list
sum :: [Int] -> Int
sum [] = 0
sum [x:xs] = x + sum xs

/* block
   comment */
Start :: (Int, Bool, String)
Start = (sum [1..10], True, "done\n")
where
	twice f x = f (f x)

This is a literate Haskell program.

> module Main where
> import Data.List (sort)

Some explanation of the function below.

> main :: IO ()
> main = print (sort [3, 1, 2]) -- comment

The end.

module Vect

import Data.Fin
import Data.List as L

||| Length-indexed vectors.
data Vect : Nat -> Type -> Type where
  Nil  : Vect Z a
  (::) : a -> Vect k a -> Vect (S k) a

-- Append two vectors
append : Vect n a -> Vect m a -> Vect (n + m) a
append [] ys = ys
append (x :: xs) ys = x :: append xs ys

{- block
   comment -}
main : IO ()
main = do
  let v = 1 :: 2 :: Nil
  putStrLn ("length: " ++ show (length [1, 2, 3]))
  printLn 'c'

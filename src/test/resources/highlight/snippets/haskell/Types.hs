{-# LANGUAGE OverloadedStrings #-}
module Types where

newtype Slug = Slug String

class Render a where
  render :: a -> String

instance Render Slug where
  render (Slug s) = "/" ++ s ++ "/"

{- A nested {- comment -} here -}
total :: [Int] -> Int
total = foldr (+) 0

module Main (main) where

import qualified Data.Map as Map
import Data.List (sortBy, foldl')
import System.IO hiding (readFile)

-- | A blog post.
data Post = Post
  { title :: String
  , views :: Int
  } deriving (Show, Eq)

main :: IO ()
main = do
  let posts = [Post "Hello" 10, Post "World" 3]
  mapM_ (putStrLn . title) (sortBy (\a b -> compare (views b) (views a)) posts)

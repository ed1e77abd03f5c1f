;; A small Hy program
(import os [sys :as system])
(require hyrule [->])

(defn greet [name * [loud False]]
  "Greet someone."
  (setv msg (+ "Hello, " name "!"))
  (if loud (.upper msg) msg))

(defclass Point []
  (defn __init__ [self x y]
    (setv self.x x self.y y)))

(print (greet "world" :loud True))
(for [i (range 10)]
  (when (= (% i 2) 0) (print i 3.14 0xFF)))
(let [xs [1 2 3] d {"a" 1}] (lfor x xs (* x x)))

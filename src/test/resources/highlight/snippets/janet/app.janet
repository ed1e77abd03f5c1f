# A Janet program
(import spork/json :as json)

(defn greet
  "Greet someone."
  [name &opt loud]
  (def msg (string "Hello, " name "!"))
  (if loud (string/ascii-upper msg) msg))

(defmacro unless [c & body]
  ~(if ,c nil (do ,;body)))

(var counter 0)
(loop [i :range [0 10] :when (even? i)]
  (++ counter)
  (print i " " (* i 2.5)))
(def tbl @{:a 1 :b [1 2 3] "c" 0xFF})
(print (greet "world" true) 'quoted (quote (1 2)) nil)
``long
string``

;; A small Clojure namespace
(ns example.core
  (:require [clojure.string :as str])
  (:import (java.util Date)))

(def ^:private greeting "Hello, \"world\"")

(defn greet
  "Returns a greeting for `name`."
  [name & {:keys [loud?] :or {loud? false}}]
  (let [s (str greeting ", " name)]
    (if loud? (str/upper-case s) s)))

(defmacro unless [test & body]
  `(if (not ~test) (do ~@body)))

(defn -main [& args]
  (doseq [x (range 10)
          :when (odd? x)]
    (println x (* x 2.5) 0x1F \a #"re.*x" nil true))
  #_(ignored form)
  (->> args (map greet) (filter some?) vec)
  (swap! (atom {:count 0}) update :count inc)
  @(future (Thread/sleep 10) :done))

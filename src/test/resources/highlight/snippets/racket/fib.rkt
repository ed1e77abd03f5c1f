#lang racket
;; Fibonacci with memoization
(require racket/list)
#| block
   comment |#
(define memo (make-hash))
(define (fib n)
  (cond [(< n 2) n]
        [else (hash-ref! memo n
                         (λ () (+ (fib (- n 1)) (fib (- n 2)))))]))
(define-struct point (x y) #:transparent)
(for ([i (in-range 10)])
  (printf "~a: ~a\n" i (fib i)))
(let* ([s "string with \"escape\""]
       [c #\a] [v #(1 2 3)] [b #t] [f 3.14] [h #xFF])
  (displayln (list s c v b f h 'sym `(1 ,@(list 2 3)))))
#;(ignored form)

;; list utilities
(define (my-map f lst)
  (if (null? lst)
      '()
      (cons (f (car lst)) (my-map f (cdr lst)))))
#| a block
   comment |#
(define-syntax swap!
  (syntax-rules ()
    ((_ a b) (let ((tmp a)) (set! a b) (set! b tmp)))))
(display (my-map (lambda (x) (* x x)) '(1 2 3.5 #xff)))
(newline)
(let ((s "hello \"world\"") (c #\space) (v #(1 2)))
  (string-append s (string c)))

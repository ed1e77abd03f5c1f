;;;; Utilities
(defpackage :util
  (:use :cl)
  (:export #:flatten #:average))
(in-package :util)

#| block
   comment |#
(defun flatten (tree)
  "Flatten a nested list."
  (cond ((null tree) nil)
        ((atom tree) (list tree))
        (t (append (flatten (car tree))
                   (flatten (cdr tree))))))

(defun average (&rest numbers &key (default 0))
  (declare (ignorable default))
  (if numbers
      (/ (reduce #'+ numbers) (length numbers))
      default))

(defmacro with-timing (&body body)
  `(let ((start (get-internal-real-time)))
     (prog1 (progn ,@body)
       (format t "~&took ~a~%" (- (get-internal-real-time) start)))))

(defclass point ()
  ((x :initarg :x :accessor point-x :type integer)))
(print (list 1 2.5 #x1F #\a "str \"q\"" 'sym :key #(1 2) 3/4))
))

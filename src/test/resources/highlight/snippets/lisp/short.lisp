(format t "Hello, ~a!~%" "world")

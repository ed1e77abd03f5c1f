[1] pry(main)> 1 + 1
=> 2

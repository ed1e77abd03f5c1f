irb(main):001:0> x = [1, 2, 3].map { |n| n * 2 }
=> [2, 4, 6]
irb(main):002:0> puts "hello #{x.sum}"
hello 12
=> nil
irb(main):003:0> Foo.new
=> #<Foo:0x00007f bar=1>
irb(main):004:0> raise ArgumentError, "bad"
ArgumentError: bad
	from (irb):4
# a comment line
irb(main):005:0* def sq(n)
irb(main):006:1*   n ** 2
irb(main):007:1> end
=> :sq

#!/usr/bin/env ruby
numbers = [1, 2.5, 0x1F, 0b1010, 1_000_000, 3e10]
total = numbers.select { |n| n > 1 }.sum
hash = { name: "Jekyll", "version" => 4.3, nil => false }

numbers.each_with_index do |n, i|
  next if n.zero?
  puts "#{i}: #{n}" unless n.nil?
end

result = case total
         when 0..10 then :small
         when Integer, Float then :big
         else raise ArgumentError, "bad"
         end

begin
  File.open("x.txt", "w") { |f| f << result.to_s }
rescue IOError => e
  warn e.message
ensure
  $stderr.puts "done" if defined?(DEBUG) && !DEBUG
end
x = total > 10 ? "yes" : "no"
=begin
block comment
=end
__END__
data here

name = "world"
greeting = "Hello, #{name.capitalize}!\n"
single = 'it\'s #{not} interpolated'
path = %q(C:\tmp\file)
words = %w[alpha beta gamma]
syms = %i[one two]
cmd = `ls -la #{Dir.pwd}`
pattern = /\A(\d{4})-(\d{2})\z/i
other = %r{^/posts/(?<slug>[^/]+)/?$}x
sql = <<~SQL
  SELECT * FROM posts
  WHERE id = #{id}
SQL
text = <<-'RAW'
  no #{interp} here
  RAW
ch = ?a
puts greeting, :"quoted sym", $stdout.sync

# A tiny HTTP server
require "http/server"

module Demo
  VERSION = "1.0.0"

  class Counter(T)
    getter count : Int32 = 0
    @items = [] of T

    def initialize(@name : String, *, @step = 1)
    end

    def increment! : Int32
      @count += @step
    end

    def self.create(name) : self
      new(name)
    end
  end
end

server = HTTP::Server.new do |context|
  path = context.request.path
  context.response.content_type = "text/plain"
  context.response.print "Hello #{path.upcase}! #{1 + 2}\n"
end

text = <<-TEXT
  heredoc with #{interp}
  TEXT
words = %w(alpha beta gamma)
re = %r{^/api/(\d+)$}i
sym = :symbol
hash = {"a" => 1_000, b: 0x1F, c: 3.14_f32, d: 'c'}
case path
when /users/ then puts "users"
else              puts nil.inspect
end
macro define_method(name)
  def {{name.id}}; {{name.stringify}}; end
end
server.bind_tcp 8080 if ENV["PORT"]? || true

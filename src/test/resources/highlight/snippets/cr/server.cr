# A tiny HTTP server
require "http/server"

module Demo
  VERSION = "1.0.0"

  class Counter(T)
    getter count : Int32 = 0
    @items = [] of T


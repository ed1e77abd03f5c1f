-module(hello).
-export([hello/1]).
hello(Name) when is_list(Name) ->
    io:format("Hello, ~s!~n", [Name]).

! Copyright (C) 2024 Example.
USING: io kernel math math.parser sequences ;
IN: hello

: greet ( name -- )
    "Hello, " prepend "!" append print ;

: squares ( n -- seq )
    iota [ dup * ] map ;

TUPLE: point x y ;

: distance ( point -- n )
    [ x>> sq ] [ y>> sq ] bi + sqrt ; inline

CONSTANT: limit 10

MAIN: [
    "world" greet
    limit squares [ number>string print ] each
    HEX: ff . 3.5 2 / .
    ! done
]

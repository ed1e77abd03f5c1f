#!/usr/bin/env tclsh
# A Tcl script
package require Tcl 8.5

proc greet {name {greeting "Hello"}} {
    set msg "$greeting, $name!"
    puts $msg
    return [string length $msg]
}

set items [list apple banana {cherry pie}]
foreach item $items {
    if {[string match "b*" $item]} {
        puts "starts with b: $item"
    } elseif {$item eq "apple"} {
        continue
    }
}
array set ages {alice 30 bob 25}
set total [expr {$ages(alice) + $ages(bob) * 2.5}]
puts "total: $total, hex: [format %x 255]"
greet World
set s "{ braces } in a string"

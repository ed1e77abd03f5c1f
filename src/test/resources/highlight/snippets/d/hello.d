#!/usr/bin/env rdmd
module app;

import std.stdio;
import std.algorithm : map, filter;

/** A documented struct */
struct Point(T) {
    T x, y;
    @property T norm() const pure nothrow { return x * x + y * y; }
}

/+ nested /+ comment +/ here +/
void main(string[] args) {
    auto pts = [Point!int(1, 2), Point!int(3, 4)];
    immutable double pi = 3.14159L;
    ulong big = 0xFFFF_FFFFUL;
    int bin = 0b1010;
    char c = '\n';
    string raw = r"C:\path";
    string q = q{ int x = 1; };
    string w = `backtick`;
    foreach (i, p; pts) {
        writefln("%d: %s", i, p.norm);
    }
    static if (is(typeof(pi) == double)) {
        assert(pi > 3, "pi too small");
    }
}

#!/usr/bin/env rdmd
module app;

import std.stdio;
import std.algorithm : map, filter;

/** A documented struct */
struct Point(T) {
    T x, y;
    @property T norm() const pure nothrow { return x * x + y * y; }

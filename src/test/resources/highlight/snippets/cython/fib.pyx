# cython: language_level=3
"""Fast Fibonacci numbers."""
cimport cython
from libc.stdlib cimport malloc, free
import numpy as np

cdef extern from "math.h":
    double sqrt(double x)

cdef struct Point:
    double x
    double y

cdef class Counter:
    cdef public int count
    cdef readonly str name

    def __init__(self, str name):
        self.name = name
        self.count = 0

    cpdef int incr(self, int step=1) except -1:
        self.count += step
        return self.count

@cython.boundscheck(False)
def fib(int n):
    cdef int i
    cdef long a = 0, b = 1
    cdef double *buf = <double *> malloc(n * sizeof(double))
    for i in range(n):
        a, b = b, a + b
    free(buf)
    print(f"fib({n}) = {a!r:>10}", r'\d+', b'\x00', 0x1F, 1.5e-3j)
    return a

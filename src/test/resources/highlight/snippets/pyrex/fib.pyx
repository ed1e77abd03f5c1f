# cython: language_level=3
"""Fast Fibonacci numbers."""
cimport cython
from libc.stdlib cimport malloc, free
import numpy as np

cdef extern from "math.h":
    double sqrt(double x)

cdef struct Point:

% Family relations
:- module(family, [grandparent/2]).
:- dynamic parent/2.

parent(tom, bob).
parent(bob, 'Ann Marie').
parent(bob, pat).

/* Block
   comment */
grandparent(X, Z) :-
    parent(X, Y),
    parent(Y, Z).

count([], 0).
count([_|T], N) :- count(T, N0), N is N0 + 1.

greet(Name) :- format("Hello, ~w!~n", [Name]), X = 0'a, Y = 3.14, Z = 0x1F, !.

(* Mathematica demo *)
f[x_] := x^2 + 2 x + 1
g[x_Integer, y_:0] := Module[{z = x + y}, z/2]
data = Table[{i, f[i]}, {i, 1, 10}];
Plot[Sin[x] Exp[-x/5], {x, 0, 10}, PlotStyle -> Red]
sol = Solve[a x^2 + b x + c == 0, x]
$Assumptions = x > 0;
list = {1, 2.5, 3*^4, 16^^FF, "a string"}
Map[#^2 &, list] // N
In[1]:= 1 + 1

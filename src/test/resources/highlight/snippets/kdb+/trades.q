/ kdb+ trade analytics
trade:([] sym:`AAPL`MSFT`AAPL; price:101.5 202.25 102f; size:100 200 300i)
vwap:{[p;s] (sum p*s) % sum s}
select vwap[price;size] by sym from trade where size > 50
t:2024.01.15D10:30:00.000
x: til 10
f:{x+y}[1]
-1 "hello world\n";
\l script.q
if[count x; show x]

function [x, res] = solve(A, b, tol)
% SOLVE  Solve A*x = b with a residual check.
%{
  Block comment
%}
if nargin < 3
    tol = 1e-10;
end
x = A \ b;
res = norm(A*x - b);
fprintf('residual: %g\n', res);
msg = "done";
for k = 1:numel(x)
    y(k) = x(k)' .^ 2;  % transpose and power
end
M = [1 2; 3 4]';
s = struct('name', {'a', 'b'});
while res > tol, res = res / 2; end
!ls -la
try
    error('myid:sub', 'bad %d', 42);
catch err
    disp(err.message)
end
end

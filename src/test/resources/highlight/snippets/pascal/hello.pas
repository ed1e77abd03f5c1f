program Hello; { a comment }
(* another
   comment *)
// line comment
uses SysUtils;
var
  X, Y : Integer;
  S : String;
begin
  X := $1F + 3.5e2 + 10;
  S := 'it''s';
  if (X > 0) and not False then
    WriteLn(S, @X, nil);
  Z ::= X;;
  WHILE ~(Z = 0) DO
    Y ::= Y * Z;;
END.

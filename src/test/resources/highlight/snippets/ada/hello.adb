-- A small Ada program
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Containers.Vectors;

procedure Hello is
   package Int_Vectors is new Ada.Containers.Vectors
     (Index_Type => Natural, Element_Type => Integer);
   use Int_Vectors;

   type Color is (Red, Green, Blue);
   subtype Small is Integer range 0 .. 100;
   V     : Vector;
   Total : Small := 0;
   Ratio : constant Float := 1.5E-3;
   Mask  : constant := 16#FF#;
   C     : Character := 'A';

   function Square (X : Integer) return Integer is (X * X);
begin
   for I in 1 .. 5 loop
      V.Append (Square (I));
   end loop;
   for E of V loop
      if E mod 2 = 0 and then E /= 4 then
         Total := Total + E;
      end if;
   end loop;
   Put_Line ("Total:" & Integer'Image (Total) & " done");
exception
   when Constraint_Error => Put_Line ("overflow");
end Hello;

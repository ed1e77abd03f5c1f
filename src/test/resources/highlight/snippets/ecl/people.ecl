IMPORT Std;

// Record layout for the people file
Layout_Person := RECORD
  UNSIGNED4 id;
  STRING20  firstname;
  STRING25  lastname;
  INTEGER1  age;
  REAL8     balance;
  BOOLEAN   active := TRUE;
END;

/* The raw data */
People := DATASET('~tutorial::people', Layout_Person, THOR);

Adults := People(age >= 18 AND active);

Summary := TABLE(Adults, {lastname, cnt := COUNT(GROUP), avg_bal := AVE(GROUP, balance)},
                 lastname);

#OPTION('outputLimit', 100);
SortedSummary := SORT(Summary, -cnt, lastname);
OUTPUT(CHOOSEN(SortedSummary, 10), NAMED('TopNames'));
OUTPUT(Std.Str.ToUpperCase('done'), NAMED('Status'));
x := 0x1F + 101b + 3.5e2;

var x:Number = 42;
trace(x * 2);

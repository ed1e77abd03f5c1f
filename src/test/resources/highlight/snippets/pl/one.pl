print "Hello, $ENV{USER}!\n" for 1..3;

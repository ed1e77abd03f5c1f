import ceylon.collection { HashMap }

"Run the module `hello`."
shared void run() {
    value greetings = HashMap<String, Integer>();
    variable Integer count = 0;
    for (name in ["Alice", "Bob"]) {
        greetings.put(name, name.size);
        count++;
    }
    // print them
    if (exists first = greetings.first) {
        print("First: ``first.key``");
    }
    /* numbers */
    Float ratio = 1_000.000_5;
    Integer mask = #FF_FF + $1010;
    Character c = 'x';
    print(count > 1 then "many" else "one");
}

shared class Point(shared Float x, shared Float y) extends Object() {
    shared actual String string => "(``x``, ``y``)";
}

component extends="Base" accessors=true {
    // Application component
    property name="title" type="string" default="Home";

    /* block comment */
    public string function greet(required string name) {
        var msg = "Hello, #arguments.name#!";
        local.count = 0x1F + 3.5;
        if (len(msg) > 5 && !isNull(name)) {
            writeOutput(msg);
        } else {
            throw(type="Error", message='bad');
        }
        for (var i = 1; i <= 10; i++) { count++; }
        return msg;
    }
}

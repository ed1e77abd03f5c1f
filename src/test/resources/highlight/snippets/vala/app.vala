/* A Vala application */
using GLib;

namespace Demo {
    public class Greeter : Object {
        public string name { get; set; default = "World"; }
        private int count = 0;

        public signal void greeted (string who);

        // say hello
        public void greet () {
            count++;
            stdout.printf ("Hello, %s! (%d)\n", name, count);
            var msg = @"Greeted $name $(count) times";
            greeted (msg);
        }
    }

    public static int main (string[] args) {
        var g = new Greeter () { name = args.length > 1 ? args[1] : 'x'.to_string () };
        double ratio = 0.5e2;
        uint mask = 0xFF;
        g.greet ();
        return 0;
    }
}

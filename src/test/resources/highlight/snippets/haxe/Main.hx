// package-less module




/** Entry point */
@:keep
class Main<T> extends Base implements IRunnable {
    static inline var MAX:Int = 0xFF;
    var names:Array<String> = ["a", 'b${1 + 2}c'];

    public static function main():Void {
        var m = new StringMap<Int>();
        m.set("x", 42);
        var re = ~/h(a)+x/gi;
        #if debug
        trace('value: $MAX and ${m.get("x")}');
        #end
        for (i in 0...10) {
            if (i % 2 == 0 && re.match("haax")) continue;
        }
        switch (m.get("x")) {
            case 42: trace(1.5e10);
            case _: null;
        }
    }

    @:meta(1) override function run(x:Float):Bool return x > 0.5;
}

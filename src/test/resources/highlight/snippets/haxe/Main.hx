
/** Entry point. */
@:keep
class Main {
    static inline var MAX = 0x1F;
    var names:Array<String> = ["a", 'b'];

    public static function main():Void {
        var map = new StringMap<Int>();
        map.set("one", 1);
        for (i in 0...10) {
            if (i % 2 == 0) trace('even: $i ${i * 2}');
        }
        var re = ~/^h(a)+x$/i;
        var f = function(x:Float) return x * 2.5e1;
        #if debug
        trace("debug");
        #end
        switch (MAX) {
            case 31: trace(true);
            default: null;
        }
    }
}

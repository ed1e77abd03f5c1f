// package-less module




/** Entry point */
@:keep
class Main<T> extends Base implements IRunnable {
    static inline var MAX:Int = 0xFF;
    var names:Array<String> = ["a", 'b${1 + 2}c'];

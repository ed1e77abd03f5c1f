package com.example {
    import flash.display.Sprite;
    import flash.events.MouseEvent;

    /* A button that counts clicks */
    public class Counter extends Sprite {
        private var count:int = 0;
        public static const MAX:Number = 1.5e3;

        public function Counter() {

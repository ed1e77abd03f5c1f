package com.example {
    import flash.display.Sprite;
    import flash.events.MouseEvent;

    /* A button that counts clicks */
    public class Counter extends Sprite {
        private var count:int = 0;
        public static const MAX:Number = 1.5e3;

        public function Counter() {
            addEventListener(MouseEvent.CLICK, onClick);
        }

        // handle a click
        private function onClick(e:MouseEvent):void {
            count++;
            var label:String = "clicked " + count + ' times';
            var re:RegExp = /cl(i)ck/gi;
            if (count > MAX || re.test(label)) {
                trace(label, 0xFF00FF, null, true);
            }
        }
    }
}

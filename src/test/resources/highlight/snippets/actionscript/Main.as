package com.example {
    import flash.display.Sprite;
    import flash.events.Event;

    /** The main class. */
    public class Main extends Sprite {
        private static const MAX:int = 0x1F;
        protected var _name:String = "main";

        public function Main() {
            addEventListener(Event.ADDED_TO_STAGE, init);
        }

        private function init(e:Event = null):void {
            // set up
            var list:Array = [1, 2.5, 'three'];
            for each (var item:* in list) {
                trace("item: " + item);
            }
            var re:RegExp = /^a+b?$/gi;
            if (list.length > 2 && !false) { _name = null; }
        }
    }
}

/* A Reason module */
type color = Red | Green | Blue(int);

let greet = (~name: string, ~greeting="Hello", ()) => {
  let message = greeting ++ ", " ++ name ++ "!";
  Js.log(message);
};

module Counter = {
  let count = ref(0);
  let incr = () => count := count^ + 1;
};

let describe = c =>
  switch (c) {
  | Red => "red"
  | Green => {j|green ✓|j}
  | Blue(n) when n > 0x10 => "bright blue " ++ string_of_int(n)
  | Blue(_) => 'b' |> String.make(1)
  };

let pi = 3.14159;
[@react.component]
let make = (~items: list(string)) => <div className="list"> {React.string("hi")} </div>;

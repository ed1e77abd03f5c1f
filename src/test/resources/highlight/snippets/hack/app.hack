<?hh // strict
namespace App;

use namespace HH\Lib\{C, Vec, Str};

/* A typed shape */
type User = shape('name' => string, 'age' => int);

final class Greeter<T as arraykey> {
  const int MAX = 0xFF;
  private vec<T> $seen = vec[];

  public function __construct(private string $prefix = "Hi") {}

  // greet someone
  public async function greetAsync(User $u): Awaitable<string> {
    $msg = "{$this->prefix}, {$u['name']}!";
    if ($u['age'] > 18 && C\count($this->seen) < self::MAX) {
      return Str\format('%s (%d)', $msg, $u['age']);
    }
    return $msg.' '.'young';
  }
}

<<__EntryPoint>>
async function main(): Awaitable<void> {
  $g = new Greeter<string>();
  echo await $g->greetAsync(shape('name' => 'Ann', 'age' => 30)), "\n";
  $xs = Vec\map(vec[1, 2, 3], $x ==> $x * 1.5);
}

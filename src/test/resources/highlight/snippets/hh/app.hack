<?hh // strict
namespace App;

use namespace HH\Lib\{C, Vec, Str};

/* A typed shape */
type User = shape('name' => string, 'age' => int);

final class Greeter<T as arraykey> {
  const int MAX = 0xFF;

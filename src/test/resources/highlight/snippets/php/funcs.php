function slugify(string $text): string {
    // lower-case and replace non-alphanumerics
    $text = strtolower(trim($text));
    $text = preg_replace('/[^a-z0-9]+/', '-', $text);
    return rtrim($text, '-') . PHP_EOL;
}

$greet = fn($name) => "Hello, $name!";
$sum = array_sum([1, 2.5, 0x1F, 0b101]);
$html = <<<HTML
<div>$sum</div>
HTML;
if (isset($_GET['q']) && !empty($_GET['q'])) { echo htmlspecialchars($_GET['q']); }

<!DOCTYPE html>
<html>
<body>
<?php
$posts = get_posts(['numberposts' => 5]);
foreach ($posts as $post) {
    echo "<h2>{$post->title}</h2>\n";
}
?>
<p>Total: <?= count($posts) ?></p>
</body>
</html>

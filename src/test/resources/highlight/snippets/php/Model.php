<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

/**
 * A blog post.
 */
class Post extends Model implements \JsonSerializable
{
    const STATUS_DRAFT = 'draft';
    protected $fillable = ['title', 'body'];

    public function author(): BelongsTo
    {
        return $this->belongsTo(User::class);
    }

    public static function published(?int $limit = 10, string ...$tags): array
    {
        return static::where('status', '!=', self::STATUS_DRAFT)->take($limit)->get()->all();
    }
}

extends KinematicBody2D
class_name Player

# Movement settings
export var speed := 200.0
const GRAVITY = 9.8
onready var sprite = $Sprite
var velocity = Vector2()
signal died(reason)


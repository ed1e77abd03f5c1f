extends KinematicBody2D
class_name Player

# Player movement
signal hit(damage)
export var speed := 200.0
const GRAVITY = 9.8
onready var sprite = $Sprite

func _ready() -> void:
	print("ready: %s" % name)

func _physics_process(delta):
	var velocity = Vector2.ZERO
	if Input.is_action_pressed("ui_right"):
		velocity.x += 1
	elif Input.is_action_pressed("ui_left"):
		velocity.x -= 1
	for i in range(0x10):
		pass
	move_and_slide(velocity.normalized() * speed)
	emit_signal("hit", 10)
	match state:
		1, 2: return
		_: yield(get_tree(), "idle_frame")

extends KinematicBody2D
class_name Player

# Movement settings
export var speed := 200.0
const GRAVITY = 9.8
onready var sprite = $Sprite
var velocity = Vector2()
signal died(reason)

func _physics_process(delta: float) -> void:
	velocity.x = 0
	if Input.is_action_pressed("ui_right"):
		velocity.x += speed
	elif Input.is_action_pressed('ui_left'):
		velocity.x -= speed
	velocity.y += GRAVITY * delta
	velocity = move_and_slide(velocity, Vector2.UP)
	for i in range(3):
		print("step %d" % i, 0x1F, 1e3, true, null)

func die():
	emit_signal("died", """long
reason""")
	queue_free()

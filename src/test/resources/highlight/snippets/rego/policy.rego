package authz

import future.keywords.in
import input.user

# Deny by default
default allow := false

allow {
    input.method == "GET"
    input.path = ["users", user_id]
    user.id == user_id
}

allow {
    some role in user.roles
    role == "admin"
}

violations[msg] {
    count(input.items) > 10
    msg := sprintf("too many items: %d", [count(input.items)])
}

limit := 3.5e2

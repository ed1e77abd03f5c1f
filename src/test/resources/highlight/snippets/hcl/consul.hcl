service {
  name = "web"
  port = 8080
  check {
    http     = "http://localhost:8080/health"
    interval = "10s"
  }
  tags = ["v1", 'primary']
}

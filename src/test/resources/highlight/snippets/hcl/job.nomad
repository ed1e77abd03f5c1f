job "blog" {
  datacenters = ["dc1"]
  type        = "service"

  group "web" {
    count = 2
    task "nginx" {
      driver = "docker"
      config {
        image = "nginx:1.25"
        ports = ["http"]
      }
      resources { cpu = 500  memory = 256 }
    }
  }
}

// A Jsonnet configuration
local base = import 'base.libsonnet';
local port = 8080;

/* block comment */
{
  name: 'app',
  replicas:: 3,
  ports: [port, port + 1],
  env: {
    [k]: std.toString(base.env[k])
    for k in std.objectFields(base.env)
  },
  image: '%s:%s' % [self.name, 'latest'],
  enabled: if port > 1024 then true else false,
  text: |||
    multi-line
    text block
  |||,
  sum(a, b):: a + b,
  ratio: 0.5e2,
  nothing: null,
} + base

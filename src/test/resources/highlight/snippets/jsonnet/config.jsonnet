// A Jsonnet config
local utils = import 'utils.libsonnet';
local port = std.extVar('port');

/* shared defaults */
local base = {
  replicas: 3,
  labels+: { app: 'web' },
  ratio:: 0.5e1,
};

{
  deployment: base {
    name: 'web-%s' % port,
    containers: [
      { name: c, image: "nginx:%d" % i, enabled: true }
      for c in ['a', 'b']
      if c != null
    ],
    text: |||
      multi-line
      text block
    |||,
    check: if self.replicas > 2 then 'big' else 'small',
  },
  f(x, y=2):: x * y + $.deployment.replicas,
}

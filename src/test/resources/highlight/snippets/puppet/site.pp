# Web server node
class nginx::server (
  String $version = 'latest',
  Integer $port   = 80,
) {
  package { 'nginx':
    ensure => $version,
  }

  file { '/etc/nginx/nginx.conf':
    ensure  => file,
    content => template('nginx/nginx.conf.erb'),
    require => Package['nginx'],
    notify  => Service['nginx'],
    mode    => '0644',
  }

  service { 'nginx':
    ensure => running,
    enable => true,
  }

  if $facts['os']['family'] == 'Debian' {
    notice("Running on ${facts['os']['name']} port ${port}")
  } elsif $port > 1024 { fail('bad port') }
  $list = [1, 2, 0x1F]
  /* block comment */
  case $::osfamily {
    'RedHat', 'CentOS': { include epel }
    default: {}
  }
}
node 'web01.example.com' { include nginx::server }

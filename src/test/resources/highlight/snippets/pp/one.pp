notify { 'hello': message => "Hello ${::fqdn}" }

# frozen_string_literal: true

Gem::Specification.new do |spec|
  spec.name          = "__NAME__"
  spec.version       = "0.1.0"
  spec.authors       = ["__AUTHOR__"]
  spec.email         = []

  spec.summary       = "The __NAME__ theme for Jekyll and jekyll4j."
  spec.homepage      = "https://example.org/__NAME__"
  spec.license       = "MIT"
  spec.metadata      = { "plugin_type" => "theme" }

  spec.files         = Dir.glob("{assets,_data,_layouts,_includes,_sass}/**/*") +
                       Dir.glob("{_config.yml,LICENSE*,README*}")

  spec.add_runtime_dependency "jekyll", ">= 3.5", "< 5.0"
end

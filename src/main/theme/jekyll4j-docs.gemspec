# frozen_string_literal: true

# The look of jekyll4j's own documentation (the repository's _layouts, _includes, _sass and
# assets), which jekyll4j's jar carries as a theme jar: `jekyll4j new --theme jekyll4j-docs`.
Gem::Specification.new do |spec|
  spec.name          = "jekyll4j-docs"
  spec.version       = "0.1.0"
  spec.authors       = ["jekyll4j"]
  spec.summary       = "The look of jekyll4j's documentation, as a theme."
  spec.license       = "MIT"
  spec.metadata      = { "plugin_type" => "theme" }

  spec.files         = Dir.glob("{assets,_data,_layouts,_includes,_sass}/**/*")

  spec.add_runtime_dependency "jekyll", ">= 3.5", "< 5.0"
end

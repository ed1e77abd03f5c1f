# A small theme written for jekyll4j's tests (not a published gem).
Gem::Specification.new do |spec|
  spec.name     = "tinytheme"
  spec.version  = "1.0.0"
  spec.authors  = ["jekyll4j"]
  spec.summary  = "A tiny theme for tests."
  spec.license  = "MIT"
  spec.files    = []
  spec.metadata = { "plugin_type" => "theme" }

  spec.add_runtime_dependency "jekyll", ">= 3.5", "< 5.0"
  spec.add_runtime_dependency "jekyll-feed", "~> 0.9"
  spec.add_runtime_dependency "jekyll-seo-tag", "~> 2.1"
  spec.add_development_dependency "bundler", ">= 1.15"
end

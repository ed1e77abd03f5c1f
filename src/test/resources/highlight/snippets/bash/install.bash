#!/bin/bash
# Install Ruby and Jekyll
sudo apt-get update
sudo apt-get install -y ruby-full build-essential zlib1g-dev

echo '# Install Ruby Gems to ~/gems' >> ~/.bashrc
echo 'export GEM_HOME="$HOME/gems"' >> ~/.bashrc
source ~/.bashrc

gem install jekyll bundler
jekyll new myblog && cd myblog
bundle exec jekyll serve --livereload --port 4001

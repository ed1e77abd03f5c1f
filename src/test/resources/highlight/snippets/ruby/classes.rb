# frozen_string_literal: true
require "set"

module Blog
  class Post < Base
    attr_reader :title, :tags
    @@count = 0

    def initialize(title, tags: [], draft: false)
      @title = title.strip
      @tags = Set.new(tags.map(&:downcase))
      @draft = draft
      @@count += 1
    end

    def draft? = @draft

    def <=>(other)
      title <=> other.title
    end

    def self.count
      @@count
    end
  end
end

--[[ A simple class
     with a multi-line comment ]]
local Post = {}
Post.__index = Post

function Post.new(title, views)
  local self = setmetatable({}, Post)
  self.title = title or 'untitled'
  self.views = views or 0
  return self
end

function Post:slug()
  return (self.title:lower():gsub("%s+", "-"))
end

local t = {1, 2.5, 0x1F, 1e3, [[long
string]]}
for i, v in ipairs(t) do
  if v ~= nil and not (i == 2) then
    io.write(tostring(v), "\t")
  end
end
while true do break end
repeat local n = math.random(10) until n > 5
local s = "escaped \"quote\" \65"

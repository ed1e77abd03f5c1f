-- Neovim configuration
local opt = vim.opt
opt.number = true
opt.tabstop = 4

local function map(mode, lhs, rhs, opts)
  local options = { noremap = true, silent = true }
  if opts then options = vim.tbl_extend("force", options, opts) end
  vim.api.nvim_set_keymap(mode, lhs, rhs, options)
end

map("n", "<leader>w", ":w<CR>")
print(string.format("loaded %d plugins", #plugins))

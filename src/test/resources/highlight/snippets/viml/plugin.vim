" Simple plugin
if exists('g:loaded_simple')
  finish
endif
let g:loaded_simple = 1
set number tabstop=4 shiftwidth=4

function! s:Greet(name) abort
  let l:msg = "Hello, " . a:name . "\n"
  echo l:msg
  return len(l:msg) + 0x10
endfunction

augroup simple
  autocmd!
  autocmd BufWritePre *.py call s:Greet('python')
augroup END

command! -nargs=1 Greet call s:Greet(<q-args>)
nnoremap <silent> <leader>g :Greet world<CR>
for item in [1, 2, 3.5]
  if item > 2 | echo item | endif
endfor

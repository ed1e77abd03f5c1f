syntax on
let mapleader = ","

; hello.asm - write a greeting
%define SYS_WRITE 1
%macro exit 1
    mov rax, 60
    mov rdi, %1
    syscall
%endmacro

section .data
msg:    db "Hello, world!", 10, 0
len:    equ $ - msg
hexval  dd 0x1F, 0ffh, 1010b, 3.14

section .text
global _start
_start:
    mov     rax, SYS_WRITE      ; write(
    mov     rdi, 1              ;   stdout,
    lea     rsi, [rel msg]      ;   msg,
    mov     rdx, len            ;   len)
    syscall
.loop:  dec ecx
    jnz .loop
    exit 0

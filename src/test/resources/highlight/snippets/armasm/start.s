; Startup code
        AREA    |.text|, CODE, READONLY
        EXPORT  main
        IMPORT  printf

MAX     EQU     0x100
main    PROC
        PUSH    {r4, lr}
        MOV     r0, #10            ; counter
        LDR     r1, =message
loop    SUBS    r0, r0, #1
        BNE     loop
        ADD     r2, r1, r0, LSL #2
        POP     {r4, pc}
        ENDP

message DCB     "Hello, world", 0
        ALIGN
        END

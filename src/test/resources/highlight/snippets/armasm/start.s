; simple ARM assembly
        AREA    Reset, CODE, READONLY
        ENTRY
        EXPORT  start
start   MOV     r0, #10          ; counter
        LDR     r1, =0x20000000
loop    SUBS    r0, r0, #1
        STR     r0, [r1, #4]!
        BNE     loop
        ADD     r2, r3, r4, LSL #2
        B       .
        ALIGN   4
table   DCD     1, 2, 3, &FF
msg     DCB     "Hello", 0
        END

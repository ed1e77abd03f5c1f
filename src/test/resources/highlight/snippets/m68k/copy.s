; Copy a block of memory (68000)
        section code
start:  move.l  #source,a0      ; source address
        lea     dest(pc),a1
        move.w  #$FF,d0
.loop   move.b  (a0)+,(a1)+
        dbra    d0,.loop
        moveq   #0,d1
        add.l   d1,d2
        cmpi.w  #%1010,d3
        bne.s   start
        rts
        even
source  dc.b    "Hello",0
dest    ds.b    256
value   equ     42

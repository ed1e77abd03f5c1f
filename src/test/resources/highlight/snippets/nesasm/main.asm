; NES reset routine
  .inesprg 1
  .ineschr 1
  .bank 0
  .org $C000
RESET:
  SEI          ; disable IRQs
  CLD
  LDX #$40
  STX $4017
  LDX #$FF
  TXS
vblankwait:
  BIT $2002
  BPL vblankwait
  LDA #%10000000
  STA $2000
  JMP RESET
  .db "NES", $1A

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

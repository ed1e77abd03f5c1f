// 8-bit counter with enable
`timescale 1ns / 1ps
`define WIDTH 8

module counter #(parameter WIDTH = `WIDTH) (
    input  wire             clk,
    input  wire             rst_n,
    input  wire             en,
    output reg [WIDTH-1:0]  count
);
    /* synchronous logic */
    always @(posedge clk or negedge rst_n) begin
        if (!rst_n)
            count <= {WIDTH{1'b0}};
        else if (en)
            count <= count + 8'h01;
    end

    initial begin
        $display("counter ready: %d", 4'b1010);
        #10 $finish;
    end
endmodule

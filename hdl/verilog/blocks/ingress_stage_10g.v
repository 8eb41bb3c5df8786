// dxedge port pipeline block, standalone: IngressStage<64, 24>
// Generated from hdl/src by `make verilog` (rust-hdl 0.46). DO NOT EDIT.


module top(clock,in_take,in_data,in_last,in_user,valid,data,last,user);
    
    // Module arguments
    input wire  clock;
    input wire  in_take;
    input wire  [63:0] in_data;
    input wire  in_last;
    input wire  [23:0] in_user;
    output reg  valid;
    output reg  [63:0] data;
    output reg  last;
    output reg  [23:0] user;
    
    // Stub signals
    reg  r_valid$d;
    wire  r_valid$q;
    reg  r_valid$clock;
    reg  [63:0] r_data$d;
    wire  [63:0] r_data$q;
    reg  r_data$clock;
    reg  r_last$d;
    wire  r_last$q;
    reg  r_last$clock;
    reg  [23:0] r_user$d;
    wire  [23:0] r_user$q;
    reg  r_user$clock;
    
    // Sub module instances
    top$r_valid r_valid(
        .d(r_valid$d),
        .q(r_valid$q),
        .clock(r_valid$clock)
    );
    top$r_data r_data(
        .d(r_data$d),
        .q(r_data$q),
        .clock(r_data$clock)
    );
    top$r_last r_last(
        .d(r_last$d),
        .q(r_last$q),
        .clock(r_last$clock)
    );
    top$r_user r_user(
        .d(r_user$d),
        .q(r_user$q),
        .clock(r_user$clock)
    );
    
    // Update code
    always @(*) begin
        r_valid$clock = clock;
        r_data$clock = clock;
        r_last$clock = clock;
        r_user$clock = clock;
        r_valid$d = r_valid$q;
        r_data$d = r_data$q;
        r_last$d = r_last$q;
        r_user$d = r_user$q;
        r_valid$d = in_take;
        if (in_take) begin
            r_data$d = in_data;
            r_last$d = in_last;
            r_user$d = in_user;
        end
        valid = r_valid$q;
        data = r_data$q;
        last = r_last$q;
        user = r_user$q;
    end
    
endmodule // top


module top$r_data(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$r_data


module top$r_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$r_last


module top$r_user(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$r_user


module top$r_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$r_valid

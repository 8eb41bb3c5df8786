// A plain Verilog test bench of the generated port pipeline (hdl/verilog/port_pipeline_*.v),
// for Icarus Verilog: the way most open FPGA test benches run a design, without our
// Verilator bridge. testbench/src/icarus.rs writes its input files, compiles and runs it,
// and reads what it wrote; the benchmark and tests/icarus.rs hold its output to the
// Verilator engine's and the model's.
//
//   ops.hex        register accesses, one a line: {op[3:0], offset[31:0], value[31:0]}.
//                  op 1: write `value` at `offset`. op 2: read `offset` until it holds `value`
//                  (the host driver's polls, and a check of each one-off read). Recorded
//                  from the host driver programming the Verilator model.
//   beat_data.hex  ingress beats: tdata;
//   beat_keep.hex  tkeep;
//   beat_ctl.hex   {tlast, 7'b0, tuser[23:0]} (tuser: the frame length).
//   egress.txt     written: every egress beat, "tdata tkeep tlast tuser" in hex.
//
// The cycle is the Verilator engine's (sim/src/port_pipeline.rs, testbench/src/rtl_engine.rs):
// inputs set, outputs sampled with the clock low (what the rising edge sees), the edge.
// Reset as PortPipelineSim::reset; register accesses as its RegisterBus; then one beat
// offered every clock while any remain, egress always ready. So the clock count from the
// first beat in to the last beat out must equal the Verilator engine's, and it is printed.
//
// Memories: Verilator starts every variable at zero, Verilog starts them at X, and the
// driver writes only the non-zero entries of a fresh device. zero_memories.vh, generated
// from the design by icarus.rs, zeroes every RAM (and its read register) at time 0, as a
// power-up clear of the FPGA's block RAM would.
`timescale 1ns / 1ps

module tb_port_pipeline;
    // Port widths of `top` (icarus.rs reads them from the generated Verilog)
    parameter DATA_W = 64;
    parameter KEEP_W = 8;
    parameter IN_USER_W = 24;
    parameter OUT_USER_W = 15;
    parameter ADDR_W = 20;
    // Input sizes
    parameter OPS = 1;
    parameter BEATS = 1;
    parameter FRAMES = 1;
    // Limits, as the Rust side has them: the engine's STALL_CYCLES, the driver's
    // STATUS_POLLS, the bus's READ_TIMEOUT_CYCLES
    parameter STALL = 100000;
    parameter POLLS = 100000;
    parameter READ_TIMEOUT = 64;

    // The DUT's ports
    reg clock = 0;
    reg reset = 0;
    reg [DATA_W-1:0] s_tdata = 0;
    reg [KEEP_W-1:0] s_tkeep = 0;
    reg s_tvalid = 0;
    reg s_tlast = 0;
    reg [IN_USER_W-1:0] s_tuser = 0;
    wire s_tready;
    wire [DATA_W-1:0] m_tdata;
    wire [KEEP_W-1:0] m_tkeep;
    wire m_tvalid;
    reg m_tready = 0;
    wire m_tlast;
    wire [OUT_USER_W-1:0] m_tuser;
    reg [ADDR_W-1:0] csr_addr = 0;
    reg [31:0] csr_wdata = 0;
    reg csr_write = 0;
    reg csr_read = 0;
    wire [31:0] csr_rdata;
    wire csr_rvalid;

    // One datapath (datapath_10g.v or datapath_100g.v), strapped to AWS.
    top dut (
        .clock(clock),
        .reset(reset),
        .direction(1'b0),
        .\s_axis$tdata (s_tdata),
        .\s_axis$tkeep (s_tkeep),
        .\s_axis$tvalid (s_tvalid),
        .\s_axis$tready (s_tready),
        .\s_axis$tlast (s_tlast),
        .\s_axis$tuser (s_tuser),
        .\m_axis$tdata (m_tdata),
        .\m_axis$tkeep (m_tkeep),
        .\m_axis$tvalid (m_tvalid),
        .\m_axis$tready (m_tready),
        .\m_axis$tlast (m_tlast),
        .\m_axis$tuser (m_tuser),
        // The CPU port: a replay never feeds it
        .\cpu_s_axis$tdata ({DATA_W{1'b0}}),
        .\cpu_s_axis$tkeep ({KEEP_W{1'b0}}),
        .\cpu_s_axis$tvalid (1'b0),
        .\cpu_s_axis$tready (),
        .\cpu_s_axis$tlast (1'b0),
        .\cpu_s_axis$tuser (10'd0),
        .\csr$addr (csr_addr),
        .\csr$wdata (csr_wdata),
        .\csr$write (csr_write),
        .\csr$read (csr_read),
        .\csr$rdata (csr_rdata),
        .\csr$rvalid (csr_rvalid)
    );

    // Inputs from files
    reg [67:0] ops [0:OPS-1];
    reg [DATA_W-1:0] beat_data [0:BEATS-1];
    reg [KEEP_W-1:0] beat_keep [0:BEATS-1];
    reg [31:0] beat_ctl [0:BEATS-1];

    // What the last clock edge saw
    reg taken;
    reg s_ready_seen;
    reg out_valid;
    reg [DATA_W-1:0] out_data;
    reg [KEEP_W-1:0] out_keep;
    reg out_last;
    reg [OUT_USER_W-1:0] out_user;
    reg rvalid_seen;
    reg [31:0] rdata_seen;

    // Progress
    reg [63:0] cycle = 0;
    reg [63:0] first_in = 0;
    reg [63:0] last_out = 0;
    reg seen_in = 0;
    integer beat = 0;
    integer frames_out = 0;
    integer quiet = 0;
    integer op = 0;
    integer polls = 0;
    integer waited = 0;
    integer fd;
    integer zi;
    reg [31:0] value;
    reg matched;

    // One clock: settle, sample, rising edge.
    task tick;
        begin
            #1;
            taken = s_tvalid && s_tready;
            s_ready_seen = s_tready;
            out_valid = m_tvalid && m_tready;
            out_data = m_tdata;
            out_keep = m_tkeep;
            out_last = m_tlast;
            out_user = m_tuser;
            rvalid_seen = csr_rvalid;
            rdata_seen = csr_rdata;
            clock = 1;
            #1;
            clock = 0;
            cycle = cycle + 1;
        end
    endtask

    task fail;
        input [8*64-1:0] what;
        begin
            $display("error: %0s at clock %0d", what, cycle);
            $fflush;
            $finish;
        end
    endtask

    task bus_write;
        input [31:0] offset;
        input [31:0] data;
        begin
            csr_addr = offset;
            csr_wdata = data;
            csr_write = 1;
            tick;
            csr_write = 0;
        end
    endtask

    task bus_read;
        input [31:0] offset;
        output [31:0] data;
        begin
            csr_addr = offset;
            csr_read = 1;
            tick;
            csr_read = 0;
            waited = 0;
            rvalid_seen = 0;
            while (!rvalid_seen && waited < READ_TIMEOUT) begin
                tick;
                waited = waited + 1;
            end
            if (!rvalid_seen)
                fail("register read timed out");
            data = rdata_seen;
        end
    endtask

    initial begin
        `include "zero_memories.vh"
        $readmemh("ops.hex", ops);
        $readmemh("beat_data.hex", beat_data);
        $readmemh("beat_keep.hex", beat_keep);
        $readmemh("beat_ctl.hex", beat_ctl);
        fd = $fopen("egress.txt", "w");

        // Reset, then wait until the counter clear is done and ingress is ready.
        reset = 1;
        repeat (4) tick;
        reset = 0;
        s_ready_seen = 0;
        while (!s_ready_seen) begin
            tick;
            if (cycle > 4100)
                fail("the pipeline did not come out of reset");
        end

        // Program the tables as the host driver did.
        for (op = 0; op < OPS; op = op + 1) begin
            case (ops[op][67:64])
                4'd1: bus_write(ops[op][63:32], ops[op][31:0]);
                4'd2: begin
                    matched = 0;
                    for (polls = 0; polls < POLLS && !matched; polls = polls + 1) begin
                        bus_read(ops[op][63:32], value);
                        matched = value === ops[op][31:0];
                    end
                    if (!matched) begin
                        $display("register 0x%h reads 0x%h, not 0x%h", ops[op][63:32], value,
                                 ops[op][31:0]);
                        fail("register read differs");
                    end
                end
                default: fail("unknown op in ops.hex");
            endcase
        end

        // Traffic: a beat offered every clock while any remain, egress always ready.
        $display("traffic at clock %0d", cycle);
        $fflush;
        m_tready = 1;
        while (frames_out < FRAMES) begin
            if (beat < BEATS) begin
                s_tvalid = 1;
                s_tdata = beat_data[beat];
                s_tkeep = beat_keep[beat];
                s_tlast = beat_ctl[beat][31];
                s_tuser = beat_ctl[beat][IN_USER_W-1:0];
            end else begin
                s_tvalid = 0;
            end
            tick;
            quiet = quiet + 1;
            if (taken) begin
                if (!seen_in) begin
                    first_in = cycle;
                    seen_in = 1;
                end
                beat = beat + 1;
                quiet = 0;
            end
            if (out_valid) begin
                $fwrite(fd, "%h %h %h %h\n", out_data, out_keep, out_last, out_user);
                if (out_last)
                    frames_out = frames_out + 1;
                last_out = cycle;
                quiet = 0;
            end
            if (quiet > STALL)
                fail("no beat in or out for too long");
        end
        $fclose(fd);
        $display("done: %0d frames, %0d cycles from the first beat in to the last out, %0d in all",
                 frames_out, last_out + 1 - first_in, cycle);
        $fflush;
        $finish;
    end
endmodule

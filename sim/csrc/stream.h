// The stream loop: a model with AXI-Stream ports `s_axis` and `m_axis` clocked over a run of
// back-to-back frames without leaving C++. The per-clock work of the Rust loop (packing the
// ports into words, one FFI call) costs as much as a fifth of a clock of the whole 10G
// pipeline; here the beat goes straight into the model's port and the egress beat straight
// out of it. The Rust side (`sim/src/model.rs`, `Model::stream`) owns every buffer.
#pragma once
#include <cstdint>
#include <cstring>
#include "shim.h"

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
              "beats are copied byte for byte into little-endian port words");

extern "C" {
// One run, shared with Rust (`StreamRun` in sim/src/model.rs, `#[repr(C)]`, same order).
struct DxvStream {
    // Ingress: `frames` frames back to back in `bytes`, frame i ending at `ends[i]`.
    const uint8_t* bytes;
    const uint32_t* ends;
    uint32_t frames;
    // The next frame to offer and the byte offset of its next beat; the run moves them on.
    uint32_t frame;
    uint32_t at;
    uint32_t beat_bytes;
    // Egress beats, `out_stride` words each: tdata's words, tkeep (two words), tlast, tuser.
    uint32_t* out;
    uint32_t out_stride;
    uint32_t out_cap;
    uint32_t out_beats;
    // Stop once every frame has been taken (else run on, idle, to drain the pipeline).
    uint32_t stop_when_fed;
    uint64_t max_cycles;
    // Results: clocks run, ingress beats taken, and the clock (counted from 0 in this run)
    // of the first beat taken and of the last egress beat, UINT64_MAX for none.
    uint64_t cycles;
    uint64_t beats_in;
    uint64_t first_in;
    uint64_t last_out;
    // The model's packed outputs as sampled before the run's last edge (`Model::get`).
    uint32_t* outputs;
};
}

namespace dxv {
inline uint64_t get64(const CData& port) { return port; }
inline uint64_t get64(const SData& port) { return port; }
inline uint64_t get64(const IData& port) { return port; }
inline uint64_t get64(const QData& port) { return port; }

// The first `n` bytes of a beat into a data port, the rest of the port zero.
inline void put_bytes(QData& port, const uint8_t* b, uint32_t n) {
    uint64_t v = 0;
    std::memcpy(&v, b, n);
    port = v;
}
template <std::size_t N>
inline void put_bytes(VlWide<N>& port, const uint8_t* b, uint32_t n) {
    std::memset(port.data(), 0, N * 4);
    std::memcpy(port.data(), b, n);
}
// A data port's words with their count fixed at compile time (shim.h's `take` has it at run
// time: 2-3 % slower at 10G in this loop).
template <std::size_t N>
inline void take_words(const VlWide<N>& port, uint32_t* w) {
    std::memcpy(w, port.data(), N * 4);
}
inline void take_words(const QData& port, uint32_t* w) {
    w[0] = static_cast<uint32_t>(port);
    w[1] = static_cast<uint32_t>(port >> 32);
}

// `low` is the clock's falling half (nothing for the one-eval clock), `high` its rising
// edge; the outputs are read between them, as `cycle` samples them. Egress is held ready.
template <class M, class Low, class High, class Get>
inline void stream(M* m, DxvStream* s, Low low, High high, Get get_outputs) {
    const uint32_t data_words = s->beat_bytes / 4;
    m->m_axis__024tready = 1;
    s->cycles = 0;
    s->beats_in = 0;
    s->first_in = UINT64_MAX;
    s->last_out = UINT64_MAX;
    s->out_beats = 0;
    for (uint64_t c = 0; c < s->max_cycles && s->out_beats < s->out_cap; c++) {
        const bool offer = s->frame < s->frames;
        uint32_t n = 0;
        bool last = false;
        if (offer) {
            const uint32_t start = s->frame ? s->ends[s->frame - 1] : 0;
            const uint32_t end = s->ends[s->frame];
            n = end - s->at < s->beat_bytes ? end - s->at : s->beat_bytes;
            last = s->at + n == end;
            put_bytes(m->s_axis__024tdata, s->bytes + s->at, n);
            m->s_axis__024tkeep = n >= 64 ? ~0ULL : (1ULL << n) - 1;
            m->s_axis__024tlast = last;
            m->s_axis__024tuser = end - start;
        }
        m->s_axis__024tvalid = offer;
        low();
        const bool taken = offer && m->s_axis__024tready;
        if (m->m_axis__024tvalid) {
            uint32_t* rec = s->out + static_cast<std::size_t>(s->out_beats) * s->out_stride;
            take_words(m->m_axis__024tdata, rec);
            const uint64_t keep = get64(m->m_axis__024tkeep);
            rec[data_words] = static_cast<uint32_t>(keep);
            rec[data_words + 1] = static_cast<uint32_t>(keep >> 32);
            rec[data_words + 2] = m->m_axis__024tlast;
            rec[data_words + 3] = static_cast<uint32_t>(get64(m->m_axis__024tuser));
            s->out_beats++;
            s->last_out = c;
        }
        const bool fed = taken && last && s->frame + 1 == s->frames;
        const bool final_clock = c + 1 == s->max_cycles || s->out_beats == s->out_cap ||
                                 (fed && s->stop_when_fed);
        if (final_clock) get_outputs(m, s->outputs);
        high();
        s->cycles = c + 1;
        if (taken) {
            if (s->first_in == UINT64_MAX) s->first_in = c;
            s->beats_in++;
            s->at += n;
            if (last) s->frame++;
        }
        if (final_clock) break;
    }
}
}  // namespace dxv

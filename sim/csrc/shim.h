// Port packing helpers for the generated shims: every port travels as little-endian 32-bit
// words (word 0 holds bits 31..0), whatever C++ type Verilator gave it.
#pragma once
#include <cstdint>
#include "verilated.h"
#include "verilated_fst_c.h"

namespace dxv {
inline void put(CData& port, const uint32_t* w, int) { port = static_cast<CData>(w[0]); }
inline void put(SData& port, const uint32_t* w, int) { port = static_cast<SData>(w[0]); }
inline void put(IData& port, const uint32_t* w, int) { port = w[0]; }
inline void put(QData& port, const uint32_t* w, int n) {
    port = static_cast<QData>(w[0]) | (n > 1 ? static_cast<QData>(w[1]) << 32 : 0);
}
template <std::size_t N>
inline void put(VlWide<N>& port, const uint32_t* w, int n) {
    for (int i = 0; i < n; i++) port[i] = w[i];
}

inline void take(const CData& port, uint32_t* w, int) { w[0] = port; }
inline void take(const SData& port, uint32_t* w, int) { w[0] = port; }
inline void take(const IData& port, uint32_t* w, int) { w[0] = port; }
inline void take(const QData& port, uint32_t* w, int n) {
    w[0] = static_cast<uint32_t>(port);
    if (n > 1) w[1] = static_cast<uint32_t>(port >> 32);
}
template <std::size_t N>
inline void take(const VlWide<N>& port, uint32_t* w, int n) {
    for (int i = 0; i < n; i++) w[i] = port[i];
}
}  // namespace dxv

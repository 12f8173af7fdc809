// File: shortcut/core/random.h
//
// Random: a seeded pseudo-random generator (xoshiro256**, seeded through
// splitmix64) with our own integer and real sampling, so that every
// generator and sampler gives the same output on every platform and standard
// library. std::uniform_int_distribution is implementation-defined; we never
// use it.
//
//   Random rng(seed);
//   uint64_t k = rng.UniformInt(10);        // in [0, 10)
//   uint32_t w = rng.UniformRange(1, 100);  // in [1, 100]
//   double x = rng.UniformReal();           // in [0, 1)
#ifndef SHORTCUT_CORE_RANDOM_H_
#define SHORTCUT_CORE_RANDOM_H_

#include <cmath>
#include <cstdint>
#include <span>
#include <utility>

namespace shortcut {

__extension__ typedef unsigned __int128 Uint128;

class Random {
 public:
  using result_type = uint64_t;
  explicit Random(uint64_t seed = 0) { Seed(seed); }

  void Seed(uint64_t seed) {
    uint64_t x = seed;
    for (auto& s : state_) s = SplitMix64(x);
  }

  static constexpr uint64_t min() { return 0; }
  static constexpr uint64_t max() { return ~uint64_t{0}; }

  uint64_t Next() {
    const uint64_t result = Rotl(state_[1] * 5, 7) * 9;
    const uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = Rotl(state_[3], 45);
    return result;
  }
  uint64_t operator()() { return Next(); }

  // UniformInt(bound): uniform in [0, bound); bound > 0. Lemire's method with
  // rejection, exact.
  uint64_t UniformInt(uint64_t bound) {
    if (bound <= 1) return 0;
    Uint128 m = static_cast<Uint128>(Next()) * bound;
    uint64_t low = static_cast<uint64_t>(m);
    if (low < bound) {
      const uint64_t threshold = (0 - bound) % bound;
      while (low < threshold) {
        m = static_cast<Uint128>(Next()) * bound;
        low = static_cast<uint64_t>(m);
      }
    }
    return static_cast<uint64_t>(m >> 64);
  }
  // UniformRange(lo, hi): uniform in [lo, hi]; lo <= hi.
  uint64_t UniformRange(uint64_t lo, uint64_t hi) {
    if (hi - lo == ~uint64_t{0}) return Next();
    return lo + UniformInt(hi - lo + 1);
  }
  // UniformReal(): uniform in [0, 1) with 53 random bits.
  double UniformReal() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }
  // Exponential(rate): Exp(rate) by inversion.
  double Exponential(double rate) { return -std::log1p(-UniformReal()) / rate; }
  bool Bernoulli(double p) { return UniformReal() < p; }

  // Shuffle: Fisher-Yates with UniformInt.
  template <class T>
  void Shuffle(std::span<T> items) {
    for (std::size_t i = items.size(); i > 1; --i) {
      std::swap(items[i - 1], items[UniformInt(i)]);
    }
  }

  // SplitMix64: the seeding function, also a good 64-bit mixer.
  static uint64_t SplitMix64(uint64_t& x) {
    uint64_t z = (x += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }

 private:
  static uint64_t Rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  uint64_t state_[4];
};

}  // namespace shortcut

#endif  // SHORTCUT_CORE_RANDOM_H_

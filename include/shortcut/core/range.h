// File: shortcut/core/range.h
//
// IntRange<T>: the half-open integer range [begin, end) usable in range-for,
// e.g. `for (ArcId a : g.Arcs(v))`.
#ifndef SHORTCUT_CORE_RANGE_H_
#define SHORTCUT_CORE_RANGE_H_

#include <cstddef>
#include <iterator>

namespace shortcut {

template <class T>
class IntRange {
 public:
  class Iterator {
   public:
    using iterator_category = std::random_access_iterator_tag;
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    using pointer = const T*;
    using reference = T;
    constexpr Iterator() = default;
    constexpr explicit Iterator(T v) : v_(v) {}
    constexpr T operator*() const { return v_; }
    constexpr Iterator& operator++() { ++v_; return *this; }
    constexpr Iterator operator++(int) { Iterator t = *this; ++v_; return t; }
    constexpr Iterator& operator--() { --v_; return *this; }
    constexpr Iterator operator--(int) { Iterator t = *this; --v_; return t; }
    constexpr Iterator& operator+=(difference_type d) { v_ = static_cast<T>(v_ + d); return *this; }
    constexpr Iterator& operator-=(difference_type d) { v_ = static_cast<T>(v_ - d); return *this; }
    constexpr Iterator operator+(difference_type d) const { return Iterator(static_cast<T>(v_ + d)); }
    friend constexpr Iterator operator+(difference_type d, Iterator it) { return it + d; }
    constexpr Iterator operator-(difference_type d) const { return Iterator(static_cast<T>(v_ - d)); }
    constexpr difference_type operator-(Iterator o) const {
      return static_cast<difference_type>(v_) - static_cast<difference_type>(o.v_);
    }
    constexpr T operator[](difference_type d) const { return static_cast<T>(v_ + d); }
    constexpr auto operator<=>(const Iterator&) const = default;

   private:
    T v_{};
  };

  constexpr IntRange() = default;
  constexpr IntRange(T begin, T end) : begin_(begin), end_(end) {}
  constexpr Iterator begin() const { return Iterator(begin_); }
  constexpr Iterator end() const { return Iterator(end_); }
  constexpr std::size_t size() const { return static_cast<std::size_t>(end_ - begin_); }
  constexpr bool empty() const { return begin_ == end_; }

 private:
  T begin_{};
  T end_{};
};

}  // namespace shortcut

#endif  // SHORTCUT_CORE_RANGE_H_

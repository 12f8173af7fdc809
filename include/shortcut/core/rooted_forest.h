// File: shortcut/core/rooted_forest.h
//
// RootedForest: a rooted forest over the ids [0, k), built once from a
// parent array, with the children of every node in CSR form, a preorder, the
// subtree intervals [tin, tout) of that preorder and hop depths. IsAncestor
// is then O(1): a is an ancestor of b (or b itself) iff tin(a) <= tin(b) <
// tout(a). The partition tree of the cop decomposition is one
// (CopDecomposition::tree); so is any spanning tree given by parents.
//
//   RootedForest tree(parent);                 // parent[v] = kNoParent for roots
//   for (uint32_t c : tree.Children(v)) ...    // increasing id
//   for (uint32_t v : tree.Preorder()) ...     // parents before children
//   if (tree.IsAncestor(a, b)) ...             // O(1)
//
// Guarantees. The order is fixed by the ids alone: roots in increasing id,
// and the children of a node in increasing id, each subtree contiguous, so
// the subtree of v is Preorder()[Tin(v) .. Tout(v)). Construction is O(k);
// the constructor checks (SHORTCUT_CHECK) that `parent` describes a forest
// (ids in range, no cycle); FromParents reports that as a Status instead, for
// untrusted input.
#ifndef SHORTCUT_CORE_ROOTED_FOREST_H_
#define SHORTCUT_CORE_ROOTED_FOREST_H_

#include <algorithm>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "absl/status/statusor.h"
#include "shortcut/core/check.h"
#include "shortcut/core/status.h"

namespace shortcut {

class RootedForest {
 public:
  static constexpr uint32_t kNoParent = std::numeric_limits<uint32_t>::max();

  RootedForest() = default;
  explicit RootedForest(std::span<const uint32_t> parent) {
    const absl::Status status = Build(parent);
    SHORTCUT_CHECK(status.ok());
  }
  // FromParents: the same, with InvalidArgument for a parent out of range and
  // FailedPrecondition for a cycle.
  static absl::StatusOr<RootedForest> FromParents(std::span<const uint32_t> parent) {
    RootedForest forest;
    SHORTCUT_RETURN_IF_ERROR(forest.Build(parent));
    return forest;
  }

  uint32_t Size() const { return static_cast<uint32_t>(parent_.size()); }
  uint32_t Parent(uint32_t v) const { return parent_[v]; }
  bool IsRoot(uint32_t v) const { return parent_[v] == kNoParent; }
  // Depth(v): edges from v up to its root (roots: 0).
  uint32_t Depth(uint32_t v) const { return depth_[v]; }
  uint32_t MaxDepth() const { return max_depth_; }
  std::span<const uint32_t> Children(uint32_t v) const {
    return {children_.data() + child_offsets_[v], children_.data() + child_offsets_[v + 1]};
  }
  std::span<const uint32_t> Roots() const { return roots_; }
  // Preorder(): every node, parents before children (see the guarantees).
  std::span<const uint32_t> Preorder() const { return preorder_; }
  uint32_t Tin(uint32_t v) const { return tin_[v]; }
  uint32_t Tout(uint32_t v) const { return tout_[v]; }
  uint32_t SubtreeSize(uint32_t v) const { return tout_[v] - tin_[v]; }
  // IsAncestor(a, b): a lies on the path from b to its root (b included).
  bool IsAncestor(uint32_t a, uint32_t b) const { return tin_[a] <= tin_[b] && tin_[b] < tout_[a]; }
  // Related(a, b): one of a, b is an ancestor of the other.
  bool Related(uint32_t a, uint32_t b) const { return IsAncestor(a, b) || IsAncestor(b, a); }

 private:
  absl::Status Build(std::span<const uint32_t> parent) {
    const uint32_t k = static_cast<uint32_t>(parent.size());
    parent_.assign(parent.begin(), parent.end());
    child_offsets_.assign(std::size_t{k} + 1, 0);
    for (uint32_t v = 0; v < k; ++v) {
      const uint32_t p = parent[v];
      if (p == kNoParent) {
        roots_.push_back(v);
      } else if (p >= k) {
        return InvalidArgumentError("rooted forest: node {} has parent {}, outside [0, {})", v, p, k);
      } else {
        ++child_offsets_[p + 1];
      }
    }
    for (uint32_t v = 0; v < k; ++v) child_offsets_[v + 1] += child_offsets_[v];
    children_.resize(k - roots_.size());
    {
      std::vector<uint32_t> fill(child_offsets_.begin(), child_offsets_.end() - 1);
      for (uint32_t v = 0; v < k; ++v) {
        if (parent[v] != kNoParent) children_[fill[parent[v]]++] = v;
      }
    }
    // Depth-first from each root, children in increasing id.
    preorder_.reserve(k);
    tin_.assign(k, 0);
    depth_.assign(k, 0);
    std::vector<uint32_t> stack;
    for (auto it = roots_.rbegin(); it != roots_.rend(); ++it) stack.push_back(*it);
    while (!stack.empty()) {
      const uint32_t v = stack.back();
      stack.pop_back();
      tin_[v] = static_cast<uint32_t>(preorder_.size());
      preorder_.push_back(v);
      if (parent[v] != kNoParent) depth_[v] = depth_[parent[v]] + 1;
      max_depth_ = std::max(max_depth_, depth_[v]);
      for (uint32_t i = child_offsets_[v + 1]; i-- > child_offsets_[v];) stack.push_back(children_[i]);
    }
    // Nodes not reached from a root lie on a cycle (or below one).
    if (preorder_.size() != k) {
      return FailedPreconditionError("rooted forest: {} of {} nodes are not below a root (a cycle)",
                                     k - preorder_.size(), k);
    }
    // tout = tin + subtree size; sizes bottom-up over the preorder.
    tout_.assign(k, 1);
    for (uint32_t i = k; i-- > 0;) {
      const uint32_t v = preorder_[i];
      if (parent[v] != kNoParent) tout_[parent[v]] += tout_[v];
    }
    for (uint32_t v = 0; v < k; ++v) tout_[v] += tin_[v];
    return absl::OkStatus();
  }

  std::vector<uint32_t> parent_;
  std::vector<uint32_t> child_offsets_;
  std::vector<uint32_t> children_;
  std::vector<uint32_t> roots_;
  std::vector<uint32_t> preorder_;
  std::vector<uint32_t> tin_, tout_;
  std::vector<uint32_t> depth_;
  uint32_t max_depth_ = 0;
};

}  // namespace shortcut

#endif  // SHORTCUT_CORE_ROOTED_FOREST_H_

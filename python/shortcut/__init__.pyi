# Type stubs for the shortcut package (the compiled module _shortcut and its wrappers).
from os import PathLike
from typing import Any, Optional, Union

import numpy as np
import numpy.typing as npt

from . import gen as gen
from . import verify as verify

UNREACHABLE: int
__version__: str
ArrayLike = npt.ArrayLike
_Path = Union[str, PathLike]

class Graph:
    """An immutable undirected simple graph with positive 32-bit integer weights."""
    n: int
    m: int
    indptr: npt.NDArray[np.uint32]
    indices: npt.NDArray[np.uint32]
    data: npt.NDArray[np.uint32]
    external_ids: npt.NDArray[np.uint64]
    coordinates: Optional[npt.NDArray[np.float64]]
    nodes: list  # only for graphs made by from_networkx
    def __init__(self) -> None: ...
    def __len__(self) -> int: ...
    def info(self) -> dict[str, Any]: ...
    def degrees(self) -> npt.NDArray[np.uint32]: ...
    def edges(self) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32], npt.NDArray[np.uint32]]: ...
    def edge_weight(self, u: int, v: int) -> Optional[int]: ...
    def fingerprint(self) -> int: ...
    def to_scipy(self) -> Any: ...
    def to_networkx(self) -> Any: ...
    @staticmethod
    def from_csr(indptr: ArrayLike, indices: ArrayLike, data: Optional[ArrayLike] = None,
                 reject_self_loops: bool = False) -> Graph: ...
    @staticmethod
    def from_edges(u: ArrayLike, v: ArrayLike, w: Optional[ArrayLike] = None, n: Optional[int] = None,
                   directed: bool = False) -> Graph: ...
    @staticmethod
    def from_scipy(matrix: Any, directed: bool = False) -> Graph: ...
    @staticmethod
    def from_networkx(G: Any, weight: Optional[str] = "weight") -> Graph: ...

def read_graph(path: _Path, weights: str = "input", format: str = "auto", contract_zero_weights: bool = False,
               coordinates: Optional[_Path] = None) -> Graph: ...
def from_edges(u: ArrayLike, v: ArrayLike, w: Optional[ArrayLike] = None, n: Optional[int] = None,
               directed: bool = False) -> Graph: ...
def from_csr(indptr: ArrayLike, indices: ArrayLike, data: Optional[ArrayLike] = None,
             reject_self_loops: bool = False) -> Graph: ...
def from_scipy(matrix: Any, directed: bool = False) -> Graph: ...
def from_networkx(G: Any, weight: Optional[str] = "weight") -> Graph: ...
def to_scipy(g: Graph) -> Any: ...
def to_networkx(g: Graph) -> Any: ...

class CoverScale:
    upper: int; budget: int; tau: int; radius: int; quantization_error: int
    def to_dict(self) -> dict[str, Any]: ...

class CoverScaleStats:
    stars: int; entries: int; forests: int; max_overlap: int; mean_overlap: float
    def to_dict(self) -> dict[str, Any]: ...

class TreeCoverStats:
    supernodes: int; tree_depth: int; max_seen: int; paths: int; max_paths_per_supernode: int
    stars: int; trivial_stars_dropped: int; entries: int; max_overlap: int; mean_overlap: float
    forests_per_scale_sum: int; forests_packed: int; settled: int; scales: list[CoverScaleStats]
    decomposition_s: float; stars_s: float; packing_s: float; total_s: float
    def to_dict(self) -> dict[str, Any]: ...

class OracleBuildStats:
    cover: TreeCoverStats; label_bytes: int; groups: int; labels_s: float; total_s: float
    def to_dict(self) -> dict[str, Any]: ...

class DistanceOracle:
    """A (1+eps) distance oracle: d(u,v) <= query(u,v) <= (1+eps) d(u,v)."""
    n: int; epsilon: float; scale_ratio: float; quantized: bool; fingerprint: int
    num_entries: int; num_stars: int; num_paths: int; label_bytes: int; serialized_bytes: int
    scales: list[CoverScale]
    stats: Optional[OracleBuildStats]
    @staticmethod
    def build(g: Graph, eps: float, r: int = 0, scale_ratio: Optional[float] = None, threads: int = 1,
              pack_forests: bool = False, profile: str = "compact", cover: str = "portal") -> DistanceOracle: ...
    @staticmethod
    def from_tree_cover(g: Graph, cover: TreeCover) -> DistanceOracle: ...
    @staticmethod
    def load(path: str) -> DistanceOracle: ...
    @staticmethod
    def open(path: str) -> DistanceOracle: ...
    def save(self, path: str) -> None: ...
    def query(self, u: int, v: int) -> int: ...
    def query_batch(self, us: ArrayLike, vs: ArrayLike, threads: int = 1) -> npt.NDArray[np.uint64]: ...
    def check_graph(self, g: Graph) -> None: ...
    def find_external(self, id: int) -> int: ...
    def external_id(self, v: int) -> int: ...

class TreeCover:
    epsilon: float; scale_ratio: float; min_weight: int; quantized: bool; num_vertices: int
    num_stars: int; scales: list[CoverScale]; stats: TreeCoverStats
    star_root: npt.NDArray[np.uint32]; star_level: npt.NDArray[np.uint32]; star_radius: npt.NDArray[np.uint64]
    star_path: npt.NDArray[np.uint32]; star_forest: npt.NDArray[np.uint32]
    star_global_forest: npt.NDArray[np.uint32]; member_offsets: npt.NDArray[np.uint64]
    members: npt.NDArray[np.uint32]; weights: npt.NDArray[np.uint64]

class CopDecompositionStats:
    supernodes: int; tree_depth: int; max_seen: int; r_used: int; rounds: int; build_tree_calls: int
    grow_buffer_calls: int; buffer_vertices: int; work: int; max_skeleton_leaves: int; time_s: float
    def to_dict(self) -> dict[str, Any]: ...

class CopDecomposition:
    radius: float; r: int; buffer: int; minor_found: bool; stats: CopDecompositionStats; num_supernodes: int
    supernode_of: npt.NDArray[np.uint32]; parent: npt.NDArray[np.uint32]; depth: npt.NDArray[np.uint32]
    skeleton_offsets: npt.NDArray[np.uint32]; skeleton_vertices: npt.NDArray[np.uint32]
    skeleton_parents: npt.NDArray[np.uint32]; skeleton_distances: npt.NDArray[np.uint64]
    minor_witness: list[npt.NDArray[np.uint32]]

class ShortcutPartitionStats:
    clusters: int; singleton_clusters: int; max_cluster_size: int; net_points: int; delta: float; time_s: float
    def to_dict(self) -> dict[str, Any]: ...

class ShortcutPartition:
    cluster_of: npt.NDArray[np.uint32]; center: npt.NDArray[np.uint32]; cluster_supernode: npt.NDArray[np.uint32]
    num_clusters: int; epsilon: float; diameter: float; diameter_kind: str; time_s: float; diameter_time_s: float
    stats: ShortcutPartitionStats; cop: CopDecomposition

class SteinerPointRemovalStats:
    terminals: int; minor_edges: int; max_region_size: int; iterations: int; clusters: int
    partitioned_components: int; single_cluster_components: int; max_level: int; zeta: int; scale: float
    minor_found: int; repaired: int; assignment_time_s: float; minor_time_s: float; time_s: float
    def to_dict(self) -> dict[str, Any]: ...

class SteinerPointRemoval:
    method: str; terminals: npt.NDArray[np.uint32]; terminal_of: npt.NDArray[np.uint32]
    minor_edges: tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32], npt.NDArray[np.uint64]]
    stats: SteinerPointRemovalStats

def tree_cover(g: Graph, eps: float, r: int = 0, scale_ratio: Optional[float] = None, threads: int = 1,
               pack_forests: bool = True, cover: str = "portal") -> TreeCover: ...
def cop_decomposition(g: Graph, radius: float, r: int = 0) -> CopDecomposition: ...
def shortcut_partition(g: Graph, eps: float, r: int = 0, diameter: float = 0.0) -> ShortcutPartition: ...
def steiner_point_removal(g: Graph, terminals: ArrayLike, method: str = "auto", zeta: int = 4, r: int = 0,
                          diameter_sweeps: int = 4, seed: int = 1) -> SteinerPointRemoval: ...
def sample_terminals(n: int, count: int, seed: int = 1) -> npt.NDArray[np.uint32]: ...

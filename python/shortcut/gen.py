"""Graph generators (the families of `shortcut gen list`), each returning a Graph.

    shortcut.gen.trigrid(n=10_000, seed=1)
    shortcut.gen.family("ktree", n=500, k=3)
    shortcut.gen.families()                    # name, class, excluded minor, summary

`weights`: "input" (the generator's own), "unit", "uniform:A:B[:SEED]" or
"euclidean[:SCALE]" (families with coordinates)."""
from . import _shortcut

__all__ = ["family", "families"]


def families():
    """The generator families as a list of dicts (name, graph_class, excluded_minor, planar,
    has_coordinates, summary)."""
    return _shortcut._families()


def family(name, n=1000, seed=1, weights="input", **options):
    """A graph of the family `name` with about n vertices. Options (as `shortcut gen`):
    k, keep, p, rows, cols, triangulated, spine, piece_size, paths, length, ratio."""
    return _shortcut._generate(name, n=n, seed=seed, weights=weights, **options)


def _make(name):
    def generate(n=1000, seed=1, weights="input", **options):
        return family(name, n=n, seed=seed, weights=weights, **options)

    generate.__name__ = generate.__qualname__ = name.replace("-", "_")
    generate.__doc__ = f"A graph of the family {name!r} (see gen.family for the options)."
    return generate


for _info in _shortcut._families():
    _f = _make(_info["name"])
    globals()[_f.__name__] = _f
    __all__.append(_f.__name__)
del _info, _f

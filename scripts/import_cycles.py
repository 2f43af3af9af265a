"""Count import cycles between Tribune's top-level packages (tribune.<app>).

Builds the module import graph with grimp (installed by import-linter), squashes it to
one node per package under ``tribune`` (tests excluded), and prints the strongly connected
components with more than one package: each is one import cycle between apps.

Usage: .venv/bin/python scripts/import_cycles.py
"""

from __future__ import annotations

import sys

import grimp


def package_graph(include_tests: bool = False) -> dict[str, set[str]]:
    """Return ``{package: {imported packages}}`` for tribune's top-level packages."""
    graph = grimp.build_graph("tribune")
    edges: dict[str, set[str]] = {}
    for module in graph.modules:
        parts = module.split(".")
        if len(parts) < 2 or (not include_tests and "tests" in parts):
            continue
        source = parts[1]
        edges.setdefault(source, set())
        for imported in graph.find_modules_directly_imported_by(module):
            target = imported.split(".")
            if len(target) >= 2 and target[0] == "tribune" and target[1] != source:
                edges[source].add(target[1])
    return edges


def strongly_connected(edges: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm: the strongly connected components of ``edges``."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def elementary_cycle_count(edges: dict[str, set[str]]) -> int:
    """How many distinct simple cycles the package graph holds (each counted once, from its least node)."""
    count = 0

    def walk(start: str, node: str, seen: set[str]) -> None:
        nonlocal count
        for nxt in edges.get(node, ()):
            if nxt == start:
                count += 1
            elif nxt > start and nxt not in seen:
                seen.add(nxt)
                walk(start, nxt, seen)
                seen.discard(nxt)

    for start in sorted(edges):
        walk(start, start, {start})
    return count


def main() -> int:
    edges = package_graph()
    cycles = [c for c in strongly_connected(edges) if len(c) > 1]
    print(f"packages: {len(edges)}")
    print(f"packages in an import cycle: {sum(len(c) for c in cycles)}")
    print(f"cycles (strongly connected groups): {len(cycles)}")
    print(f"elementary package cycles: {elementary_cycle_count(edges)}")
    for component in cycles:
        print("  " + " <-> ".join(component))
    for source in sorted(edges):
        print(f"{source} -> {', '.join(sorted(edges[source])) or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

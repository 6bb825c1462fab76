// Union-find with path compression and union by size over slices, used to
// count connected components and to build a Kruskal minimum spanning tree
// from a slice of weighted edges.
package main

import "fmt"

type DSU struct {
	parent []int
	size   []int
}

func NewDSU(n int) *DSU {
	d := &DSU{make([]int, n), make([]int, n)}
	for i := range d.parent {
		d.parent[i] = i
		d.size[i] = 1
	}
	return d
}

func (d *DSU) Find(x int) int {
	for d.parent[x] != x {
		d.parent[x] = d.parent[d.parent[x]]
		x = d.parent[x]
	}
	return x
}

func (d *DSU) Union(a, b int) bool {
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	if d.size[ra] < d.size[rb] {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	d.size[ra] += d.size[rb]
	return true
}

type Edge struct{ A, B, W int }

func main() {
	d := NewDSU(10)
	pairs := [][2]int{{0, 1}, {2, 3}, {1, 2}, {5, 6}, {7, 8}, {8, 9}, {3, 0}}
	for _, p := range pairs {
		fmt.Print(d.Union(p[0], p[1]), " ")
	}
	fmt.Println()
	roots := map[int]int{}
	for i := 0; i < 10; i++ {
		roots[d.Find(i)]++
	}
	sizes := []int{}
	for _, s := range roots {
		sizes = append(sizes, s)
	}
	for i := 1; i < len(sizes); i++ {
		for j := i; j > 0 && sizes[j] > sizes[j-1]; j-- {
			sizes[j], sizes[j-1] = sizes[j-1], sizes[j]
		}
	}
	fmt.Println(len(roots), sizes)

	edges := []Edge{{0, 1, 4}, {0, 2, 3}, {1, 2, 1}, {1, 3, 2}, {2, 3, 4}, {3, 4, 2}, {4, 5, 6}, {3, 5, 7}}
	for i := 1; i < len(edges); i++ {
		for j := i; j > 0 && edges[j].W < edges[j-1].W; j-- {
			edges[j], edges[j-1] = edges[j-1], edges[j]
		}
	}
	k := NewDSU(6)
	total := 0
	var tree []Edge
	for _, e := range edges {
		if k.Union(e.A, e.B) {
			tree = append(tree, e)
			total += e.W
		}
	}
	fmt.Println(total, tree)
}

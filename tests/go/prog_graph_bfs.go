// Breadth-first and depth-first search over a graph stored as a map of
// adjacency slices (slices keep neighbour order deterministic); shortest
// path reconstruction through a map of parents.
package main

import "fmt"

type Graph map[string][]string

func (g Graph) AddEdge(a, b string) {
	g[a] = append(g[a], b)
	g[b] = append(g[b], a)
}

func (g Graph) BFS(start string) (order []string, parent map[string]string) {
	parent = map[string]string{start: ""}
	queue := []string{start}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		for _, m := range g[n] {
			if _, seen := parent[m]; !seen {
				parent[m] = n
				queue = append(queue, m)
			}
		}
	}
	return
}

func (g Graph) DFS(start string) []string {
	seen := map[string]bool{}
	var order []string
	var visit func(string)
	visit = func(n string) {
		if seen[n] {
			return
		}
		seen[n] = true
		order = append(order, n)
		for _, m := range g[n] {
			visit(m)
		}
	}
	visit(start)
	return order
}

func path(parent map[string]string, to string) []string {
	if _, ok := parent[to]; !ok {
		return nil
	}
	var rev []string
	for n := to; n != ""; n = parent[n] {
		rev = append(rev, n)
	}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	return rev
}

func main() {
	g := Graph{}
	edges := [][2]string{
		{"a", "b"}, {"a", "c"}, {"b", "d"}, {"c", "d"}, {"d", "e"},
		{"e", "f"}, {"c", "g"}, {"g", "f"}, {"x", "y"},
	}
	for _, e := range edges {
		g.AddEdge(e[0], e[1])
	}
	order, parent := g.BFS("a")
	fmt.Println("bfs", order)
	fmt.Println("dfs", g.DFS("a"))
	fmt.Println("a->f", path(parent, "f"))
	fmt.Println("a->e", path(parent, "e"))
	fmt.Println("a->x", path(parent, "x"), path(parent, "x") == nil)
	fmt.Println(len(g), len(g["d"]), g["x"])
	comps := 0
	seen := map[string]bool{}
	for _, n := range []string{"a", "b", "c", "d", "e", "f", "g", "x", "y"} {
		if !seen[n] {
			comps++
			for _, m := range g.DFS(n) {
				seen[m] = true
			}
		}
	}
	fmt.Println("components", comps)
}

// Maps of slices: appending to m[k] through the zero value, grouping, and
// the slice stored in the map being a copy of the header.
package main

import "fmt"

func main() {
	groups := map[int][]string{}
	words := []string{"go", "vm", "map", "ok", "slice", "len", "cap", "a"}
	for _, w := range words {
		groups[len(w)] = append(groups[len(w)], w)
	}
	fmt.Println(groups)
	fmt.Println(len(groups[2]), groups[4] == nil)

	s := groups[3]
	s[0] = "MAP"
	fmt.Println(groups[3])
	s = append(s, "new") // not stored back
	fmt.Println(len(groups[3]), len(s))
	groups[3] = s
	fmt.Println(groups[3])

	adj := map[string][]string{}
	edges := [][2]string{{"a", "b"}, {"a", "c"}, {"b", "c"}, {"c", "a"}}
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
	}
	fmt.Println(adj, len(adj["a"]))

	// Modifying an element in place through the map.
	adj["a"][0] = "B"
	fmt.Println(adj["a"])
}

package main

func group(words []string) map[int][]string {
	m := make(map[int][]string)
	for _, w := range words {
		m[len(w)] = append(m[len(w)], w)
	}
	return m
}

func main() {
	g := group([]string{"a", "bb", "cc"})
	println(len(g[2]))
}

// steady.go — an allocation loop whose live heap stays constant: a table of
// 4096 slots, each holding a small tree and a byte slice, is overwritten
// slot by slot forever, so everything older than one lap is garbage. Run by
// bench/rssflat, which samples the process's RSS for 60 seconds and checks
// that it stays flat (no leak in the heap, the arenas or the collector).
package main

type Node struct {
	left, right *Node
	data        []byte
}

func tree(depth int) *Node {
	if depth == 0 {
		return &Node{data: make([]byte, 48)}
	}
	return &Node{left: tree(depth - 1), right: tree(depth - 1)}
}

func main() {
	slots := make([]*Node, 4096)
	for i := 0; ; i++ {
		slots[i%len(slots)] = tree(3)
	}
}

// escape_map.go — what frame maps and frame concatenations save: a hot
// loop that builds a small local map, and one that concatenates a short
// local string, each in a variant whose map or string escapes through a
// package variable (one heap map, or one heap string, per turn).
//
//   vm bench/escape_map.go map        the map lives in the frame
//   vm bench/escape_map.go map-heap   the map escapes
//   vm bench/escape_map.go concat     the result is in the frame buffer
//   vm bench/escape_map.go concat-heap the result escapes
//   vm -noescape bench/escape_map.go map|concat   the ablation
package main

import (
	"fmt"
	"os"
)

var (
	mapSink map[int]int
	strSink string
	keys    = []int{3, 1, 4, 1, 5, 9, 2, 6}
	parts   = []string{"alpha", "beta", "gamma", "delta"}
)

func countLocal(i int) int {
	m := map[int]int{}
	for _, k := range keys {
		m[k+i&7]++
	}
	return len(m) + m[i&7]
}

func countEscaping(i int) int {
	m := map[int]int{}
	for _, k := range keys {
		m[k+i&7]++
	}
	mapSink = m
	return len(m) + m[i&7]
}

func joinLocal(i int) int {
	s := parts[i&3] + "/" + parts[(i+1)&3] + "/" + parts[(i+2)&3]
	return len(s) + int(s[i%len(s)])
}

func joinEscaping(i int) int {
	s := parts[i&3] + "/" + parts[(i+1)&3] + "/" + parts[(i+2)&3]
	strSink = s
	return len(s) + int(s[i%len(s)])
}

func main() {
	mode := "map"
	if len(os.Args) > 1 {
		mode = os.Args[1]
	}
	f, n := countLocal, 300000
	switch mode {
	case "map-heap":
		f = countEscaping
	case "concat":
		f, n = joinLocal, 3000000
	case "concat-heap":
		f, n = joinEscaping, 3000000
	}
	s := 0
	for i := 0; i < n; i++ {
		s += f(i)
	}
	fmt.Println(s)
}

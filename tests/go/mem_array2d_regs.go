package main

import "fmt"

type Cell struct {
	A   int8
	B   float32
	Tag string
}

func main() {
	var g [5][7]int
	for i := 0; i < 5; i++ {
		for j := 0; j < 7; j++ {
			g[i][j] = i*10 + j
		}
	}
	fmt.Println(g[4][6], g[2], len(g), len(g[0]))
	var cs [3]Cell
	for i := range cs {
		cs[i].A = int8(100 + i*20)
		cs[i].B = float32(i) / 3
		cs[i].Tag = fmt.Sprint("t", i)
	}
	fmt.Println(cs)
	k := 1
	cs[k].A += 100
	fmt.Println(cs[k].A, cs[k].B, cs[k].Tag)
	i, j := 3, 9
	fmt.Println(g[i][j])
}

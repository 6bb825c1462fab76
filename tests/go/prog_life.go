// Conway's Game of Life on a small toroidal grid of arrays: a glider that
// wraps around and comes back to its start, and a blinker of period 2.
package main

import "fmt"

const W, H = 8, 8

type Grid [H][W]bool

func (g *Grid) Set(x, y int) { g[y][x] = true }

func (g Grid) Alive(x, y int) bool {
	x = (x + W) % W
	y = (y + H) % H
	return g[y][x]
}

func (g Grid) Neighbours(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	var next Grid
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			n := g.Neighbours(x, y)
			next[y][x] = n == 3 || (n == 2 && g[y][x])
		}
	}
	return next
}

func (g Grid) Population() int {
	p := 0
	for _, row := range g {
		for _, c := range row {
			if c {
				p++
			}
		}
	}
	return p
}

func (g Grid) Show() {
	for _, row := range g {
		line := make([]byte, 0, W)
		for _, c := range row {
			if c {
				line = append(line, '#')
			} else {
				line = append(line, '.')
			}
		}
		fmt.Println(string(line))
	}
}

func main() {
	var g Grid
	g.Set(1, 0)
	g.Set(2, 1)
	g.Set(0, 2)
	g.Set(1, 2)
	g.Set(2, 2)
	start := g
	for gen := 0; gen < 5; gen++ {
		fmt.Println("generation", gen, "population", g.Population())
		g.Show()
		g = g.Step()
	}
	for gen := 5; gen < 4*W; gen++ {
		g = g.Step()
	}
	fmt.Println("glider back after", 4*W, "generations:", g == start)

	var b Grid
	b.Set(3, 4)
	b.Set(4, 4)
	b.Set(5, 4)
	b1 := b.Step()
	fmt.Println(b1 == b, b1.Step() == b, b1.Population(), b1[3][4], b1[4][3])
	var empty Grid
	fmt.Println(empty.Step() == empty)
}

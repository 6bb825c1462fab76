// Towers of Hanoi with three pegs as slices in an array, moves recorded in
// a slice of structs and the state printed at the end of each phase.
package main

import "fmt"

type Move struct{ From, To int }

type Towers struct {
	Pegs  [3][]int
	Moves []Move
}

func (t *Towers) move(from, to int) {
	src := t.Pegs[from]
	disk := src[len(src)-1]
	t.Pegs[from] = src[:len(src)-1]
	if n := len(t.Pegs[to]); n > 0 && t.Pegs[to][n-1] < disk {
		panic("illegal move")
	}
	t.Pegs[to] = append(t.Pegs[to], disk)
	t.Moves = append(t.Moves, Move{from, to})
}

func (t *Towers) Solve(n, from, to, via int) {
	if n == 0 {
		return
	}
	t.Solve(n-1, from, via, to)
	t.move(from, to)
	t.Solve(n-1, via, to, from)
}

func main() {
	var t Towers
	for d := 4; d >= 1; d-- {
		t.Pegs[0] = append(t.Pegs[0], d)
	}
	fmt.Println(t.Pegs)
	t.Solve(4, 0, 2, 1)
	fmt.Println(t.Pegs, len(t.Moves))
	fmt.Println(t.Moves[:5])
	counts := map[Move]int{}
	for _, m := range t.Moves {
		counts[m]++
	}
	fmt.Println(counts)

	var big Towers
	for d := 12; d >= 1; d-- {
		big.Pegs[0] = append(big.Pegs[0], d)
	}
	big.Solve(12, 0, 1, 2)
	fmt.Println(len(big.Moves), big.Pegs[1][:3], len(big.Pegs[0]), len(big.Pegs[2]))
}

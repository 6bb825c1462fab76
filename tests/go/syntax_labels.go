package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
sw:
	switch {
	case true:
		for k := 0; k < 5; k++ {
			if k == 2 {
				break sw
			}
			fmt.Println("k", k)
		}
		fmt.Println("not reached")
	}
	grid := [][]int{{1, 2}, {3, -1}, {5, 6}}
	found := false
search:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				found = true
				break search
			}
		}
	}
	fmt.Println(found)
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			fmt.Println("got", v)
		}
	}
	m := map[string]int{"a": 1}
rng:
	for range m {
		for {
			continue rng
		}
	}
	fmt.Println("done")
}

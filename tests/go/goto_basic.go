package main

import "fmt"

// goto: backward jumps forming loops, forward jumps over statements, jumps
// out of nested blocks and loops, and labels shared with break/continue.
func sumTo(n int) int {
	i, s := 0, 0
loop:
	if i < n {
		i++
		s += i
		goto loop
	}
	return s
}

func find(grid [][]int, want int) (int, int) {
	for r, row := range grid {
		for c, v := range row {
			if v == want {
				fmt.Println("found at", r, c)
				goto done
			}
		}
	}
	fmt.Println("not found")
	return -1, -1
done:
	return 1, 1
}

func skip(x int) string {
	if x > 10 {
		goto big
	}
	x *= 2
	fmt.Println("doubled", x)
big:
	return fmt.Sprint("x=", x)
}

func collatz(n int) (steps int) {
again:
	if n == 1 {
		return
	}
	steps++
	if n%2 == 0 {
		n /= 2
		goto again
	}
	n = 3*n + 1
	goto again
}

func main() {
	fmt.Println(sumTo(10))
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 4))
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 9))
	fmt.Println(skip(3), skip(30))
	fmt.Println(collatz(27))
	var ps []*int
	k := 0
retry:
	v := k * k
	ps = append(ps, &v)
	k++
	if k < 4 {
		goto retry
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
}

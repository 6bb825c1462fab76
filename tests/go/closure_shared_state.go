// Several closures over the same variables: a getter/setter pair, a small
// bank of operations, and an accumulator shared by two producers.
package main

import "fmt"

func newCell(v int) (get func() int, set func(int)) {
	get = func() int { return v }
	set = func(x int) { v = x }
	return
}

func newStack() (push func(string), pop func() (string, bool), size func() int) {
	var items []string
	push = func(s string) { items = append(items, s) }
	pop = func() (string, bool) {
		if len(items) == 0 {
			return "", false
		}
		s := items[len(items)-1]
		items = items[:len(items)-1]
		return s, true
	}
	size = func() int { return len(items) }
	return
}

func main() {
	get, set := newCell(1)
	fmt.Println(get())
	set(42)
	fmt.Println(get())
	get2, set2 := newCell(0)
	set2(7)
	fmt.Println(get(), get2())

	push, pop, size := newStack()
	push("a")
	push("b")
	push("c")
	fmt.Println(size())
	for {
		s, ok := pop()
		if !ok {
			break
		}
		fmt.Print(s, " ")
	}
	fmt.Println(size())

	total := 0
	addA := func(n int) { total += n }
	addB := func(n int) { total += 2 * n }
	for i := 1; i <= 3; i++ {
		addA(i)
		addB(i)
	}
	fmt.Println(total)
}

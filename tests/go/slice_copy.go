// copy copies min(len(dst), len(src)) elements and returns that count;
// copy from a string into []byte.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)

	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)

	n = copy(big[6:], src)
	fmt.Println(n, big)

	var nilS []int
	n = copy(nilS, src)
	fmt.Println(n, nilS == nil)
	n = copy(dst, nilS)
	fmt.Println(n, dst)

	bs := make([]byte, 4)
	n = copy(bs, "héllo")
	fmt.Println(n, bs)
	n = copy(bs, "ab")
	fmt.Println(n, string(bs))

	ss := []string{"x", "y"}
	ts := []string{"p", "q", "r"}
	fmt.Println(copy(ts, ss), ts)

	type T struct {
		A int
		B [2]int
	}
	st := []T{{1, [2]int{2, 3}}}
	dt := make([]T, 1)
	copy(dt, st)
	dt[0].B[0] = 99
	fmt.Println(st, dt)

	// copy into an array through a slice of it
	var arr [4]int
	copy(arr[1:], []int{7, 8, 9, 10})
	fmt.Println(arr)
}

package main

import "fmt"

// string(b) + "" where string(b) does not escape (a frame buffer) but the
// concatenation does: the result must be a heap copy, never the frame
// buffer itself (Go's stringDataOnStack check), or it would dangle.
var keep []string

func mk(b []byte) {
	s := string(b) + ""
	t := "" + string(b)
	keep = append(keep, s, t)
}

func clobber(n int) int {
	var pad [64]int
	for i := range pad {
		pad[i] = n
	}
	return pad[3]
}

func main() {
	for i := 0; i < 3; i++ {
		mk([]byte(fmt.Sprint("value-", i)))
		clobber(i)
	}
	fmt.Println(keep)
}
